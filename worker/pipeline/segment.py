"""Split article text into sentences with exact offsets and group them into event mentions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from worker.pipeline.casualties import CasualtyCount, find_casualties
from worker.pipeline.dates import MONTH_NAME, month_number
from worker.pipeline.participants import find_actors

if TYPE_CHECKING:
    from worker.pipeline.classify import SentenceScore
    from worker.taxonomy import Taxonomy

Role = Literal["head", "follow", "background", "preamble", "lead"]

# Words that end with a period without ending the sentence.
SHIFTED_THRESHOLD = 1.0
"""The score a sentence opening with a topic shift ("Separately, …") needs to start a mention of its own."""
CROWDS = frozenset({"protests", "riots"})
ARMED = frozenset({"battles", "violence_against_civilians", "explosions_remote_violence"})
# Types whose like events in other towns are events of their own (a riot spreading to a nearby town is another riot, police
# detaining protesters in another town another demonstration).
_APART_BY_PLACE = ARMED | CROWDS
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep st ste mt ft jr sr inc ltd co corp
    bros vs no nos jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ govt hon rev fig pp
    al u.s u.k u.n e.g i.e a.m p.m""".split()
)
# A line break, or sentence-final punctuation (and closing quotes) before white space and a capital, digit or Cyrillic letter.
# The pattern opens with a character set, so the regex engine skips quickly to the candidates.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u0400-\u04FF]))")
_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    clause: bool = False
    """A clause parted from the sentence before it, telling an event of its own ("…, and Israeli jets struck …")."""


@dataclass(slots=True)
class Mention:
    """Sentences that tell one event: the head that opened it and the follow-ups attached to it."""

    head: Sentence
    type_key: str
    follows: list[Sentence] = field(default_factory=list)
    tallied: bool = False
    """One of the events a roundup's tally ("… killed seven across Ukraine over the past day") went on to tell one by one."""
    planned: bool = False
    """The head tells a plan ("Opposition parties plan a nationwide strike on Monday"): it sums up no events told after it."""

    @property
    def sentences(self) -> list[Sentence]:
        """Head first, then follow-ups in text order."""
        return [self.head, *self.follows]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; offsets index ``text`` exactly, surrounding spaces excluded."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() != "\n" and not _is_boundary(text, start, match.start()):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _is_boundary(text: str, start: int, dot: int) -> bool:
    chunk = text[max(start, dot - 40):dot].rsplit(None, 1)
    if not chunk:
        return True
    token = chunk[-1].rsplit("-", 1)[-1].lstrip("\"“‘'([").lower().rstrip(".")
    if token in _ABBREVIATIONS:
        return False
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    return not (len(token) == 1 and token.isalpha()) and not ("." in token and _ACRONYM.fullmatch(token))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped))


# A year told in a sentence ("in 2002"), and the month told right before it ("in May 2023", "on Oct. 7, 2023").
_YEAR = re.compile(r"(?=[12])\b(?:19|20)\d\d\b(?!-)")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAME}(?: \d{{1,2}})?,? $", re.IGNORECASE)
# A sentence opening with a month of its own ("In April, …", "Earlier in October, …").
_MONTH_START = re.compile(rf"(?:earlier |later )?(?:in|by) (?:early |mid-|late )?{MONTH_NAME},", re.IGNORECASE)
# "… in a lightning offensive last September": a month told back from publication, anywhere in the sentence.
_LAST_MONTH = re.compile(rf"\blast (?:early |mid-|late )?{MONTH_NAME}\b(?! \d)")
# "… suspended peace talks in April": a month told in passing, with no day (case-sensitive: not "in may").
_IN_MONTH = re.compile(rf"\bin (?:early |mid-|late )?{MONTH_NAME}(?!\w)(?![\w ]*\d)")
# Words telling a sentence's day as recent: a sentence naming one tells the news, whatever year it also recalls.
_RECENT = re.compile(r"(?=[mtwfsyo])\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|"
                     r"this (?:morning|week))\b")  # matched on lower-cased text
# A time told back from publication ("last year", "two years ago").
_AGO = re.compile(r"(?=[laotfsnem\d])\b(?:last (?:year|summer|winter|spring|autumn|fall)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                  r"several|many) (?:years|decades) ago|a year (?:ago|earlier))\b")  # matched on lower-cased text
RECALLED_AFTER_MONTHS = 2
"""A sentence recalling a month at least this long before publication tells history."""


def mark_recalled(scores: Sequence[SentenceScore], published: date | None, seg: dict) -> None:
    """Mark as background the sentences after the lead that recall an earlier time ("The war began on Oct. 7, 2023, when …",
    "In April, a missile strike on the city killed 20"): their events, tolls and places are history, not the news."""
    if published is None:
        return
    now = published.year * 12 + published.month - 1
    lead = True
    for score in scores:
        text = score.sentence.text
        if lead:
            lead = score.best_type is None
            if score.background and not lead and _RECENT.search(text.lower()) and not opens_with(seg, "history_starts", text):
                score.background = False  # "rallied in Belgrade on Thursday, the latest in a wave of protests"
            continue
        if score.background:
            continue
        low = text.lower()
        if _RECENT.search(low):
            continue
        if (" ago" in low or "last " in low or "year earlier" in low) and _AGO.search(low):
            score.background = True
            continue
        months = [_months(m.group(), month["month"] if (month := _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start())) else None)
                  for m in _YEAR.finditer(text)] if "19" in text or "20" in text else []
        start = _MONTH_START.match(text)
        if start is not None:
            month = month_number(start["month"]) - 1
            months.append(now // 12 * 12 + month - (12 if month > now % 12 else 0))
        if "last " in text and (last := _LAST_MONTH.search(text)) is not None:
            month = month_number(last["month"]) - 1
            months.append(now // 12 * 12 + month - (12 if month >= now % 12 else 0))
        told = _IN_MONTH.search(text) if start is None and "in " in text else None
        if told is not None:
            month = month_number(told["month"]) - 1
            months.append(now // 12 * 12 + month - (12 if month > now % 12 else 0))
        if any(now - m >= RECALLED_AFTER_MONTHS or ((start is not None or told is not None) and now - m >= 1) for m in months):
            score.background = True


def _months(year: str, month: str | None) -> int:
    """Months since year 0 of the time told: a bare year counts from its December."""
    return int(year) * 12 + (month_number(month) - 1 if month else 11)



def sentence_roles(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> list[Role]:
    """Each sentence's role: opens a mention, follows the current one, background, or preamble."""
    return _roles(scores, taxonomy)[0]


def _roles(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> tuple[list[Role], list[bool], list[bool]]:
    """Each sentence's role, whether it comes after a roundup's tally (whose events are told one by one), and whether it tells
    a plan (only known for heads)."""
    roles: list[Role] = []
    tallies: list[bool] = []
    plans: list[bool] = []
    current: str | None = None
    current_path: str | None = None
    head_text = ""
    planned = False  # the current mention tells a plan
    tally = False  # the current mention is a roundup ("… killed seven across Ukraine"): what follows tells its events one by one
    seg = taxonomy.segment
    lead, lead_role = _lead(scores, taxonomy)
    for i, score in enumerate(scores):
        text = score.sentence.text
        best_type = score.best_type
        role = lead_role if i == lead else _role(score, best_type, current, text, seg, taxonomy.start_threshold, current_path, head_text)
        if role == "follow" and score.sentence.clause and best_type is not None and score.best_score >= taxonomy.start_threshold:
            role = "head"
        if role == "follow" and tally and best_type is not None and score.best_score >= SHIFTED_THRESHOLD and not score.anaphora \
                and not opens_with(seg, "follow_starts", text) \
                and not (current and _continues(seg["continues"], current, score.best_path, best_type) and not _names_place(text)):
            role = "head"  # a roundup telling its events one by one ("Two people were killed in a missile strike on Dnipro.")
        if role == "follow" and best_type is not None and best_type != current \
                and score.best_score >= taxonomy.start_threshold and taxonomy.types[best_type].standalone:
            role = "head"
        if role == "follow" and planned and best_type is not None and score.best_score >= taxonomy.start_threshold \
                and not score.anaphora and score.modality(taxonomy) == "occurred":
            role = "head"  # "Russia vowed to strike Kyiv. Ukrainian drones hit the bridge on Thursday": the act is no more of the plan
        if role == "head" and current is not None and best_type is not None and tells_denial(text, taxonomy) \
                and (taxonomy.types[best_type].standalone
                     or not (opens_elsewhere(text, seg) or opens_another_day(text, seg) or takes_turn(text, seg))):
            # "The RSF denied involvement.", "The RSF said it had attacked army positions and denied targeting civilians": a
            # side's word on the event before, no claim or act of its own
            role = "follow"
        if role == "head":
            current, current_path, head_text = best_type, score.best_path, text
            planned = score.modality(taxonomy) == "planned"
            # a roundup's events are told one by one until another story opens ("Separately, …")
            tally = is_roundup(text, seg, best_type in CROWDS) or (tally and not opens_with(seg, "topic_shift", text))
        elif role == "follow" and current is None:
            role = "preamble"
            tally = tally or is_roundup(text, seg, best_type in CROWDS)  # a lead tallying what the story then tells: "… killed nine across Ukraine"
        roles.append(role)
        tallies.append(tally)
        plans.append(role == "head" and planned)
    return roles, tallies, plans


# What tells the aftermath of the event before rather than a new one: its actors named again, "also", a speech verb telling
# what followed ("officials said the attackers …"; not an attribution closing the sentence: "…, the SBU said.").
_TOLD_AGAIN = re.compile(r"\b(?:also|(?:said|says|told(?: [\w-]+){1,2})(?= (?:that )?(?:the|a|an|its|their|his|her|they|he|she|it|some|\d+)\b)|the (?:attackers|gunmen|assailants|militants|fighters|rebels|bandits|insurgents|raiders|"
                         r"rioters|mob|protesters|demonstrators|crowd))\b", re.IGNORECASE)
_PLACE_NAMED = re.compile(r"\b(?:in|at|near|outside) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’-]+")


# The crowd of a demonstration named again: what happens to or by it is more of the demonstration.
_CROWD_NAMED = re.compile(r"\b(?:protest(?:s|ers?|ing)?|demonstrat(?:ion|ions|ors?)|rall(?:y|ies)|march(?:es|ers)?|crowds?|rioters?|riots?|"
                          r"unrest|sit-ins?|strik(?:e|ers)|mobs?|gathering)\b", re.IGNORECASE)


def _same_kind_elsewhere(score: SentenceScore, text: str, seg: dict, current_path: str | None, head_text: str) -> bool:
    """Whether a sentence telling the same kind of event as the one before tells another of its own: a side of its own acting
    in a place the one before does not name, with another act or a toll of its own ("Gunmen killed nine villagers in Kauru.
    Bandits also abducted 30 people in Tsafe."); for riots, any act in another town ("Mobs torched cars in nearby Gurugram")."""
    spread = _SPREAD_TO.search(text)
    if spread is not None and head_text and spread["town"] not in head_text:
        return True  # "The fighting spread to Zawiya on Sunday": the event told again is of that town
    if score.anaphora or not head_text or opens_with(seg, "follow_starts", text) or _THE_SIDE.match(text):
        return False
    if not town_elsewhere(text, head_text):
        return False
    if score.best_path == current_path and score.best_type not in CROWDS and not TOLD_THAT_DAY.search(text) and not DAY_FROM.search(text):
        toll = find_casualties(text)
        return toll is not None and bool(toll.killed or toll.injured) and find_casualties(head_text) is not None
    return True


# Violence spreading to another town ("The fighting spread to Zawiya").
_SPREAD_TO = re.compile(r"\bspread (?:to|into) (?:the )?(?:nearby |neighbou?ring )?(?:(?:city|town|village|district) of )?(?P<town>[A-Z][\w’-]+)")
# A day told from the one of the event before ("The next day, …", "A day earlier, …", "two days later").
DAY_FROM = re.compile(r"\b(?:the (?P<after>next|following)|the (?:previous|preceding)) (?:day|morning|afternoon|evening|night)\b"
                      r"|\bthe day (?:(?P<after2>after)|before)\b(?! (?:yesterday|\w+day)\b)"
                      r"|\b(?P<count>a|one|two|three) days? (?:(?P<after3>later)|earlier)\b", re.IGNORECASE)
# A day told as the one of the event before ("… near Nablus later that day", "… the same day"): another act that day.
TOLD_THAT_DAY = re.compile(r"\b(?:(?:later|earlier) (?:that|the same) (?:day|evening|night|morning|afternoon)|(?:on )?the same day|that same day)\b",
                           re.IGNORECASE)


# A sentence opening with a reprisal ("In retaliation, the PDF attacked …"): another side's act.
_REPRISAL_OPENS = re.compile(r"\W*(?:in (?:retaliation|response|revenge|reprisal)|in an? (?:[\w-]+ )?(?:reprisal|counter-?attack|counter-?offensive))\b",
                             re.IGNORECASE)
# A side telling its own toll on the other ("Hamas said it killed or wounded a number of soldiers").
_SIDE_SAYS = re.compile(r"\W*(?:[\w’'-]+ ){1,4}(?:said|says|claimed|claims) (?:that )?(?:it|they) (?:had )?(?:killed|wounded|injured|shot)\b")
# A town lost and won back: two events, whichever is told first.
_TERRITORY_TURN = {"battles.non_state_actor_overtakes_territory", "battles.government_regains_territory"}
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|succumbed|passed away)\b")
_WEEKDAY = re.compile(r"\b(?:on|late|early|late on|early on|overnight on|overnight into) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A day told back from publication in a head sentence with no weekday ("killed 10 people overnight").
_DAY_BACK = re.compile(r"\b(overnight|yesterday|last night|today|this morning)\b(?! (?:into|to) )")


def _another_weekday(text: str, head_text: str) -> bool:
    """Whether the sentence tells its act on a weekday and the head sentence on another (or on a day told back from
    publication: "overnight"): ACLED codes each day's act apart."""
    told, head = _WEEKDAY.search(text), _WEEKDAY.search(head_text) or _DAY_BACK.search(head_text)
    return told is not None and head is not None and told[1] != head[1] and _DIED_OF_WOUNDS.search(text) is None \
        and any(a.kind in ("state_forces", "armed_group") for a in find_actors(text))


def town_elsewhere(text: str, head_text: str) -> str | None:
    """The town the sentence tells as where something happened, when the head sentence does not name it."""
    place = _TOWN_NAMED.search(text)
    return place["town"] if place is not None and place["town"] not in head_text else None


# A town named as where something happened ("in Tsafe", "near Mopti"): not "at the Police", a month or a weekday.
_TOWN_NAMED = re.compile(r"\b(?:in|near|outside|through|to(?= (?:nearby|neighbou?ring) )) (?:the (?=(?:nearby|neighbou?ring|city|town|village) ))?"
                         r"(?:nearby |neighbou?ring )?(?:(?:city|town|village) of )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?P<town>[A-Z][\w’-]+)")
# A sentence opening with a side named before ("The gunmen", "Two of the wounded"): more of that event.
# Not a day told from the one before ("The next day, …", "One day later, …").
_THE_SIDE = re.compile(r"\W*(?!(?:the|one|two|three) (?:next|following|previous|day|days)\b)"
                       r"(?:(?:[\w-]+ )?(?:of )?the|its|their|his|her|one|two|three|some|most|many|several)\b", re.IGNORECASE)


def _told_displaced(text: str, seg: dict) -> bool:
    return seg.get("displaced") is not None and seg["displaced"].search(text) is not None


def _names_place(text: str) -> bool:
    """Whether the sentence names a place of its own ("Youths in Abuja burned tyres"): in a roundup, no more of the scene before."""
    return _PLACE_NAMED.search(text) is not None


def _lead(scores: Sequence[SentenceScore], taxonomy: Taxonomy) -> tuple[int | None, Role]:
    """The lead telling the news on a weak cue ("Four people were killed when gunmen robbed a shop") before the first sentence
    strong enough to open a mention, and its role: more of that first mention when it tells political violence too in the
    same scene, else a mention of its own."""
    threshold = taxonomy.start_threshold
    lead: int | None = None
    for i, score in enumerate(scores):
        if score.best_type is None or score.background:
            continue
        if score.best_score >= threshold:
            if lead is None:
                return None, "preamble"
            text, seg = score.sentence.text, taxonomy.segment
            same = taxonomy.types[score.best_type].family == "acled" and not opens_elsewhere(text, seg) \
                and not opens_another_day(text, seg) and not takes_turn(text, seg) \
                and not _another_weekday(text, scores[lead].sentence.text)
            if tells_denial(text, taxonomy):  # the other side's word on the lead's act: the lead is the event, the word more of it
                return lead, "head"
            return lead, "lead" if same else "head"
        if lead is None and score.best_score >= SHIFTED_THRESHOLD and taxonomy.types[score.best_type].family == "acled" \
                and not is_roundup(score.sentence.text, taxonomy.segment):
            lead = i
    return None, "preamble"


def _role(score: SentenceScore, best_type: str | None, current: str | None, text: str, seg: dict, threshold: float,
          current_path: str | None = None, head_text: str = "") -> Role:
    if score.background:
        return "background"
    topic = opens_with(seg, "topic_shift", text)
    shift = topic or opens_with(seg, "place_shift", text) or opens_another_day(text, seg)
    if shift and score.anaphora and not topic:
        shift = False  # "In Islamabad, the minister said the attack killed 12": the event told again from elsewhere
    if shift and current is not None and best_type != current and not topic and _TOLD_AGAIN.search(text) \
            and _continues({"*": seg["continues"].get("*", frozenset())}, current, score.best_path, best_type):
        shift = False  # "In Anka, officials said the attackers also burned 20 houses": the aftermath (of any event), told from a place in it
    if not shift and current is not None and best_type is not None and score.best_path != current_path and takes_turn(text, seg) \
            and not opens_with(seg, "follow_starts", text) \
            and not _continues(seg["continues"], current, score.best_path, best_type):
        shift = True  # "Hezbollah later fired rockets …": the other side acting in its turn
    strong = best_type is not None and score.best_score >= (SHIFTED_THRESHOLD if shift and current is not None else threshold)
    if not strong:
        # "Separately, kidnappers freed 20 schoolchildren in Kuriga": another story telling no event lends nothing to this one
        return "background" if topic and best_type is None else "follow"
    if current is None or shift:  # "In a separate incident, troops killed …": another event, even on a weaker cue
        return "head"
    if best_type in CROWDS and current in CROWDS and crowds_elsewhere(text, seg):
        return "head"  # "Smaller protests took place in Batumi and Kutaisi": demonstrations in other towns, events of their own
    if current in ARMED and best_type in ARMED and best_type != current and _SIDE_SAYS.match(text) and not _names_place(text) \
            and not _another_weekday(text, head_text):
        return "follow"  # "Hamas said it killed or wounded a number of soldiers": a side's word on the fight told before
    if current in ARMED and best_type in ARMED and (_another_weekday(text, head_text) or _REPRISAL_OPENS.match(text)
                                                      or {current_path, score.best_path} == _TERRITORY_TURN):
        return "head"  # "The army said it pursued the assailants and killed 25 of them on Friday": the other side's act, its own day
    if best_type == current:
        return "head" if current in _APART_BY_PLACE and _same_kind_elsewhere(score, text, seg, current_path, head_text) else "follow"
    if opens_with(seg, "follow_starts", text):
        return "follow"
    if current in ARMED and best_type == "strategic_developments" and not score.sentence.clause and _told_displaced(text, seg):
        return "follow"  # "Over 6,000 residents fled their homes, the IOM said": the attack's aftermath
    if current in ARMED and best_type == "violence_against_civilians" and max(h.weight for h in score.hits) <= 1.0 \
            and town_elsewhere(text, head_text) is None:
        return "follow"  # "Women and children were among the dead": the victims of the act told before, in victims' words alone
    if _continues(seg["continues"], current, score.best_path, best_type):
        if current == "protests" and best_type in ARMED and _names_place(text) \
                and (not _CROWD_NAMED.search(text) or town_elsewhere(text, head_text)):
            return "head"  # "Gunmen killed two people in Kolda" after a rally: no demonstration turning violent, another event
        apart = tells_wide_area(text, score.best_path, seg) or _shot_down_elsewhere(text, score.best_path, seg, head_text) \
            or (current in ARMED and best_type in ARMED | CROWDS and _same_kind_elsewhere(score, text, seg, current_path, head_text)) \
            or (current in CROWDS and best_type in ARMED | CROWDS and _another_weekday(text, head_text)) \
            or (best_type in CROWDS and crowds_elsewhere(text, seg)) \
            or ((TOLD_THAT_DAY.search(text) or DAY_FROM.search(text)) and town_elsewhere(text, head_text) is not None and not score.anaphora
                and not _THE_SIDE.match(text))
        # "Gendarmes shot dead one rioter in Dumbea on Wednesday" after Tuesday's riot: an act of its own day; "Settlers torched
        # cars near Nablus later that day": another scene that day
        return "head" if apart else "follow"  # "Turkey-backed factions also clashed near Manbij" after shelling in Ariha: its own
    anaphora = score.anaphora
    if anaphora:
        # A sentence whose only cues are the anaphor itself ("the drone strike") refers back to
        # an earlier event; one with fresh cues elsewhere adds detail to the current event.
        fresh = [h for h in score.best_hits if not any(a <= h.start - score.sentence.start < b for a, b in anaphora)]
        return "follow" if fresh or best_type == current else "background"
    return "head"


def tells_denial(text: str, taxonomy: Taxonomy) -> bool:
    """Whether the sentence tells a side denying something ("… and denied targeting civilians")."""
    denied = taxonomy.modality.get("denied")
    return denied is not None and denied.search(text) is not None


def opens_with(seg: dict, key: str, text: str) -> bool:
    """Whether the sentence opens with one of the taxonomy's ``[segment] key`` words (none when the taxonomy has no such list)."""
    pattern = seg.get(key)
    return pattern is not None and pattern.match(text) is not None


def opens_elsewhere(text: str, seg: dict) -> bool:
    """Whether the sentence opens with a topic shift ("Separately, …") or a move to another place ("In Kherson Oblast, …")."""
    return opens_with(seg, "topic_shift", text) or opens_with(seg, "place_shift", text)


def opens_another_day(text: str, seg: dict) -> bool:
    """Whether the sentence opens with a day of its own ("On Wednesday, …") or one told from the event before ("Hours later, …")."""
    return opens_with(seg, "date_shift", text) or opens_with(seg, "same_day", text)


def moves_place(text: str, seg: dict) -> bool:
    """Whether the sentence opens by moving to another place ("In neighbouring Mali, …", "In the south, …")."""
    return opens_with(seg, "place_shift", text)


def takes_turn(text: str, seg: dict) -> bool:
    """Whether the sentence opens with a side acting in its turn ("Hezbollah later fired …")."""
    return opens_with(seg, "actor_turn", text)


def crowds_elsewhere(text: str, seg: dict) -> bool:
    """Whether the sentence tells demonstrations in other towns than the one before ("Rallies were also held in Mombasa",
    "Smaller protests took place in Batumi and Kutaisi")."""
    return seg.get("crowds_elsewhere") is not None and seg["crowds_elsewhere"].search(text) is not None


# Where weapons were shot down ("shot down two more missiles over Mykolaiv", "over the city of Sumy").
_OVER_PLACE = re.compile(r"\bover (?:the )?(?:(?:city|town|village|region|port) of )?(?P<place>(?-i:[A-Z])[\w’'-]+)")


def _shot_down_elsewhere(text: str, best_path: str | None, seg: dict, head_text: str) -> bool:
    """Whether the sentence, of a sub-type told apart when wide (drones shot down), tells it over a place the strike before
    does not name ("A missile hit Odesa. Air defences shot down two more missiles over Mykolaiv."): an event of its own."""
    if best_path not in seg.get("apart_when_wide", ()):
        return False
    over = _OVER_PLACE.search(text)
    return over is not None and bool(head_text) and over["place"] not in head_text


def tells_wide_area(text: str, best_path: str | None, seg: dict) -> bool:
    """Whether the sentence, of a sub-type told apart when wide (drones shot down), tallies it over a wide area ("Air defences
    downed 25 of 30 drones across the country"): not more of a strike on one town told before it, but an event of its own."""
    return best_path in seg.get("apart_when_wide", ()) and seg.get("wide_area") is not None and seg["wide_area"].search(text) is not None


def is_roundup(text: str, seg: dict, crowds: bool = False) -> bool:
    """Whether the sentence tallies several events at once ("killed seven civilians across Ukraine over the past day"): a toll
    told over a wide area or span of time, or demonstrations told so ("marched in Nairobi and several other cities")."""
    if seg.get("roundup") is None or seg["roundup"].search(text) is None:
        return False
    if crowds:
        return True
    toll = find_casualties(text)
    return toll is not None and bool(toll.killed or toll.injured)


def _continues(continues: dict[str, frozenset[str]], current: str, best_path: str | None, best_type: str | None) -> bool:
    """Whether the sentence (its best path and type) reports more of the current event (its aftermath, or a demonstration
    turning violent)."""
    allowed = continues.get("*", frozenset()) | continues.get(current, frozenset())
    return best_path in allowed or best_type in allowed


def group_mentions(scores: Sequence[SentenceScore], taxonomy: Taxonomy, title_at: int | None = None) -> list[Mention]:
    """Event mentions in text order: each head sentence with the follow-ups attached to it (a title read after the text,
    from offset ``title_at``, restates the text's events: it breaks down no tally)."""
    mentions: list[Mention] = []
    roles, tallies, plans = _roles(scores, taxonomy)
    lead: list[Sentence] = []
    for score, role, tallied, planned in zip(scores, roles, tallies, plans):
        if role == "head":
            best_type = score.best_type
            assert best_type is not None
            mentions.append(Mention(head=score.sentence, type_key=best_type, follows=lead, tallied=tallied, planned=planned))
            lead = []
        elif role == "follow" and mentions:
            mentions[-1].follows.append(score.sentence)
        elif role == "lead":
            lead = [score.sentence]  # told before the first mention's head, it is more of that mention
    return _without_tallies(mentions, taxonomy, title_at)


def _without_tallies(mentions: list[Mention], taxonomy: Taxonomy, title_at: int | None = None) -> list[Mention]:
    """A roundup's tally followed by events of its family that it sums up is no event of its own: each event is told once,
    with its own place and toll. A tally nothing follows is the event."""
    families = [taxonomy.types[m.type_key].family for m in mentions]
    shared = {family for family, told in Counter(families).items() if told > 1}  # only these are checked against others
    later: dict[str, _Later] = {}  # per family, the mentions told after the one at hand
    kept: list[Mention] = []
    for mention, family in zip(reversed(mentions), reversed(families)):
        after = later.setdefault(family, _Later())
        toll = find_casualties(mention.head.text) if family in shared else None
        if after.count and not mention.follows and not mention.planned and (
                is_roundup(mention.head.text, taxonomy.segment, mention.type_key in CROWDS) or _sums_up(toll, after.count, after.killed)):
            after.add(mention, toll, title_at)
            continue
        first = find_casualties(mention.follows[0].text) if after.count and mention.follows else None
        if first is not None and first.killed and not after.untolled and _sums_up(toll, after.count + 1, after.killed + first.killed):
            # the tally's first follow-up, with a toll of its own, is the first of the events it sums up
            kept.append(Mention(mention.follows[0], mention.type_key, mention.follows[1:], mention.tallied))
        else:
            kept.append(mention)
        after.add(mention, toll, title_at)
    return kept[::-1]


@dataclass
class _Later:
    """The mentions of one family told after another (before the title, when the text ends with it) and their tolls."""

    count: int = 0
    killed: int = 0
    untolled: int = 0

    def add(self, mention: Mention, toll: CasualtyCount | None, title_at: int | None) -> None:
        if title_at is None or mention.head.start < title_at:
            self.count += 1
            self.killed += toll.killed or 0 if toll is not None else 0
            self.untolled += toll is None or not toll.killed


def _sums_up(toll: CasualtyCount | None, events: int, killed: int) -> bool:
    """Whether a mention's toll is the sum of the tolls of two or more events told after it ("Israeli strikes killed five
    people. A drone strike killed two, and another strike killed three.")."""
    return toll is not None and bool(toll.killed) and events >= 2 and killed == toll.killed
