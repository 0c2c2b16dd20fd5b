"""Place a town by what the text says contains it ("X (District, Region)", "X, Region", "X in Y"), and drop capitals that stand for governments."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from worker.pipeline.places import Place, PlaceMatch, fold

if TYPE_CHECKING:
    from worker.pipeline.gazetteer import Gazetteer

__all__ = ["BORDER_AFTER", "COMMON_WORDS", "NOT_PLACES", "bare_villages", "ends_after_word", "in_institution", "is_metonym", "names_an_airport", "place_in_containers", "towns_before_regions"]

_BIG = 100000
_SETTLEMENT = (
    r"(?:villages?|towns?|city|commune|district|area|municipality|suburb|neighbou?rhood|locality|settlement|camp|hamlet|community|"
    r"ward|sector|zone|sub-county|LGA|township|quarter|frontline|front|checkpoint|market|valley|mountains?|region)"
)
# A name the gazetteer does not know is taken for a place only after words that introduce one.
# The patterns read back from a name open with a look-ahead at the characters they can start with, for speed.
_PLACE_BEFORE = re.compile(
    r"(?=[acdehilnostvw])(?:\b(?:in|near|at|outside|around|towards?|into|villages?(?: of)?|towns?(?: of)?|city of|areas? of|vicinity of|outskirts of|district of|hamlet|"
    r"neighbou?rhood of|community of|localit(?:y|ies) of|settlements? of|hamlet of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_VILLAGE_BEFORE = re.compile(
    r"(?=[cehlnostvw])\b(?:near|(?:villages?|towns?|hamlet|settlement|locality|city) of|outskirts of|vicinity of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VILLAGE_AFTER = re.compile(
    r"\s*(?:[,.;:)(|\[]|$|\n|\s+(?:and|or|in|on|at|of|near|where|after|before|during|with|to|from|which|that|as|but|"
    r"villages?|towns?|city|area|district|region|province|oblast|settlement|frontline|front|direction|sector|areas)\b)"
)
# Names led by a title or an institution word are people or bodies, not villages.
_TITLES = frozenset(
    """president prime minister ministry governor mayor general colonel major captain commander chief police army bank company
    university hospital council court parliament mr mrs ms dr sheikh imam bishop king queen prince president's""".split()
)
_SETTLEMENT_AFTER = re.compile(rf"\s+{_SETTLEMENT}\b", re.IGNORECASE)
_NEAR = re.compile(r"(?=[enosvw])\b(?:near|outside|outskirts of|vicinity of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_CONNECT = re.compile(
    rf"(?:\s+{_SETTLEMENT}\b)?(?P<how>\s*\(|\s*,(?!\s*(?:in|near|outside|within)\s)\s*|\s*,?\s+(?:in|of|near|outside|within)\s+(?:the\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|vicinity|area|areas|district|province|region|governorate|state|county|city|town|village|metropolitan|greater|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|rural|central|eastern|western|northern|southern)\s+(?:of\s+)?(?:the\s+)?){0,3})",
    re.IGNORECASE,
)
# A country owning the container named after it ("Nigeria's Borno state").
_OWNER = re.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?")
# What can follow a town before `_CONNECT` names its container: "(", "," or, after a space, a settlement word or "in", "of",
# "near", "outside", "within" (the word's first run of word characters, lower-cased; "sub" of "sub-county").
_CONNECT_NEXT = re.compile(r"(\s*)(?:([(,])|(\w+))")
_CONNECT_WORDS = frozenset(
    """village villages town towns city commune district area municipality suburb neighborhood neighbourhood locality settlement
    camp hamlet community ward sector zone sub lga township quarter frontline front checkpoint market valley mountain mountains
    region in of near outside within""".split()
)
# A building or site named in a town is not a town: the town is the place.
_SITE = re.compile(
    r"\b(?:Palace|Hospital|Building|Square|Bridge|Prison|University|School|College|Mosque|Church|Airport|Base|Camp|Market|Station|"
    r"Stadium|Street|Road|Highway|Port|Headquarters|Office|Ministry|Parliament|Court|Hotel|Bank|Factory|Plant|Park|Avenue|Roundabout|"
    r"Institute|Center|Centre|Embassy|Compound|Mall|Club|Theatre|Theater|Museum|Cemetery|Monument|Hall|Tower|Refinery|Barracks|"
    r"Corps|Brigade|Battalion|Regiment|Division|Army|Forces|Guard|Police|Militia)$"
)
_PAREN_PAIR = re.compile(r"\s*\([^(),]{2,40},[^(),]{2,40}\)")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|and\s+[A-Z]|&)")
_GOVERNMENT_AFTER = re.compile(
    r"['’]s\b|(?:\s+|-)(?:troops|forces|army|military|government|authorities|regime|officials?|leadership|side|"
    r"backed|led|controlled|allied|loyal|friendly|sponsored|based|soldiers|servicemen|fighters|units|gunners|snipers)\b"
    r"|\s+(?:(?:has|had|have|is|was)\s+)?(?:previously\s+|repeatedly\s+|long\s+|also\s+)?(?P<act>(?:says|said|claims?|claimed|accuses|accused|denies|denied|blames|blamed|warns|warned|insists|reports?|reported|"
    r"points|urges|vows|calls|wants|asks|demands|rejects|refuses|agrees|hopes|fears|sees|sends|threatens|responds|confirms|plans|"
    # "Islamabad did not confirm", "Moscow has yet to comment": a government answering, not a place
    r"confirmed|condemn(?:s|ed)|welcome[sd]|announce[sd]|insisted|maintains|retaliated|summoned|recalled|expelled|declined|evacuate[sd]|"
    r"(?:did|does|has|had|have|would|will|could)(?:\s+not|n['’]t)(?:\s+(?:yet|immediately|publicly|officially))?\s+(?:confirm|comment|respond|react|"
    r"acknowledge|say|deny|admit|disclose|reveal|announce|accept|recogni[sz]e|agree)|(?:has|have)\s+yet\s+to)\b"
    # "Russia launched 90 drones at Ukraine": the side that struck; "Kyiv hit by drones" is where it struck
    r"|(?:launche[sd]|fire[sd]|strikes|struck|attack(?:s|ed)|shell(?:s|ed)|bomb(?:s|ed)|hits|target(?:s|ed)|invade[sd])\b(?!\s+by\b))",
    re.IGNORECASE,
)
# "Germany summoned Russia's ambassador": the state the envoy speaks for, not where anything happened.
_ENVOY_AFTER = re.compile(r"['’]s (?:top |chief |new |former )?(?:ambassadors?|envoys?|embassy|charg[eé] d['’]affaires|diplomats?|consul(?:ate)?|"
                          r"(?:foreign|defen[cs]e|interior) minist(?:er|ry)|president|prime minister|leader)\b")
# "Police in Nairobi fired …": a capital after "in" is where someone acted, whatever verb follows.
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around)\s+(?:central\s+)?$")
_UNIT_WORDS = ("regiment", "battalion", "brigade", "battlegroup", "battle group", "group of forces", "group")
_UNIT_WORDS_AFTER = tuple(f" {w}{s}" for w in _UNIT_WORDS for s in ("", "s")) + tuple(f" {w.title()}" for w in _UNIT_WORDS)
# "Beirut's Hamra district": a place in the capital, not its government.
_QUARTER_AFTER = re.compile(r"['’]s (?:[a-z][\w-]+ )?(?:(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)|central|old|business|commercial|diplomatic|government|industrial|residential|"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?) ){1,3}(?i:area|district|suburb|neighbou?rhood|quarter|street|square|camp|zone|road|avenue)"
                            r"|(?:[A-Z][\w'’-]* |main |international |central |old )*(?i:airport|port|harbou?r|railway station|train station|bus station|market|slum|township|hospital|university|"
                            r"prison|jail|stadium|mosque|cathedral|refinery))\b")
# A name leading an institution's name ("Columbia University", "the Litoral prison", "Kenyatta National Hospital"): an
# institution may be named after a person, an idea or a place far away, so the name does not place it.
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:State|National|Teaching|Referral|General|Central|Federal|Medical|Military|Regional|Memorial|Specialist|Women['’]s|Children['’]s))*"
    r"\s+(?:[Uu]niversity|[Cc]ollege|[Hh]ospital|[Pp]rison|[Pp]enitentiary|[Jj]ail|[Ii]nstitute|[Aa]cademy|[Pp]olytechnic|[Ss]eminary|[Cc]linic)\b"
)
# An airport named after a person whose first name is a place's ("Aden Adde International Airport" is Mogadishu's).
_PERSON_AIRPORT_AFTER = re.compile(r"\s+(?!(?:International|Regional|National|Municipal|Domestic|Military|Air|City)\b)[A-Z][\w'’-]+\s+(?:International\s+)?Airport\b")
_GOVERNMENT_BEFORE = re.compile(r"(?:\bpro|\banti)[-\s]$|[:—–]\s*$|\s-\s*$|\b(?:talks|ties|relations|tensions|deal|agreement|dialogue) (?:with|between) $"
                               r"|\b(?:ambassadors?|envoys?|charg[eé] d['’]affaires) (?:to|from) $"
                               r"|\b(?:accused|accusing|accuses|blamed|blaming|blames|urged|urging|urges|called on|calling on) $", re.IGNORECASE)
# (not its owner: "Sudan's Al-Khuwei, West Kordofan" is Al-Khuwei)
_TOWN_BEFORE = re.compile(r"(?P<town>[A-Z](?:[\w-]|['’](?!s\b))+(?:[ -][A-Z](?:[\w-]|['’](?!s\b))+){0,2})(?:\s+(?:village|town|city|area|district|municipality|suburb))?\s*(?:,|\((?:[^(),]{1,40},)?)\s*$")
_PAREN_CLOSE = re.compile(r"\s*\)")
# "the Congo border": a place beside the country named, not in it.
BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b")
# Capitalised words that are place names somewhere but almost never mean the place in news.
NOT_PLACES = frozenset(
    """police of union house victoria university street square bar mobile split reading nice bath best march may
    august june sale city university general president governor republic party state north south east west
    central hospital court ministry army navy islamic national federal district one two three said also
    after before during monday tuesday wednesday thursday friday saturday sunday january february april july
    september october november december the this that these there their they police forces military
    government unknown security health local media village town province region islamic state grad grads uragan smerch
    tochka iskander kalibr kinzhal shahed shaheds geran lancet hamas fano gulf anglophone francophone coast arab congress parliament
    asia africa europe god""".split()
)
_DETERMINERS = frozenset("the this that these those their its".split())
# Everyday English words that are also the name of some town: a place only where the text introduces one.
COMMON_WORDS = frozenset(
    """from man men over shot more are them grenade than road countryside artillery freedom eastern sector officer drug dire dollar
    along per center has hit airport leader say home bare human western pay southern well driver basin ask nine same gang convoy bank
    northern side time die cars mine kill post fell young communal centre bridge labor battle mark riding made forest torn charge deal
    many drone globe bag minister capital northeast river can mission tank justice cut hill name law son job mountain junction price
    plan line receiving wing advance marks church cash stores recovery enter make branch net store rifle supreme long real male far
    barge early minor train got lab date retreat hazard still just rock began mill trial anger tea crystal normal culture mall level
    run wake seen banks summit till rapid tape band turn list change northwest stone rice vans trip cache industry valley come
    triangle uses red grave loyal manning basic metro lit energy save tavern marches centres boundary tower tour park reform chase
    sand progress ward effort tent strong steps cordon hub barrage spike grain aid hope unity liberty independence victory peace
    friendship hurricane tornado typhoon storm grad smerch uragan tochka buk""".split()
)


def is_metonym(gazetteer: Gazetteer, text: str, match: PlaceMatch) -> bool:
    """A capital standing for its government ("Kiev troops", "pro-Moscow", "… - Kyiv" closing a headline), a country for its state,
    a place naming a military unit ("the Azov regiment", "battalion Aidar")."""
    place = match.place
    if place.kind != "country" and (text.startswith(_UNIT_WORDS_AFTER, match.end)
                                    or text[max(0, match.start - 11):match.start].rstrip().lower().endswith(_UNIT_WORDS)):
        return True
    if place.kind == "country":  # "the United States government", "Russia says", "launched by Russia": an actor, not where it happened
        return (_GOVERNMENT_AFTER.match(text, match.end) is not None and not text.startswith(("'s", "’s"), match.end)) \
            or _ENVOY_AFTER.match(text, match.end) is not None \
            or text.endswith(" by ", max(0, match.start - 4), match.start)
    if place.kind != "city" or not gazetteer.is_capital(place):
        return False
    if _QUARTER_AFTER.match(text, match.end):
        return False
    after = _GOVERNMENT_AFTER.match(text, match.end)
    if after is not None and after.group("act") and _SCENE_BEFORE.search(text, max(0, match.start - 12), match.start):
        return False
    return bool(after or _GOVERNMENT_BEFORE.search(text, max(0, match.start - 30), match.start))


def names_an_airport(text: str, match: PlaceMatch) -> bool:
    """Whether the place is the first word of an airport named after someone ("Aden Adde International Airport")."""
    return _PERSON_AIRPORT_AFTER.match(text, match.end) is not None


def in_institution(text: str, match: PlaceMatch) -> bool:
    """Whether the place leads the name of a university, hospital, prison or the like ("Columbia University", "Litoral prison")."""
    return match.place.kind != "country" and _INSTITUTION_AFTER.match(text, match.end) is not None


def place_in_containers(gazetteer: Gazetteer, text: str, found: list[PlaceMatch], unknown: list[tuple[int, str]],
                        codes: tuple[str, ...] = ()) -> list[PlaceMatch]:
    """Towns named with what contains them take that region and country; names the gazetteer lacks become towns there.

    A known town keeps its own country against a container of another one unless the article is about the container's
    country first (``codes``, best first) and the town is no big one found by its own name.
    """
    by_start = {f.start: f for f in found}
    subjects: list[tuple[int, str, PlaceMatch | None]] = [(f.start, f.text, f) for f in found if f.place.kind == "city"]
    subjects += [(start, name, None) for start, name in unknown]
    out = list(found)
    for start, name, known in subjects:
        if known is None and (_site_or_titled(name) or fold(name) in _DETERMINERS or fold(name) in NOT_PLACES
                              or fold(name).removesuffix("s") in gazetteer.demonyms):
            continue  # "The city of Kharkiv": no town called The; "Palestinians near Hebron": a people, no village
        end = start + len(name)
        container = _container(gazetteer, text, end, by_start)
        if container is None or (container.place.alias and container.place.country_code not in codes):
            continue  # a region matched by spelling alone places nothing outside the article's countries
        if known is None and fold(name) in gazetteer.demonyms:
            continue  # "the eastern Congolese city of Goma": no town called Congolese
        if container.place.kind == "country":  # "Minna (Niger)": Niger State, not the country
            homes = (known.place.country_code,) if known is not None else codes
            regions = [r for r in gazetteer.regions(container.text) if r.country_code != container.place.country_code]
            region = next((r for home in homes for r in regions if r.country_code == home), None)
            container = PlaceMatch(region, container.start, container.end, container.text, 3) if region else container
        if known is None and not (_PLACE_BEFORE.search(text, max(0, start - 30), start) or _SETTLEMENT_AFTER.match(text, end)
                                  or _PAREN_PAIR.match(text, end)):
            continue
        if known is not None and codes and container.place.kind != "country" and known.place.country_code != container.place.country_code \
                and not (container.place.admin1 and _namesake_in(gazetteer, name, container.place)) and (
                container.place.country_code != codes[0] or known.place.country_code == codes[0]
                or (known.place.population >= _BIG and not known.place.alias and not _SETTLEMENT_AFTER.match(text, end))):
            continue  # a town of another country keeps its own, unless a namesake lies in the container's very region
        place = _placed(gazetteer, name, known.place if known else None, container.place)
        if place is None:
            continue
        precision = known.precision if known else (2 if _NEAR.search(text, max(0, start - 30), start) else 1)
        match = PlaceMatch(place, start, end, name, precision)
        if known is not None:
            out[out.index(known)] = match
        else:
            out.append(match)
        by_start[start] = match
    if codes:
        out += bare_villages(gazetteer, text, unknown, by_start, codes[0], out)
    return out


def bare_villages(gazetteer: Gazetteer, text: str, unknown: list[tuple[int, str]], by_start: dict[int, PlaceMatch], code: str,
                   found: list[PlaceMatch]) -> list[PlaceMatch]:
    """Names the gazetteer lacks right after "near" or "the village of": villages of the country the sentence names before
    them ("In Burkina Faso, gunmen killed 20 in the village of Sollé"), else of the article's country; region unknown."""
    out = []
    for start, name in unknown:
        if start in by_start or not _village_name(name) or not ends_after_word(text[max(0, start - 30):start]) \
                or not _ends_in_of_or_near(text, start) \
                or not _VILLAGE_BEFORE.search(text, max(0, start - 30), start):
            continue
        if not _VILLAGE_AFTER.match(text, start + len(name)) or _GOVERNMENT_AFTER.match(text, start + len(name)):
            continue  # "near Gazprom facilities": not a village
        relative = _RELATIVE_AFTER.match(text, start + len(name))
        beside = by_start.get(relative.end()) if relative is not None else None
        if beside is not None and beside.place.kind == "city":  # "Novomykhailivka, south of Kurakhove": in that town's country and region
            country = gazetteer.countries.get(beside.place.country_code or "")
            place = Place(name, "city", country.name if country else None, beside.place.country_code, population=0, admin1=beside.place.admin1)
            out.append(PlaceMatch(place, start, start + len(name), name, 2 if _NEAR.search(text, max(0, start - 30), start) else 1))
            continue
        named = next((m.place.country_code for m in sorted(found, key=lambda m: -m.start) if m.place.kind == "country" and m.start < start
                      and not _SENTENCE_END.search(text, m.end, start)), None)
        country = gazetteer.countries.get(named or code)
        place = Place(name, "city", country.name if country else None, named or code, population=0)
        out.append(PlaceMatch(place, start, start + len(name), name, 2 if _NEAR.search(text, max(0, start - 30), start) else 1))
    return out


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A village told by where it lies from a town: ", 10 km south of Kurakhove", " near Bakhmut".
_RELATIVE_AFTER = re.compile(r",?\s+(?:(?:about|some|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,20}\)\s+)?)?"
                             r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to)\s+(?:the\s+(?:town|city)\s+of\s+)?")


def ends_after_word(before: str) -> bool:
    """Whether ``before`` ends in white space after a letter, as it must for a pattern reading back "in ", "near the " to it."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped[-1:].isalpha()


def _ends_in_of_or_near(text: str, start: int) -> bool:
    """Whether one of the last two words before ``start`` ends in "of" or "near" (a quick test before `_VILLAGE_BEFORE`)."""
    for word in text[max(0, start - 30):start].lower().split()[-2:]:
        if word.endswith(("of", "near")):
            return True
    return False


def _case_blind(word: str) -> str:
    """``word`` lower-cased as case-blind patterns see it ("İ" and "ı" are "i", "ſ" is "s")."""
    lower = word.lower()
    return lower if lower.isascii() else lower.replace("i̇", "i").replace("ı", "i").replace("ſ", "s")


@lru_cache(maxsize=65536)
def _site_or_titled(name: str) -> bool:
    """A name ending in a site word or led by a title or an institution word: a building, a person or a body."""
    return _SITE.search(name) is not None or _titled(name)


@lru_cache(maxsize=65536)
def _village_name(name: str) -> bool:
    """Whether a name the gazetteer lacks may be a village: not a site, person or body, an everyday word or a non-place."""
    return not _site_or_titled(name) and fold(name) not in COMMON_WORDS and fold(name) not in NOT_PLACES


def _titled(name: str) -> bool:
    return fold(name.split(" ")[0].split("-")[0]) in _TITLES


def _container(gazetteer: Gazetteer, text: str, end: int, by_start: dict[int, PlaceMatch]) -> PlaceMatch | None:
    """The place that the words right after ``end`` put the town in, if any."""
    after = _CONNECT_NEXT.match(text, end)
    if after is None or after.group(3) is not None and not (after.group(1) and _case_blind(after.group(3)) in _CONNECT_WORDS):
        return None  # no word or sign after the town that could lead to a container
    m = _CONNECT.match(text, end)
    if m is None:
        return None
    if m.group("how").strip() == "(":
        close = text.find(")", m.end(), m.end() + 100)
        inside = [f for f in by_start.values() if m.end() <= f.start and f.end <= close and _useful(f)] if close > 0 else []
        regions = [f for f in inside if f.place.kind != "city"]
        return max(regions or inside, key=lambda f: f.start, default=None)
    first = by_start.get(m.end())
    if first is None and (owner := _OWNER.match(text, m.end())) is not None:
        first = by_start.get(owner.end())  # "in Ukraine's Donetsk region": the region, whose country the owner names
    if first is None or not _useful(first):
        return None
    if first.place.kind == "country" and (BORDER_AFTER.match(text, first.end) or text.startswith(("'s ", "’s "), first.end)):
        return None  # "Mpondwe near the Congo border": a town beside that country, not in it; "Kurakhove, Russia's ministry said": no container
    if m.group("how").strip() == ",":
        if _LIST_GOES_ON.match(text, first.end):
            return None
        if first.place.kind == "city":  # "Town, Tartar": the region named like its capital
            region = next((r for r in gazetteer.regions(first.text) if r.country_code == first.place.country_code), None)
            return PlaceMatch(region, first.start, first.end, first.text, 3) if region is not None else None
    return first


def _namesake_in(gazetteer: Gazetteer, name: str, container: Place) -> bool:
    """Whether a town called ``name`` lies in ``container`` ("San Antonio (Valparaiso)": Chile's, not Texas's)."""
    admin1 = container.admin1 if container.kind != "country" else None
    return any(p.country_code == container.country_code and (admin1 is None or p.admin1 == admin1) for p in gazetteer.cities(name))


def _useful(match: PlaceMatch) -> bool:
    return match.place.kind != "city" or match.place.admin1 is not None


def _placed(gazetteer: Gazetteer, name: str, known: Place | None, container: Place) -> Place | None:
    """The town ``name`` inside ``container``: its namesake there, else a town record with the container's region."""
    code = container.country_code
    admin1 = container.admin1 if container.kind != "country" else None
    if known is not None and known.country_code == code and (admin1 is None or known.admin1 == admin1):
        return None
    namesake = next((p for p in gazetteer.cities(name) if p.country_code == code and (admin1 is None or p.admin1 == admin1)), None)
    if namesake is not None:
        return namesake
    if known is not None and known.population >= 100000 and container.kind == "city":
        return None  # a big town is not a quarter of another one
    if fold(name) in COMMON_WORDS:
        return None
    return Place(name, "city", container.country, code, population=0, admin1=admin1)


def towns_before_regions(gazetteer: Gazetteer, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """``Town, Region`` / ``Town (District, Region)``: the town is placed in that region, even when not in the gazetteer."""
    extra: list[PlaceMatch] = []
    for region in [f for f in found if f.place.kind == "region"]:
        m = _TOWN_BEFORE.search(text, max(0, region.start - 80), region.start)
        if m is None or fold(m.group("town")) in NOT_PLACES:
            continue
        if "(" in m.group() and not _PAREN_CLOSE.match(text, region.end):
            continue  # "(District, Region)": the last name is the region
        s, e = m.span("town")
        codes = [region.place.country_code] + [r.country_code for r in gazetteer.regions(region.text) if r.country_code != region.place.country_code]
        town = next((p for c in codes for p in gazetteer.cities(m.group("town")) if p.country_code == c), None)
        if town is not None and town.country_code != region.place.country_code:
            better = next(r for r in gazetteer.regions(region.text) if r.country_code == town.country_code)
            found[found.index(region)] = PlaceMatch(better, region.start, region.end, region.text, region.precision)
        code = town.country_code if town is not None else region.place.country_code
        known = [f for f in found if f.start == s and f.end == e]
        if known and known[0].place.kind == "city" and known[0].place.country_code == code:
            continue
        if town is None and any(p.population >= 15000 for p in gazetteer.cities(m.group("town"))):
            continue  # a real town elsewhere: the region is its namesake, not its container
        found[:] = [f for f in found if not (f.start == s and f.end == e)]
        if town is None:
            town = Place(m.group("town"), "city", region.place.country, code, population=0, admin1=region.place.admin1)
        extra.append(PlaceMatch(town, s, e, m.group("town"), 1))
    return extra
