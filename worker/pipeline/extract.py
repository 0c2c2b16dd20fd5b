"""Extract where, when, who, how many and what was damaged for one event mention."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from operator import itemgetter
from typing import TypeVar

from schemas import Actor, Casualties, Location, Occurred, Person, Quantity
from worker.pipeline.alternation import branches, grouped
from worker.pipeline.casualties import CASUALTY_WORDS, NUMBER_TOKENS, find_casualties, find_quantities, merge_casualties
from worker.pipeline.dates import KIND_FRAGMENTS, MONTH_KINDS, MONTH_WORDS, DateMention, find_dates, report_day, told_from_report_day
from worker.pipeline.fragments import FragmentGates, lowered
from worker.pipeline.containers import bare_villages, in_institution, names_an_airport
from worker.pipeline.gazetteer import CAUSE_BEFORE, COUNTRY_PARTS, REGION_WORDS, SHARED_FEATURES, Gazetteer, PlaceMatch, default_gazetteer, fold, paren_admin
from worker.pipeline.places import Place, bare_name
from worker.pipeline.participants import UNNAMED_GROUP, ActorMention, PersonMention, actors_in_spans, find_people
from worker.pipeline.segment import Mention
from worker.taxonomy.cues import TextIndex, text_stems

# Case-blind patterns open with a look-ahead at the characters a match can start with, so the regex engine skips other positions.
_DAMAGE_TO = re.compile(
    r"(?=d)\b(?:damage|damages|damaging|destruction)\s+(?:was\s+)?(?:caused\s+)?to\s+(?P<obj>[^.;:]+?)(?=,\s*(?:with|which|while|as|but|and (?:the|local|emergency|officials))\b|[.;:]|$)",
    re.IGNORECASE,
)
_DAMAGED_OBJ = re.compile(
    r"(?=[dhs])\b(?:damaged|destroyed|damaging|destroying|hit|struck)\s+(?P<obj>(?:a|an|the|several|two|three|dozens of|many|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + grouped(branches(
        r"houses?|homes?|buildings?|vehicles?|cars?|trucks?|windows|schools?|hospitals?|shops?|markets?|mosques?|churches?|infrastructure|"
        r"power lines?|substations?|bridges?|roofs?|apartments?|apartment blocks?|garages?|warehouses?|facilit(?:y|ies)|plants?|depots?"))
    + r")\b",
    re.IGNORECASE,
)
_ADJ_DAMAGED = re.compile(
    r"(?=[bd])\b(?:damaged|destroyed|burned-out|burnt-out|bombed-out)\s+(?P<obj>(?:[a-z][\w-]*\s+){0,2}?"
    + grouped(branches(
        r"houses?|homes?|buildings?|vehicles?|cars?|trucks?|schools?|hospitals?|shops?|markets?|mosques?|churches?|bridges?|apartments?|"
        r"apartment blocks?|garages?|warehouses?|facilit(?:y|ies)"))
    + r")\b",
    re.IGNORECASE,
)
_OBJ_DAMAGED = re.compile(
    r"\b(?P<obj>(?:[A-Za-z][\w-]*\s+){0,3}?"
    + grouped(branches(
        r"houses?|homes?|buildings?|vehicles?|cars?|windows|schools?|hospitals?|shops?|infrastructure|power lines?|substations?|bridges?|"
        r"roofs?|apartments?|garages?"))
    + r")\s+(?:were|was|have been|has been)\s+(?:\w+\s+)?(?:damaged|destroyed|burned|burnt|set on fire|hit)\b",
    re.IGNORECASE,
)
# What follows the object in `_OBJ_DAMAGED`: a match begins at most five words before the first of these.
_OBJ_TAIL = re.compile(r"(?=[hw])(?:were|was|have been|has been)\s+(?:\w+\s+)?(?:damaged|destroyed|burned|burnt|set on fire|hit)\b", re.IGNORECASE)
_OBJ_WORDS = 5
_DAMAGE_WORDS = ("damag", "destr", "burn", "hit", "struck", "on fire", "bombed-out")
_DAMAGE_PATTERNS = (
    (_DAMAGED_OBJ, ("damag", "destr", "hit", "struck"), None),
    (_ADJ_DAMAGED, ("damaged", "destroyed", "-out"), None),
    (_OBJ_DAMAGED, ("was", "were", "been"), _OBJ_TAIL),
)
_SPLIT_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CHANNEL = re.compile(
    r"\b(?:through|via|on|in|to)\s+(?:(?:his|her|their|its|the|an?)\s+)?(?:official\s+)?(?P<platform>Telegram|Twitter|X|Facebook|VK|VKontakte|Instagram|YouTube|WhatsApp|TikTok)"
    r"(?:\s+(?P<kind>channel|account|page|post|feed|video))?\b"
    r"|\b(?:told|according to|reported by|cited by)\s+(?P<agency>Reuters|AFP|AP|the Associated Press|TASS|RIA Novosti|Interfax|Ukrinform|Xinhua|Al Jazeera|the BBC|state media|state television|state TV)\b"
    r"|\b(?P<statement>in a (?:written |video )?statement|a statement from|in a press release|at a press conference)\b"
)
_CHANNEL_WORDS = ("telegram", "twitter", " x ", "facebook", "vk", "instagram", "youtube", "whatsapp", "tiktok", "told", "according to",
                  "reported by", "cited by", "statement", "press")
# Every `_CHANNEL` match holds one of these (case as written): its platform, agency or statement words.
_CHANNEL_NAMES = ("Telegram", "Twitter", "X", "Facebook", "VK", "Instagram", "YouTube", "WhatsApp", "TikTok", "Reuters", "AFP", "AP",
                  "Associated Press", "TASS", "RIA Novosti", "Interfax", "Ukrinform", "Al Jazeera", "BBC", "state ", "statement",
                  "press release", "press conference")
_COUNTRY_NAMED = frozenset({"civilians", "protesters", "rioters", "government", "armed_group"})
# In a demonstration the people it tells of are its demonstrators, named as ACLED names them: Protesters, or Rioters in a riot.
_FUTURE_BEFORE = re.compile(r"\b(?:will|plans?|planned|planning|scheduled|set|calls?|called|next|upcoming|expected|forecast|due|starting|vow(?:ed|s)?|"
                            r"threaten(?:ed|s)?|could|would)\b[^.;]{0,60}$", re.IGNORECASE)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CROWDS = {"protests": ("civilians", "protesters", "Protesters"), "riots": ("protesters", "rioters", "Rioters")}
_SAID_AFTER = (" said", " says", " reported", " told", " stated")
# A planted, thrown or worn bomb: whoever set it off is an armed group the text may not name, not the forces it struck.
_UNSEEN_BOMBER = re.compile(r"(?=[abcegilmprsv])\b(?:roadside bombs?|car bombs?|IEDs?|improvised explosive|land ?mines?|explosive devices?|"
                            r"(?:an?|the) bomb (?:exploded|went off|hidden|planted)|bombs (?:exploded|went off)|planted (?:an? )?(?:bomb|explosive)|"
                            r"suicide (?:bomb|attack|blast|vest)|blew (?:himself|herself|themselves) up|grenades?|magnetic bombs?|sticky bombs?|"
                            r"VBIEDs?)", re.IGNORECASE)
# "a police spokesman said", "military officials told": a source too.
_SPOKESMAN_SAID = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials?|sources?|statement)\s+(?:said|says|reported|told|stated)\b")
# ... unless it tells what it did itself ("Hamas said it fired rockets", "the military said it had struck a depot").
_SELF_REPORT = re.compile(
    r"\s+(?:said|says|reported|stated)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"(?:\s+(?:in\s+a\s+statement|on\s+(?:Telegram|X|Twitter|Facebook|state\s+(?:TV|television|media))))?,?\s+(?:that\s+)?"
    r"(?:it|they|(?:its|their) (?:[\w-]+ )?(?:forces|troops|fighters|units|army|air force|navy|jets|warplanes|aircraft|drones|artillery|soldiers))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?!(?:received|learned|noted|condemned|welcomed|confirmed|denied|rejected|regretted|investigated|alerted|informed|asked|urged|"
    r"warned|called|appealed|expected|hoped|needed|wanted|opposed|supported)\b)"
    r"(?:\w+ed|\w+[^\We]en|struck|shot|hit|took|retook|fought|blew|overran|seized|won|drove|beat|threw|broke|brought|made)\b"
)
# Words right before a side that face it to the side told before ("… SDF and Turkish-backed factions").
_FACING = re.compile(r"\b(?:and|with|against|versus|vs\.)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_PARTY_REF = re.compile(r"\b[Tt]he party\b")
# A wire dateline's tail from its town: ", Turkey (AP) —", " (Reuters) - ", ", Russia —".
# Or an Indian agency's, with no dash: "Bijapur (Chhattisgarh), Dec 1 (PTI) ".
_AGENCY_DATELINE = r"(?:[ \t]*\([A-Z][\w .-]{1,30}\))?,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*\([A-Z][A-Za-z .]{1,20}\)\.?-?[ \t]*"
_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w.' ]{0,30})?[ \t]*(?:\([A-Za-z .]{1,20}\)[ \t]*)?(?:[—–]|--? )|" + _AGENCY_DATELINE + "|[ \t]*:[ \t]*")
_DATELINE = re.compile(r"\s*(?:,[^—–\n]{0,40})?\s*(?:\([A-Za-z .]{1,20}\)\s*)?(?:[—–]|--?(?!\w))|" + _AGENCY_DATELINE)  # (not the hyphen of "Haute-Kotto")
# A town in capitals and a colon opens the text of a South Asian daily: "QUETTA: ".
_COLON_DATELINE = re.compile(r"[ \t]*:[ \t]")
# A country named as what a border, crossing or talks lead to ("near the border with Mali", "crossings with Croatia") is not where it happened.
# A country a measure is aimed at ("adopted sanctions against Russia") is not where it was taken.
_MEASURE_AGAINST = re.compile(r"\b(?:sanctions?|measures|tariffs|embargo(?:es)?|restrictions|asset freezes|travel bans)\s+(?:[\w-]+\s+){0,3}(?:against|on|targeting)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:borders?|frontier|(?:border )?crossings?|talks|ties|relations)\s+(?:with|of|into)\s+(?:the\s+)?$", re.IGNORECASE)
# Where fire came from ("rockets fired from Lebanon", "drones launched from Yemen", "a barrage of rockets from southern
# Lebanon"): the origin, not the scene; the scene is where it was aimed or downed, else the side that downed it.
_ORIGIN_OF_FIRE = re.compile(
    r"\b(?:(?:fired|launched|shot|lobbed|sent|flown|coming|came|incoming)|(?:rockets?|missiles?|drones?|projectiles?|mortars?|shells?|"
    r"barrages?|salvos?|volleys?|UAVs?|fire))\s+from\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?(?:(?:south|north)(?:-?(?:east|west))?ern\s+|eastern\s+|western\s+)?$",
    re.IGNORECASE)
_FIRED_FROM = re.compile(_ORIGIN_OF_FIRE.pattern[:-1] + r"([A-Z][\w-]+)", re.IGNORECASE)
_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+|\s*,\s*and\s+)")
_WORD = re.compile(r"[A-Z][a-z]+")
# A place the text names that the gazetteer lacks ("seized the army post at Boulkessi"): the event is there, not at the dateline.
_UNKNOWN_SCENE = re.compile(
    r"\b(?:(?:in|at|near|around|outside|on)\s+(?:the\s+)?|(?:villages?|towns?|city|port|locality|area|camp|district|commune|hamlet|settlement)\s+of\s+)"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its)\b)[A-Z][a-z]{3,}(?:[ -](?!(?:Monument|Memorial|Shrine|Park|Square|Stadium|Cathedral|Church|Mosque|"
    r"Temple|Hall|Palace|Museum|Gymkhana|Market|Hospital|School|University|College|Airport|Bridge|Station)\b)[A-Z][a-z]+)?\b(?!['’]s|\s+(?:[A-Z]|(?:said|says|told|reported|hospital|university|prison|jail|college|school|clinic)\b))")
_OWNS_AFTER = re.compile(r"['’]s\s+[A-Z]")
_REGION_WORD_AFTER = re.compile(rf"\s+(?:{'|'.join(REGION_WORDS)}|district)\b", re.IGNORECASE)
# "southern Lebanon": a part of the country, not the whole of it.
_PART_OF_COUNTRY = re.compile(r"\b(?:(?:south|north)(?:-?(?:east|west))?ern|eastern|western|central)\s+$", re.IGNORECASE)
# Most specific first; a village known only by name ranks after known towns.
_RANK = {"city": 0.0, "region": 1.0, "country": 2.0}
# "Paris talks", "the Minsk agreements": a town naming a diplomatic process, not where violence happened.
_PROCESS_AFTER = re.compile(r"[\s-]+(?:peace\s+)?(?:talks|summit|meeting|conference|negotiations|agreements?|accords?|format|process|protocols?)\b", re.IGNORECASE)
# Where talks were held or a deal signed ("met in Jeddah", "signed a truce in Pretoria"): the scene of a meeting, whatever
# country the sides come from.
_MEETING_TYPES = frozenset({"strategic_developments", "diplomacy"})
_HELD_IN = r"(?:\s+(?!in\b|at\b)(?:[a-z][\w'’,-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)){0,8}\s+(?:in|at)\s+(?:the\s+)?$"
_MEETING_BEFORE = re.compile(r"\b(?:met|meet|meets|meeting|talks|negotiations?|summit|conference|signed|signing|agreed|gathered|convened|mediated)\b"
                             + _HELD_IN)
# Where envoys talked ("as negotiators met in Cairo"), which is not where fighting told beside it happened.
_TALKS_BEFORE = re.compile(r"\b(?:talks|negotiations?|negotiators|mediators|envoys|summit)\b" + _HELD_IN)
# A place told as where something happened ("near Bakhmut") outranks one named otherwise ("to arm Kyiv").
_WHERE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|inside|outskirts of|towards?|raided|stormed|struck|shelled|bombed|attacked|overran|seized|captured)\s+"
    r"(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|village|region|district|province|area)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where people fled to ("hundreds of families had fled toward Kisangani"): not where the event they fled happened.
_FLED_TO = re.compile(r"\b(?:fled|flee|fleeing|flees|escaped|heading|headed|streamed)\s+(?:\w+\s+){0,2}(?:toward|towards|to|into|for)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
# A measure one state takes against another ("Algeria recalled its ambassador to Paris", "Niger summoned the US envoy"):
# it is taken where the acting state is, the one named last before the measure, not in the state it is aimed at.
_MEASURE = re.compile(
    r"\b(?:recall(?:s|ed|ing)|expel(?:s|led|ling)|summon(?:s|ed|ing)|sever(?:s|ed|ing)|downgrad(?:es|ed|ing)|"
    r"(?:broke|breaks|break|cut|cuts)\s+(?:off\s+)?(?:all\s+)?(?:diplomatic\s+)?(?:ties|relations)|"
    r"(?:declared?|declares)\s+(?:\w+\s+){1,4}persona\s+non\s+grata|lodged?\s+(?:a\s+)?(?:formal\s+|strong\s+)?protest|"
    r"(?:imposed?|imposes)\s+(?:new\s+|fresh\s+)?sanctions)\b", re.IGNORECASE)
# "police in Srinagar said": where a source spoke, not where the event happened.
_SOURCE_IN = re.compile(r"\b(?:officials?|sources?|authorities|police|officers?|spokes(?:man|woman|person)|residents|army|military|ministry|general staff|headquarters|command)\s+in\s+(?:the\s+)?$",
                        re.IGNORECASE)
# A country named as whom someone deals with ("collaborating with Israel", "spying for Russia").
_PARTNER_BEFORE = re.compile(r"\b(?:with|for|against)\s+(?:the\s+)?$")
_SAID_AFTER_PLACE = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)*,?\s+(?:said|say|says|told|reported|confirmed)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
_STATE_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]*(?: (?:of )?[A-Z][\w'’-]*)*")
_LEADING_ARTICLE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
# The fragments each sentence is checked for once, so that casualty, number, date, damage and channel patterns
# only run in the sentences that can hold a match.
_GATES = FragmentGates()
_CASUALTIES = _GATES.add("casualties", CASUALTY_WORDS)
_DIGITS = _GATES.add("digits", "0123456789")
_NUMBERS = _GATES.add("numbers", NUMBER_TOKENS, words=True) | _DIGITS
_DAMAGE = _GATES.add("damage", _DAMAGE_WORDS)
_CHANNEL_GATE = _GATES.add("channel", _CHANNEL_WORDS)
_CHANNEL_NAMED = _GATES.add("channel names", _CHANNEL_NAMES, cased=True)
_MONTHS = _GATES.add("months", MONTH_WORDS, cased=True)
_DATE_KINDS = tuple((kind, _GATES.add(f"date {kind}", words)) for kind, words in KIND_FRAGMENTS.items())
_REGION_NAMES = _GATES.add("region words", REGION_WORDS)
_T = TypeVar("_T")
_REGION_AFTER_TOWN = 60
_IN_BRACKETS = re.compile(r"[^()]*\([^()]*")  # from a town into the brackets after it
_REGION_OWNS = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+$")
_NAMESAKE_SIZE = 15000


@dataclass(slots=True)
class ArticleContext:
    """What an article says once and every mention may draw on: places, people and actors (each in text order), countries,
    publication time."""

    text: str
    published: datetime | None
    places: list[PlaceMatch]
    people: list[PersonMention]
    countries: tuple[str, ...]
    dateline: PlaceMatch | None
    parties: list[ActorMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    lower: str = ""
    """``text`` lower-cased, offsets kept."""
    gates: dict[tuple[int, int], int] = field(default_factory=dict)
    """Per sentence span, the bit mask of the fragment groups it holds (each span scanned once)."""
    dates: dict[tuple[int, int, bool], list[DateMention]] = field(default_factory=dict)
    """Per sentence span (and whether future dates are allowed), its dates."""
    starts: dict[int, list[int]] = field(default_factory=dict)
    """The start offsets of the places, people and actors lists (by list identity), for bisection."""
    dateline_end: int = 0
    """Where the dateline ("ANKARA, Turkey (AP) —") ends: the places in it tell where the report was filed."""

    def __post_init__(self) -> None:
        if not self.lower:
            self.lower = lowered(self.text)

    def gate(self, start: int, end: int) -> int:
        """Which fragment groups ``text[start:end]`` holds."""
        mask = self.gates.get((start, end))
        if mask is None:
            mask = self.gates[(start, end)] = _GATES.scan(self.text, self.lower, start, end)
        return mask

    def starting_in(self, items: Sequence[_T], spans: list[tuple[int, int]]) -> list[_T]:
        """Those of ``items`` (one of this context's lists, in text order) that start inside one of ``spans``, in their order."""
        starts = self.starts.get(id(items))
        if starts is None:
            starts = self.starts[id(items)] = [item.start for item in items]  # type: ignore[attr-defined]
        out: list[_T] = []
        reached = 0
        for s, e in spans:
            low, high = bisect_left(starts, s), bisect_left(starts, e)
            if low < high:
                if low < reached:  # spans out of order or overlapping: each item once, in its order
                    picked = {i for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e))}
                    return [items[i] for i in sorted(picked)]
                out += items[low:high]
                reached = high
        return out

    def dates_in(self, start: int, end: int, future_ok: bool = False) -> list[DateMention]:
        """The dates told in ``text[start:end]``, resolved against the publication time."""
        key = (start, end, future_ok)
        found = self.dates.get(key)
        if found is None:
            mask = self.gate(start, end)
            kinds = {kind for kind, bit in _DATE_KINDS if mask & bit}
            if not mask & _DIGITS:
                kinds.discard("iso")  # an ISO date is digits around its hyphens
            if mask & _MONTHS:
                kinds |= MONTH_KINDS
            found = self.dates[key] = find_dates(self.text, self.published, start, end, future_ok=future_ok, kinds=kinds)
        return found


@dataclass(slots=True)
class Extraction:
    """Everything extracted for one mention, in schema types."""

    location: Location | None
    occurred: Occurred | None
    actors: list[Actor]
    people: list[Person]
    quantities: list[Quantity]
    casualties: Casualties | None
    damage: list[str]
    channel: str | None


def article_context(text: str, published: datetime | None, gazetteer: Gazetteer | None = None,
                    spans: list[tuple[int, int]] | None = None, index: TextIndex | None = None) -> ArticleContext:
    """Scan the article once for places, people and the countries it is about (only ``spans`` of it, when given)."""
    gazetteer = gazetteer or default_gazetteer()
    spans = spans if spans is not None else [(0, len(text))]
    lower = lowered(text)
    gates = dict(zip(spans, _GATES.scan_spans(text, lower, spans)))
    # Case-blind patterns take "ı", "İ" and "ſ" for "i" and "s"; lower-casing does not, so such texts skip no pattern.
    any_region = not text.isascii() and any(c in text for c in "ıİſ")
    joined = gazetteer.may_name_joined(text)
    scans = [gazetteer.scan(text, s, e, region_words=any_region or bool(gates[s, e] & _REGION_NAMES), joined_names=joined) for s, e in spans]
    first_pass = [m for found, _ in scans for m in found]
    countries = gazetteer.country_votes(first_pass, text, spans)
    preferred = gazetteer.prefer(first_pass, countries) if countries else first_pass
    unknown = [u for _, missed in scans for u in missed]
    if countries:  # "Boni" in a story about Mali is not Bonn, whose other name it is: a town still to place by what contains it
        unknown += [(m.start, m.text) for m in preferred if m.place.alias and m.place.kind == "city" and m.place.country_code not in countries]
        preferred = [m for m in preferred if not (m.place.alias and m.place.kind == "city" and m.place.country_code not in countries)]
    places = gazetteer.settle(text, preferred, sorted(unknown), countries)
    if countries:  # a mid-sized town abroad is more likely a namesake than a second country (one the text places has no coordinates)
        kept = [p for p in places if p.place.kind != "city" or p.place.country_code == countries[0] or p.place.population >= 100000
                or p.place.lat is None
                or (p.place.country_code in countries and p.place.population >= 15000)]
        # a village abroad so dropped is, "near" or as "the village of", a village of the article's country
        kept_ids = {id(p) for p in kept}
        dropped = [(p.start, p.text) for p in places if id(p) not in kept_ids]
        places = kept + bare_villages(gazetteer, text, dropped, {p.start: p for p in kept}, countries[0], kept) if dropped else kept
    # a place abroad found by another of its names ("Boni" for Bonn), or a region abroad the article is not about, is a namesake;
    # so is a district outside the article's main country ("the Catatumbo region" in a story from Colombia is not Venezuela's)
    places = [p for p in places if not (countries and p.place.country_code not in countries and (
        (p.place.alias and p.place.kind in ("region", "city")) or (p.place.kind == "region" and p.text.lower() == p.place.name.lower()
                                                                    and not _REGION_WORD_AFTER.match(text, p.end))))
                                        and not (countries and p.place.country_code != countries[0] and gazetteer.is_district(p))]
    places = [p for p in places if (not in_institution(text, p) or _institution_placed(gazetteer, p, countries, places))
              and not names_an_airport(text, p)]
    places = [p for p in places if not (p.place.kind == "region" and fold(p.text) in SHARED_FEATURES and p.place.country_code not in countries)]
    places = _countries_as_named_regions(gazetteer, places)
    dateline = next((p for p in places if p.start < 40 and (_DATELINE.match(text, p.end, p.end + 45)
                                                             or p.text.isupper() and _COLON_DATELINE.match(text, p.end))), None)
    if dateline is not None and dateline.place.kind == "city":  # the dateline's town named again is that town, not a namesake
        places = [replace(p, place=dateline.place) if p.place.kind == "city" and p.place != dateline.place and fold(p.text) == fold(dateline.text)
                  else p for p in places]
    dateline_end = m.end() if dateline is not None and (m := _DATELINE_TAIL.match(text, dateline.end, dateline.end + 45)) else 0
    place_names = frozenset(p.text for p in places)
    index = index if index is not None else text_stems(text)
    actors = actors_in_spans(text, _merged(text, spans), index=index)
    parties = [a for a in actors if a.kind == "party"]
    people = find_people(text, place_names, spans)
    return ArticleContext(text, published, places, people, countries, dateline, parties, actors, lower, gates, dateline_end=dateline_end)


def _institution_placed(gazetteer: Gazetteer, match: PlaceMatch, countries: tuple[str, ...], places: list[PlaceMatch]) -> bool:
    """Whether a place leading an institution's name ("Columbia University") may be where the institution is: one of the
    article's countries (a region only of its first), and a sizeable town no namesake of the same country could be, unless a
    region the text names tells which ("Harvard University" is not in the village of Harvard, Illinois)."""
    place = match.place
    if countries and (place.country_code not in countries or (place.kind == "region" and place.country_code != countries[0])):
        return False
    if place.kind != "city":
        return True
    namesakes = [p for p in gazetteer.cities(match.text) if p.country_code == place.country_code and p.population >= _NAMESAKE_SIZE]
    named = {(p.place.country_code, p.place.admin1) for p in places if p.place.kind == "region"}
    return (place.population >= _NAMESAKE_SIZE and len(namesakes) < 2) or (place.country_code, place.admin1) in named


def _countries_as_named_regions(gazetteer: Gazetteer, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """A country named like a region the text also names is that region ("ATHENS, Ga. … the University of Georgia")."""
    named = {(p.place.country_code, p.place.admin1) for p in places if p.place.kind == "region" and p.place.admin1}
    if not named:
        return places
    out = []
    for p in places:
        if p.place.kind == "country":
            region = next((r for r in gazetteer.regions(p.text) if (r.country_code, r.admin1) in named and r.country_code != p.place.country_code), None)
            p = PlaceMatch(region, p.start, p.end, p.text, 3) if region is not None else p
        out.append(p)
    return out


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with neighbours separated only by white space joined into one (fewer scans for actor phrases)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (out[-1][1] >= start or text[out[-1][1]:start].isspace()):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def extract_mention(mention: Mention, context: ArticleContext, future_ok: bool = False, family: str = "acled",
                    type_key: str | None = None) -> Extraction:
    """Extract the fields for one mention (of the event type ``type_key``) from its head and follow-up sentences."""
    text = context.text
    spans = [(s.start, s.end) for s in mention.sentences]
    location = _location(context, spans, family, meeting=type_key in _MEETING_TYPES)
    occurred = _occurred(context, spans, future_ok)
    country = location.country if location else None
    actor_mentions = [  # (name, kind, start, whether it is only the source: "the US military said")
        (_actor_name(a, country), a.kind, a.start,
         a.backer or family == "acled" and (text.startswith(_SAID_AFTER, a.end) or _SPOKESMAN_SAID.match(text, a.end) is not None)
         and _SELF_REPORT.match(text, a.end) is None)
        for a in (_as_crowd(a, type_key) for a in context.starting_in(context.actors, spans))
    ]
    if type_key == "explosions_remote_violence" and not any(kind == "armed_group" for _, kind, _, _ in actor_mentions) \
            and any(_UNSEEN_BOMBER.search(text, s, e) for s, e in spans):
        actor_mentions.insert(0, (_actor_name(ActorMention(UNNAMED_GROUP, "armed_group", 0, 0), country), "armed_group", -1, False))
    crowd = _CROWDS.get(type_key or "")
    if crowd is not None:
        actor_mentions = _demonstrators_first(actor_mentions, crowd[1], _actor_name(ActorMention(crowd[2], crowd[1], 0, 0), country))
    if context.parties:
        for s, e in spans:
            for m in _PARTY_REF.finditer(text, s, e):
                previous = [p for p in context.parties if p.start < m.start()]
                if previous:
                    actor_mentions.append((previous[-1].name, "party", m.start(), False))
    people = _people(context, spans)
    gates = [context.gate(s, e) for s, e in spans]
    casualty_counts = [c for (s, e), g in sorted(zip(spans, gates)) if g & _CASUALTIES and (c := find_casualties(text[s:e])) is not None]
    merged = merge_casualties(casualty_counts)
    casualties = Casualties(killed=merged.killed, injured=merged.injured, at_least=merged.at_least, text=merged.text) if merged else None
    quantities = [
        Quantity(value=q.value, unit=q.unit, text=q.text, approximate=q.approximate)
        for (s, e), g in zip(spans, gates) if g & _NUMBERS for q in find_quantities(text[s:e], s)
    ]
    return Extraction(
        location=location,
        occurred=occurred,
        actors=_actors(actor_mentions, family, frozenset(a.name for a in context.starting_in(context.actors, spans) if a.backer), text),
        people=people,
        quantities=quantities,
        casualties=casualties,
        damage=_damage(context, [span for span, g in zip(spans, gates) if g & _DAMAGE]),
        channel=_channel(text, [span for span, g in zip(spans, gates) if g & _CHANNEL_GATE and g & _CHANNEL_NAMED]),
    )


def article_location(context: ArticleContext, elsewhere: Sequence[tuple[int, int]] = ()) -> Location | None:
    """Where the article places its story, for mentions naming no place: its first town, else region, in its country, else the country.
    Places named in ``elsewhere`` (the spans of other scenes: "In neighbouring Katsina state, …") are not where it is set."""
    home = context.countries[0] if context.countries else None
    local = [p for p in context.places if p.place.kind != "country" and p.place.country_code == home
             and not any(s <= p.start < e for s, e in elsewhere)]
    chosen = min(local, key=lambda p: (p.place.kind != "city", p.start), default=None)
    if chosen is not None:
        return as_location(context, chosen)
    country = default_gazetteer().countries.get(home) if home else None
    if country is None:
        return None
    return Location(name=country.name, country=country.name, country_code=country.country_code, precision=3)


def _location(context: ArticleContext, spans: list[tuple[int, int]], family: str = "acled", meeting: bool = False) -> Location | None:
    """Where the mention happened; for talks and agreements (``meeting``), where the sides met ("met in Jeddah"), not their
    country; for anything else, not where negotiators met ("strikes killed 30 in Gaza as negotiators met in Cairo")."""
    in_mention = [p for p in context.starting_in(context.places, spans) if p is not context.dateline and p.start >= context.dateline_end
                  and not (p.place.kind == "country" and (_BORDER_WITH.search(context.text, max(0, p.start - 20), p.start)
                                                          or _MEASURE_AGAINST.search(context.text, max(0, p.start - 50), p.start)))]
    origins: list[PlaceMatch] = []
    for p in in_mention:  # "launched from Russia's Bryansk and Kursk regions": each place of the list
        if _ORIGIN_OF_FIRE.search(context.text, max(0, p.start - 50), p.start) \
                or (origins and _LIST_JOIN.fullmatch(context.text, origins[-1].end, p.start)):
            origins.append(p)
    origin_codes = {p.place.country_code for p in origins} | _countries_fired_from(context, spans)
    if origin_codes:
        in_mention = [p for p in in_mention if p not in origins]
        if not in_mention and (side := _side_under_fire(context, spans, origin_codes)) is not None:
            return side
    head = spans[0]
    if context.dateline is not None and "\n\n" in context.text:
        # A story under a dateline: a town named paragraphs later ("Protests also took place in …") tells another scene.
        reach = _next_paragraph_end(context.text, head[1])
        in_mention = [p for p in in_mention if p.start < reach]
    home = context.countries[0] if context.countries else None
    ranked = sorted(
        in_mention,
        key=lambda p: (meeting is ((_MEETING_BEFORE if meeting else _TALKS_BEFORE).search(context.text, max(0, p.start - 70), p.start) is None),
                       family == "acled" and _PROCESS_AFTER.match(context.text, p.end) is not None,
                       _FLED_TO.search(context.text, max(0, p.start - 40), p.start) is not None
                       or CAUSE_BEFORE.search(context.text, max(0, p.start - 40), p.start) is not None,
                       p.place.kind == "country", p.place.country_code != home,
                       _SOURCE_IN.search(context.text, max(0, p.start - 40), p.start) is not None and _SAID_AFTER_PLACE.match(context.text, p.end) is not None,
                       _RANK[p.place.kind] + (0.5 if p.place.kind != "country" and p.place.admin1 is None and p.place.lat is None else 0)
                       - (1.0 if p.place.kind == "region" and _THE_SETTLEMENT_OF.search(context.text, max(0, p.start - 30), p.start) else 0)  # "the town of Walikale": a town
                       - (0.25 if p.place.kind == "region" and p.place.admin1 and fold(p.place.name) != fold(p.place.admin1) else 0),  # a district over its region
                       not (head[0] <= p.start < head[1]),  # the head's place over one a follow-up names in passing
                       _WHERE_BEFORE.search(context.text, max(0, p.start - 40), p.start) is None, p.start),
    )
    chosen = ranked[0] if ranked else context.dateline
    if meeting and (actor := _acting_state(context, head)) is not None \
            and (chosen is None or chosen.place.country_code != actor.country_code):
        capital = next((p for p in in_mention if p.place.kind == "city" and p.place.country_code == actor.country_code), None)
        if capital is not None:
            return as_location(context, capital)
        return Location(name=actor.name, country=actor.name, country_code=actor.country_code, precision=3)
    if chosen is None:
        return None
    if not ranked and chosen.place.kind == "city" and chosen.start == 0 and not _COLON_DATELINE.match(context.text, chosen.end) \
            and _UNKNOWN_SCENE.search(context.text, max(head[0], context.dateline_end), head[1]):
        wider = _around_dateline(chosen.place)
        if wider is not None:  # "BAMAKO (AFP) - … at Boulkessi": somewhere in Mali, not Bamako
            return as_location(context, PlaceMatch(wider, chosen.start, chosen.end, chosen.text, 3))
    if chosen.place.kind == "country" and _PART_OF_COUNTRY.search(context.text, max(0, chosen.start - 20), chosen.start):
        return as_location(context, chosen)  # "southern Lebanon": somewhere in the country, not its dateline nor its capital
    if chosen.place.kind == "country" and context.dateline is not None and context.dateline.place.kind == "city" \
            and context.dateline.place.country_code == chosen.place.country_code and not _OWNS_AFTER.match(context.text, chosen.end):
        chosen = context.dateline  # (not "Yemen's Hodeidah": a place of the country the gazetteer lacks, not the dateline)
    elif chosen.place.kind == "country" and context.dateline is not None and context.dateline.place.kind == "city" \
            and _PARTNER_BEFORE.search(context.text, max(0, chosen.start - 12), chosen.start):
        chosen = context.dateline  # "GAZA CITY — … accused of collaborating with Israel": the dateline's town, not the partner
    # a mention naming only the country happened where the article is set in it (not one naming "Yemen's Hodeidah")
    if chosen.place.kind == "country" and not _OWNS_AFTER.match(context.text, chosen.end):
        lead = article_location(context)
        if lead is not None and lead.country_code == chosen.place.country_code and (lead.admin1 or fold(chosen.text) not in COUNTRY_PARTS):
            return lead
    return as_location(context, chosen)


def _acting_state(context: ArticleContext, head: tuple[int, int]) -> Place | None:
    """The state taking a diplomatic measure the head sentence tells: the country, its people's name or its capital named
    last before the measure."""
    measure = _MEASURE.search(context.text, *head)
    if measure is None or _PASSIVE_BEFORE.search(context.text, max(head[0], measure.start() - 30), measure.start()):
        return None  # "Hungary's ambassador was summoned": the state named is the one the measure is aimed at
    gazetteer = default_gazetteer()
    acting = None
    for m in _STATE_NAME.finditer(context.text, max(head[0], measure.start() - 120), measure.start()):
        name = bare_name(m.group())
        code = next((c for word in name.split(" ") if (c := gazetteer.demonyms.get(fold(word)))), None)
        country = gazetteer.country(name) or (gazetteer.countries.get(code) if code else None)
        if country is None:
            capital = next((p for p in gazetteer.cities(name) if gazetteer.is_capital(p)), None)
            country = gazetteer.countries.get(capital.country_code or "") if capital is not None else None
        acting = country or acting
    return acting


def _countries_fired_from(context: ArticleContext, spans: list[tuple[int, int]]) -> set[str | None]:
    """Countries named as where fire came from ("a missile fired from Yemen"), whether or not kept as places."""
    gazetteer = default_gazetteer()
    text = context.text
    return {country.country_code for s, e in spans if "from" in text[s:e].lower() for m in _FIRED_FROM.finditer(text, s, e)
            if (country := gazetteer.country(m.group(1))) is not None}


def _side_under_fire(context: ArticleContext, spans: list[tuple[int, int]], origins: set[str | None]) -> Location | None:
    """The country of the side that fire from ``origins`` was aimed at or downed by ("The Israeli military said it
    intercepted rockets fired from Lebanon": Israel), named by its people in the mention."""
    gazetteer = default_gazetteer()
    for s, e in spans:
        for m in _WORD.finditer(context.text, s, e):
            code = gazetteer.demonyms.get(fold(m.group()))
            country = gazetteer.countries.get(code) if code and code not in origins else None
            if country is not None:
                return Location(name=country.name, country=country.name, country_code=country.country_code, precision=3)
    return None


def _around_dateline(town: Place) -> Place | None:
    """Where a scene the gazetteer lacks lies, told under the dateline ``town``: its region for a provincial town (a
    reporter's base near the scene), the country for a capital (a bureau covering all of it)."""
    gazetteer = default_gazetteer()
    if town.admin1 and not gazetteer.is_capital(town):
        region = next((r for r in gazetteer.regions(town.admin1) if r.country_code == town.country_code), None)
        if region is not None:
            return region
    return gazetteer.country(town.country or "")


def _next_paragraph_end(text: str, at: int) -> int:
    """Where the paragraph after the one holding offset ``at`` ends (paragraphs are parted by a blank line)."""
    end = text.find("\n\n", at)
    following = text.find("\n\n", end + 2) if end >= 0 else -1
    return len(text) if following < 0 else following


_THE_SETTLEMENT_OF = re.compile(r"\bthe (?:village|town|hamlet|settlement|locality) of\s+$", re.IGNORECASE)


def as_location(context: ArticleContext, chosen: PlaceMatch) -> Location:
    """The event location for a place the text names."""
    place = chosen.place
    admin1 = place.admin1 if place.kind != "country" else COUNTRY_PARTS.get(fold(chosen.text))  # "in the West Bank": that region
    if place.kind == "city" and admin1 is None:
        _, admin1 = paren_admin(context.text, chosen.end)
    if place.kind == "city" and admin1 is None:  # "Tangaza district in Nigeria's northwestern Sokoto state": the region after it
        admin1 = next((p.place.admin1 for p in context.places if p.place.kind == "region" and p.place.country_code == place.country_code
                       and 0 < p.start - chosen.end <= _REGION_AFTER_TOWN and "." not in context.text[chosen.end:p.start]), None)
    if place.kind == "city" and admin1 is None and place.lat is None \
            and _THE_SETTLEMENT_OF.search(context.text, max(0, chosen.start - 30), chosen.start):
        # A village the gazetteer lacks, named back after the one region of its country the story names ("a village in
        # Sudan's Gezira province, …" then "the village of Wad al-Nourah"): that region.
        told = {p.place.admin1 for p in context.places if p.place.kind == "region" and p.place.country_code == place.country_code
                and p.end <= chosen.start}
        admin1 = told.pop() if len(told) == 1 else None
    if place.kind == "city" and admin1 is not None:
        # "Djugu territory, Ituri", "Ituri's Djugu": the current province, not the old one; "Shahpur sector (Poonch district, J&K)":
        # the region the brackets name, not a namesake's
        gazetteer = default_gazetteer()
        admin1 = next((p.place.admin1 for p in context.places if p.place.kind == "region" and p.place.country_code == place.country_code
                       and p.place.admin1 and p.place.admin1 != admin1
                       and (gazetteer.is_current(p.place) or (p.place.name == p.place.admin1 and _IN_BRACKETS.fullmatch(context.text, chosen.end, p.start)))
                       and (0 < p.start - chosen.end <= _REGION_AFTER_TOWN or 0 <= chosen.start - p.end <= 3)
                       and "." not in context.text[min(p.end, chosen.end):max(p.start, chosen.start)]), admin1)
        owner = _REGION_OWNS.search(context.text, max(0, chosen.start - 30), chosen.start)
        admin1 = next((r.admin1 for r in gazetteer.regions(owner.group(1)) if r.country_code == place.country_code and r.admin1
                       and gazetteer.is_current(r)), admin1) if owner else admin1
    name = place.name
    if place.kind == "region" and place.admin1 != place.name and chosen.text[:1].isupper() and place in default_gazetteer().districts(chosen.text):
        name = chosen.text  # a district as the text spells it ("Poonch"), not the table's shortest spelling ("Punch")
    return Location(
        name=name, admin1=admin1, country=place.country, country_code=place.country_code,
        lat=place.lat, lon=place.lon, precision=chosen.precision if place.kind != "country" else 3,  # type: ignore[arg-type]
        text=chosen.text,
    )


# A follow-up telling when the event happened ("The air strike happened late Wednesday", "The attack took place on …").
_HAPPENED_BEFORE = re.compile(r"\b(?:happened|took place|occurred|was carried out|were carried out|carried out|conducted|unfolded)\s+(?:[\w-]+\s+){0,2}$")
# A day told of the victims in passing ("the bodies of five men abducted last week were found on Monday"): not the event's.
# A day inside what a situation has lasted since ("has relied on trucked water since the destruction of the dam in June 2023").
_SINCE_THE = re.compile(r"\bsince the (?:[\w'’-]+ ){1,8}$", re.IGNORECASE)
_VICTIMS_BEFORE = re.compile(r"\b(?!(?:was|were|been|being|are|is|had|have|has)\b)[a-z]+ (?:abducted|kidnapped|seized|missing|disappeared)(?: (?:on|in|since|during))? $")


def _occurred(context: ArticleContext, spans: list[tuple[int, int]], future_ok: bool) -> Occurred | None:
    # No date in the mention means no date: the publication day is never used silently.
    report_only: list[DateMention] | None = None  # the head tells only the day someone spoke ("…, residents said Friday")
    for s, e in spans:
        dates = [d for d in context.dates_in(s, e, future_ok) if not _SINCE_THE.search(context.text, max(0, d.start - 80), d.start)]
        if not dates:
            continue
        told = [d for d in dates if not report_day(context.text, d)]
        if report_only is None:
            if told or future_ok:
                return _day_told(context, dates, future_ok)
            report_only = dates
            continue
        spoke = report_only[0].date
        own = [d for d in told if d.date is not None and spoke is not None and d.date <= spoke
               and _HAPPENED_BEFORE.search(context.text, max(0, d.start - 30), d.start)]
        if own:  # "The air strike happened late Wednesday": the event's own day
            return Occurred(date=own[0].date, precision=own[0].precision, text=own[0].text)  # type: ignore[arg-type]
    return _day_told(context, report_only, future_ok) if report_only else None


def _day_told(context: ArticleContext, dates: list[DateMention], future_ok: bool) -> Occurred:
    """The event's day among the dates of one sentence: "police said Monday that gunmen killed 12 on Sunday night" is Sunday."""
    told = [d for d in dates if not report_day(context.text, d)]
    told = [d for d in told if not _VICTIMS_BEFORE.search(context.text, max(0, d.start - 40), d.start)] or told
    # "in an overnight raid … on Thursday": the night before the day told, not the night before publication; a day told
    # beside a coarser time ("where bandits kidnapped 60 this month, on Monday marched") is the event's.
    candidates = [d for d in told if d.text.lower() != "overnight"]
    d = next((d for d in candidates if d.precision == 1), candidates[0] if candidates else told[0] if told else dates[0])
    report = next((r for r in dates if r is not d and report_day(context.text, r)), None)
    if report is not None and context.published is not None:
        d = told_from_report_day(d, report, context.published.date())
    if future_ok:
        d = next((p for p in map(partial(_planned_day, context), dates) if p is not None), d)
    return Occurred(date=d.date, precision=d.precision, text=d.text)  # type: ignore[arg-type]


def _planned_day(context: ArticleContext, d: DateMention) -> DateMention | None:
    """The day a plan is for ("will rally on Sunday", not "said on Wednesday"): a weekday (or "this weekend") named so is the coming one."""
    if not _FUTURE_BEFORE.search(context.text, max(0, d.start - 80), d.start):
        return None
    published = context.published.date() if context.published else None
    words = d.text.lower()
    coming = words.startswith("this weekend") or (any(day in words for day in _WEEKDAY_NAMES) and not words.startswith(("last", "past")))
    if d.date is not None and published is not None and d.date < published and coming:
        return replace(d, date=d.date + timedelta(days=7))
    return d


def earlier_date(context: ArticleContext, before: int, spans: list[tuple[int, int]] | None = None) -> Occurred | None:
    """The first day-precise date told before offset ``before`` (a lead's "On 9 May, …" covers what follows)."""
    for s, e in spans if spans is not None else [(0, before)]:
        if s >= before:
            break
        for d in context.dates_in(s, min(e, before)):
            if d.date is not None and d.precision == 1:
                return Occurred(date=d.date, precision=1, text=d.text)
    return None


def _people(context: ArticleContext, spans: list[tuple[int, int]]) -> list[Person]:
    out: dict[str, Person] = {}
    for p in context.starting_in(context.people, spans):
        if p.name not in out or (out[p.name].role is None and p.role):
            out[p.name] = Person(name=p.name, role=p.role)
    return list(out.values())


def _actor_name(actor: ActorMention, country: str | None) -> str:
    """ACLED's actor names: forces of a country ("Military Forces of Uganda"), unnamed sides with the country where the event
    happened ("Civilians (Uganda)"), named groups as they are ("Houthi", wherever they strike)."""
    if country is None or "(" in actor.name:
        return actor.name
    if actor.kind == "state_forces":
        return actor.name if " of " in actor.name else f"{actor.name} of {country}"
    named_group = actor.kind == "armed_group" and not actor.name.startswith(UNNAMED_GROUP)
    return f"{actor.name} ({country})" if actor.kind in _COUNTRY_NAMED and not named_group else actor.name


def actors_in_country(actors: list[Actor], country: str | None) -> list[Actor]:
    """The actors of a mention whose place was found only after them (the article's place, the last event's): unnamed sides
    and state forces take that country as a mention placing them itself would have named them."""
    if not country:
        return actors
    out: list[Actor] = []
    seen: set[str] = set()
    for actor in actors:
        name = _actor_name(ActorMention(actor.name, actor.kind, 0, 0), country)
        if name not in seen:
            seen.add(name)
            out.append(actor if name == actor.name else Actor(name=name, kind=actor.kind, role=actor.role))
    return out


def _as_crowd(actor: ActorMention, type_key: str | None) -> ActorMention:
    was, kind, name = _CROWDS.get(type_key or "", (None, None, None))
    return replace(actor, kind=kind, name=name) if kind is not None and name is not None and actor.kind == was else actor


def _demonstrators_first(mentions: list[tuple[str, str, int, bool]], kind: str, name: str) -> list[tuple[str, str, int, bool]]:
    """A demonstration's demonstrators are its first actor, told or not ("Protesters (Kenya)"); whom they faced comes second."""
    told = next((m for m in mentions if m[1] == kind), None)
    if told is None and kind == "rioters" and mentions and mentions[0][1] == "armed_group" and not mentions[0][0].startswith(UNNAMED_GROUP):
        return mentions  # a named group's mob ("settlers attacked villagers") is that group's act
    return [(told[0] if told else name, kind, -1, False), *(m for m in mentions if m is not told)]


def _actors(mentions: list[tuple[str, str, int, bool]], family: str, backers: frozenset[str] = frozenset(), text: str = "") -> list[Actor]:
    """Actors from ``(name, kind, start, source only)`` mentions, each name once, with its role in the event; an unnamed armed
    group told with a named one ("Al-Shabaab militants … the attackers") is that one, unless the named one only backs an actor
    (``backers``) or the unnamed one is its opponent ("between the SDF and Turkish-backed factions"); a source only is associated."""
    named = [start for name, kind, start, _ in mentions if kind == "armed_group" and not name.startswith(UNNAMED_GROUP) and name not in backers]
    if named:
        mentions = [m for m in mentions if not (m[1] == "armed_group" and m[0].startswith(UNNAMED_GROUP)
                                                and not any(_opposed(text, n, m[2]) for n in named))]
    # forces of no country told beside forces of one ("Pakistani troops … killing two soldiers") are those
    of_country = {name.partition(" of ")[0] for name, kind, _, _ in mentions if kind == "state_forces" and " of " in name}
    if of_country:
        mentions = [m for m in mentions if not (m[1] == "state_forces" and m[0] in of_country)]
    actors: dict[str, Actor] = {}
    primary_kinds: tuple[str, ...] = ("state_forces", "armed_group", "protesters", "rioters", "party")
    if family != "acled":
        primary_kinds += ("ngo", "government")
    has_actor1 = False
    for name, kind, _, source_only in sorted(mentions, key=itemgetter(2)):
        if name in actors:
            continue
        if source_only:
            role = "associated"
        elif kind == "civilians":
            role = "target"
        elif kind in primary_kinds and not has_actor1:
            role, has_actor1 = "actor1", True
        elif kind in ("state_forces", "armed_group", "protesters", "rioters") and not any(a.role == "actor2" for a in actors.values()):
            role = "actor2"
        else:
            role = "associated"
        actors[name] = Actor(name=name, kind=kind, role=role)  # type: ignore[arg-type]
    return list(actors.values())


def _opposed(text: str, one: int, other: int) -> bool:
    """The actor told at ``other`` faces the one at ``one``: joined to it by "and", "with", "against" in one clause."""
    if one < 0 or other < 0 or one == other:
        return False
    first, second = sorted((one, other))
    return second - first < 80 and _FACING.search(text, first, second) is not None


def _damage(context: ArticleContext, spans: list[tuple[int, int]]) -> list[str]:
    """Damaged objects told in ``spans`` (the sentences holding one of `_DAMAGE_WORDS`)."""
    text = context.text
    items: list[str] = []
    for s, e in spans:
        lower = context.lower[s:e]
        if "to " in lower:
            for m in _DAMAGE_TO.finditer(text, s, e):
                items.extend(i.strip() for i in _SPLIT_ITEMS.split(m.group("obj")) if len(i.strip()) > 2)
        for pattern, gate, tail in _DAMAGE_PATTERNS:
            if not any(word in lower for word in gate):
                continue
            first = s
            if tail is not None:  # skip to a few words before the first place the pattern's tail occurs
                found = tail.search(text, s, e)
                if found is None:
                    continue
                head = text[s:found.start()].rsplit(None, _OBJ_WORDS)
                first = s + len(head[0]) if len(head) > _OBJ_WORDS else s
            for m in pattern.finditer(text, first, e):
                items.append(_LEADING_ARTICLE.sub("", m.group("obj").strip()))
    if not items:
        return []
    return list(dict.fromkeys(i for i in items if not any(i != j and i in j for j in items)))


def _channel(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The most specific reported channel in ``spans`` (the sentences holding one of `_CHANNEL_WORDS` and one of
    `_CHANNEL_NAMES`): a named platform, then an agency, then "statement"."""
    found = [m for s, e in spans for m in _CHANNEL.finditer(text, s, e)]
    for m in found:
        if m.group("platform"):
            return f"{m.group('platform')} {m.group('kind') or 'channel'}"
    for m in found:
        if m.group("agency"):
            return m.group("agency")
    return "statement" if found else None
