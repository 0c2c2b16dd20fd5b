"""Casualty counts (killed, injured) and counted quantities from news phrasing: numbers, words, ranges, "no casualties"."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "a hundred": 100,
}
# Vague counts, coded the way conflict datasets usually code them (lower bound, marked approximate).
VAGUE_NUMBERS = {"several": 3, "multiple": 3, "a few": 3, "a number of": 3, "dozens of": 12, "dozens": 12,
                 "scores of": 20, "scores": 20, "hundreds of": 100, "hundreds": 100, "thousands of": 1000}
_NUM = (r"(?:\d[\d,]*(?:\.\d+)?|a dozen|a hundred|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands of|several|multiple|a few|"
        r"a number of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        r"eighteen|nineteen|an?)")
_QUAL = r"(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|approximately|roughly|an estimated)"
_PERSON = (r"(?:people|persons|person|civilians?|soldiers?|troops|servicem[ae]n|militants?|fighters?|rebels?|insurgents?|"
           r"police(?:m[ae]n| officers?)?|officers?|children|child|kids|women|woman|men|man|boys?|girls?|residents?|villagers?|"
           r"protesters?|demonstrators?|students?|workers?|members?|elements|personnel|guards?|passengers?|pilgrims?|"
           r"worshippers?|farmers?|herders?|miners?|others|individuals|victims?|attackers?|citizens?|bodies|family members)")
_KILLED = r"(?:shot dead|shot and killed|gunned down|beheaded|hacked to death|beaten to death|burned to death|killed|dead|died|deaths?|fatalities|lost (?:their|his|her) lives?|were slain|slain|perished|bodies)"
_INJURED = r"(?:injured|wounded|hurt|injuries|hospitali[sz]ed)"
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|got|being)\s+)?(?:(?:reportedly|reported|confirmed|allegedly|also|seriously|critically|fatally|severely|lightly)\s+)*"
_PASSIVE = re.compile(
    rf"(?P<q>{_QUAL}\s+|between\s+)?(?<![\w-])(?<!no )(?<!No )(?P<n>{_NUM})(?:\s*(?:-|–|to|or|and)\s*(?P<n2>{_NUM}))?\s+"
    rf"(?:(?:[\w'-]+\s+){{0,3}}?{_PERSON}\s+)?{_AUX}(?P<verb>{_KILLED}|{_INJURED})\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(
    rf"\b(?P<verb>killing|killed|kills|injuring|injured|wounding|wounded|leaving|left|claimed the lives of)\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?(?:\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON})?(?:\s+(?P<state>dead|injured|wounded|hurt))?\b",
    re.IGNORECASE,
)
_TOLL = re.compile(rf"\b(?:death toll|toll)\s+(?:\w+\s+){{0,3}}?(?:to|at|of)\s+(?P<q>{_QUAL}\s+)?(?P<n>{_NUM})\b", re.IGNORECASE)
_NONE = re.compile(
    r"\b(?:no|without(?: any)?|zero)\s+(?:(?:reported|immediate|known)\s+)?(?P<what>casualties|victims|fatalities|deaths|injuries|one|people|person|civilians)"
    r"(?:\s+(?:nor|or|and)\s+(?P<what2>injuries|fatalities|casualties))?(?:\s+(?:were|was|have been|has been)\s+(?P<verb>killed|injured|hurt|wounded|reported))?",
    re.IGNORECASE,
)
_CASUALTY_WORDS = tuple(
    "kill dead died death fatalit injur wound hurt casualt lives slain perish bodies toll shot behead hacked beaten burned hospitali victim".split()
)
_NUMBER_TOKENS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety dozen dozens scores hundred hundreds thousands several multiple few number".split()
)
_LETTERS = re.compile(r"[^a-z]+")
_DIGIT = re.compile(r"[0-9]")
_QUANTITY = re.compile(
    rf"(?P<q>{_QUAL}\s+)?(?<![\w-])(?P<n>{_NUM})\s+(?P<adj>(?:(?!(?:as|in|of|and|or|the|to|were|was|are|is|have|has|had|from|by|with|for|on|at|who|which|that|killed|injured|wounded|dead|died)\b)[a-z][\w-]*\s+){{0,2}}?)(?P<unit>[a-z][a-z-]+s|kg|km|tons|tonnes|hectares)\b(?!\s+(?:ago|old))"
)
_NOT_UNITS = frozenset(
    "years months weeks days hours minutes seconds times decades centuries others its this was has is as us does thus yes his".split()
)


@dataclass(frozen=True, slots=True)
class CasualtyCount:
    """Killed/injured found in one stretch of text; ``None`` means not reported, 0 reported as none."""

    killed: int | None
    injured: int | None
    at_least: bool
    text: str | None


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number and the noun it counts."""

    value: float
    unit: str
    text: str
    approximate: bool
    start: int


def parse_number(token: str) -> tuple[float | None, bool]:
    """Value of a number token and whether it is approximate (``dozens`` → 12, approximate)."""
    token = token.lower().strip()
    if token in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[token], True
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token], False
    if "-" in token and token.split("-")[0] in NUMBER_WORDS:
        tens, _, unit = token.partition("-")
        return NUMBER_WORDS[tens] + NUMBER_WORDS.get(unit, 0), False
    try:
        return float(token.replace(",", "")), False
    except ValueError:
        return None, False


def find_casualties(text: str) -> CasualtyCount | None:
    """Casualties in one sentence: matches of each kind add up; "no casualties" gives zeros."""
    lower = text.lower()
    if not any(word in lower for word in _CASUALTY_WORDS):
        return None
    killed = injured = 0
    seen_killed = seen_injured = at_least = False
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for pattern in (_PASSIVE, _ACTIVE, _TOLL):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            value, vague = parse_number(m.group("n"))
            if value is None or value > 100000:
                continue
            groups = m.groupdict()
            verb = (groups.get("state") or groups.get("verb") or "killed").lower()
            if verb in ("leaving", "left") and not groups.get("state"):
                continue
            approx = vague or bool(groups.get("q")) or bool(groups.get("n2"))
            if re.match(_INJURED, verb) or verb in ("injuring", "wounding"):
                injured += int(value)
                seen_injured = True
            else:
                killed += int(value)
                seen_killed = True
            at_least = at_least or approx
            spans.append(m.span())
            words.append(m.group(0).strip())
    for m in _NONE.finditer(text):
        what = " ".join(filter(None, (m.group("what"), m.group("what2"), m.group("verb")))).lower()
        if m.group("what").lower() in ("one", "people", "person", "civilians") and not m.group("verb"):
            continue
        if re.search(r"casualt|victim|fatalit|death|killed", what) and not seen_killed:
            seen_killed = True
        if re.search(r"casualt|victim|injur|hurt|wounded", what) and not seen_injured:
            seen_injured = True
        words.append(m.group(0).strip())
    if not (seen_killed or seen_injured):
        return None
    return CasualtyCount(killed if seen_killed else None, injured if seen_injured else None, at_least, "; ".join(words))


def merge_casualties(counts: list[CasualtyCount]) -> CasualtyCount | None:
    """One count for a mention: the largest figure per kind across its sentences (re-reports do not add)."""
    if not counts:
        return None
    killed = [c.killed for c in counts if c.killed is not None]
    injured = [c.injured for c in counts if c.injured is not None]
    return CasualtyCount(
        max(killed) if killed else None,
        max(injured) if injured else None,
        any(c.at_least for c in counts),
        "; ".join(c.text for c in counts if c.text),
    )


def find_quantities(text: str, offset: int = 0) -> list[QuantityMention]:
    """Counted things ("40 courtyards", "5 airstrikes"), not dates, ages or casualty figures."""
    found: list[QuantityMention] = []
    if _DIGIT.search(text) is None and _NUMBER_TOKENS.isdisjoint(_LETTERS.split(text.lower())):
        return found
    for m in _QUANTITY.finditer(text):
        unit = m.group("unit").lower()
        if unit in _NOT_UNITS or re.fullmatch(_PERSON, unit, re.IGNORECASE) and _followed_by_casualty(text, m.end()):
            continue
        if m.group("n").lower() in ("a", "an"):
            continue
        value, vague = parse_number(m.group("n"))
        if value is None:
            continue
        found.append(QuantityMention(value, unit, m.group(0).strip(), vague or bool(m.group("q")), offset + m.start()))
    return found


def _followed_by_casualty(text: str, end: int) -> bool:
    return re.match(rf"\s+{_AUX}(?:{_KILLED}|{_INJURED})", text[end:end + 60], re.IGNORECASE) is not None
