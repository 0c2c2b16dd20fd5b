"""Find event dates in text and resolve them against the publication time, with ACLED time precision."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
MONTH_NAME = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Each pattern opens with a look-ahead at the characters a match can start with, so the regex engine skips other positions.
    ("iso", re.compile(r"(?=[12])\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "the night of 7 to 8 May", "3-5 March": the range opens on its first day.
    ("day_range", re.compile(rf"(?=\d)\b(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*{_DAY}\s+(?:of\s+)?{MONTH_NAME}{_YEAR}\b")),
    ("day_month", re.compile(rf"(?=\d)\b{_DAY}\s+(?:of\s+)?{MONTH_NAME}{_YEAR}\b")),
    ("month_day", re.compile(rf"(?=[ADFJMNOS])\b{MONTH_NAME}\s+{_DAY}(?!\d){_YEAR}\b(?!\s*(?:people|persons|killed|%|memorial|museum|attacks?|bombings?|anniversary|massacre|commission|victims|uprising|movement|revolution))")),
    ("weekday", re.compile(
        r"(?=[FMSTWelnopt])\b(?P<mod>(?:(?:late|early|overnight)(?:\s+on)?|overnight\s+(?:into|to)|on|last|this|next|past)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        + _PART + r"\b")),
    ("relative", re.compile(
        r"(?=[aeloty])\b(?P<rel>the day before yesterday|yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|overnight|earlier today|"
        r"(?:late|early) (?:last night|yesterday)|(?-i:a day earlier|the previous day))\b",
        re.IGNORECASE)),
    ("ago", re.compile(r"(?=[\dtfs])\b(?P<ago>\d|two|three|four|five|six)\s+days\s+ago\b", re.IGNORECASE)),
    ("week", re.compile(r"(?=[\daelnopt])\b(?P<week>last week|this week|earlier this week|past week|next week|"
                        r"(?:over|at|during) the weekend|(?:last|this) weekend|(?P<weeks>an?|one|two|three|\d) weeks? ago)\b", re.IGNORECASE)),
    ("month_rel", re.compile(r"(?=[elnt])\b(?P<rel_month>last month|this month|earlier this month|next month)\b", re.IGNORECASE)),
    # "on New Year's Day", "on Christmas Eve": fixed-date holidays, the last one before publication.
    ("holiday", re.compile(r"(?=[NC])\b(?P<holiday>New Year[\x27’]?s? (?:Day|Eve)|Christmas (?:Day|Eve))\b")),
    ("month_only", re.compile(rf"(?=[deilmtDEILMT])\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|(?P<which>[Ll]ast|[Tt]his))\s+(?:(?:early|late|mid-?)\s*)?{MONTH_NAME}{_YEAR}\b(?!\s+\d)")),
]
_PATTERNS_BY_KIND = dict(_PATTERNS)
# Month names are capitalised in news text: patterns naming a month are tried only where one of these occurs.
MONTH_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_KINDS = frozenset({"day_range", "day_month", "month_day", "month_only"})
# Lower-case fragments a stretch of text must contain for each of the other patterns to be tried.
KIND_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "iso": ("-",), "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "relative": ("yesterday", "today", "tonight", "this ", "last night", "overnight", "day earlier", "previous day"), "week": ("week",), "month_rel": (" month",), "ago": (" ago",),
    "holiday": ("new year", "christmas"),
}
_HOLIDAYS = {("new", "day"): (1, 1), ("new", "eve"): (12, 31), ("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24)}
_FUTURE_TOLERANCE = timedelta(days=2)
# "officials said on Tuesday", "told AFP late Monday": the day of the report, not of the event it tells.
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|told(?: [\w.]+){0,2}|reported|confirmed|added|stated|wrote|denied|accused(?: [\w'’.-]+){1,3})\s+(?:(?:on|late|early)\s+)?$")
_REPORTED_AFTER = re.compile(r",?\s+(?:said|says|condemned|denied|claimed|accused|confirmed|reported|warned|told|rejected|blamed|dismissed|"
                             r"deplored|decried|critici[sz]ed|urged|called for|demanded)\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# A wire dateline: a town in capitals, perhaps its country, then the filing day, the agency and a dash.
_DATELINE_REACH = 60
# Or an Indian agency's, with no dash: "Bijapur (Chhattisgarh), Dec 1 (PTI) ".
_DATELINE_TOWN = re.compile(r"\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*)?,\s*|\s*[A-Z][\w.'’ -]+(?:\s*\([A-Z][\w .-]{1,30}\))?,\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—]|\s*\([A-Z][A-Za-z .]{1,20}\)\.?-?\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: the resolved day (None if it cannot be resolved), precision, words and offsets."""

    date: date | None
    precision: int
    text: str
    start: int
    end: int


def find_dates(text: str, published: datetime | None, start: int = 0, end: int | None = None, future_ok: bool = False,
               kinds: Collection[str] | None = None) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` in text order, resolved against ``published``.

    ``kinds`` are the patterns worth trying there, when the caller has already checked `KIND_FRAGMENTS` and `MONTH_WORDS`.
    """
    end = len(text) if end is None else end
    if kinds is None:
        kinds = date_kinds(text[start:end])
    if not kinds:
        return []
    anchor = published.date() if published else None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    dated: list[int] = []
    for kind, pattern in _PATTERNS:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken) or _in_dateline(text, m):
                continue
            mention = _resolve(kind, m, anchor, future_ok)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
                if kind in ("iso", "day_month", "month_day"):
                    dated.append(m.start())
    if dated and "weekday" in kinds:  # "on Thursday, December 10": the date says which Thursday
        found = [d for d in found if d.start in dated or not any(0 < start - d.end <= 2 and text[d.end:start].strip(" ,") == "" for start in dated)]
    return sorted(found, key=lambda d: d.start)


def _in_dateline(text: str, m: re.Match[str]) -> bool:
    """Whether the date is a wire dateline's ("KYIV, Nov 20 (Reuters) -"): the day the report was filed, not the event's."""
    return m.start() < _DATELINE_REACH and _DATELINE_TOWN.fullmatch(text, 0, m.start()) is not None \
        and _DATELINE_TAIL.match(text, m.end()) is not None


def reported_before(text: str, start: int) -> bool:
    """Whether the date opening at ``start`` follows a speech verb ("police said Monday"): the day of the report."""
    return _REPORTED_BEFORE.search(text, max(0, start - 30), start) is not None


def report_day(text: str, day: DateMention) -> bool:
    """Whether ``day`` is the day someone spoke, told after the verb ("police said Monday") or before it ("the UN on Wednesday
    condemned Tuesday's strike")."""
    return reported_before(text, day.start) or _REPORTED_AFTER.match(text, day.end) is not None


def told_from_report_day(day: DateMention, report: DateMention, published: date) -> DateMention:
    """A day told relative to now ("overnight", "yesterday") is relative to the day of the report the sentence names.

    "destroyed 12 drones overnight, the ministry said on Saturday": the night before Saturday, whenever the text is read.
    """
    if day.date is None or report.date is None or _PATTERNS_BY_KIND["relative"].fullmatch(day.text) is None:
        return day
    return DateMention(report.date - (published - day.date), day.precision, day.text, day.start, day.end)


def date_kinds(chunk: str) -> set[str]:
    """The date patterns that can match in ``chunk``: those whose fragments it holds."""
    lower = chunk.lower()
    kinds = {kind for kind, words in KIND_FRAGMENTS.items() if any(w in lower for w in words)}
    if any(w in chunk for w in MONTH_WORDS):
        kinds |= MONTH_KINDS
    return kinds


def _resolve(kind: str, m: re.Match[str], anchor: date | None, future_ok: bool) -> DateMention | None:
    words, s, e = m.group(0).strip(), m.start(), m.end()
    if kind in ("iso", "day_range", "day_month", "month_day"):
        month = month_number(m.group("month"))
        day = int(m.group("first" if kind == "day_range" else "day"))
        year = int(m.group("year")) if m.group("year") else None
        if year is None and anchor is None:
            return DateMention(None, 1, words, s, e)
        try:
            value = date(year or anchor.year, month, day)  # type: ignore[union-attr]
        except ValueError:
            return None
        if year is None and anchor is not None and value > anchor + _FUTURE_TOLERANCE and not future_ok:
            value = value.replace(year=value.year - 1)
        return DateMention(value, 1, words, s, e)
    if kind == "weekday":
        if anchor is None:
            return DateMention(None, 1, words, s, e)
        weekday = _WEEKDAYS[m.group("weekday").lower()]
        mod = (m.group("mod") or "").strip().lower()
        if mod == "next":
            value = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
        elif future_ok and mod not in ("last", "past"):
            if reported_before(m.string, s):
                return None  # "will visit next week, his office said on Tuesday": the day of the report, not of the visit
            value = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)  # "will meet on Thursday": the coming one
        else:
            back = (anchor.weekday() - weekday) % 7
            if mod in ("last", "past") and back == 0:
                back = 7
            value = anchor - timedelta(days=back)
        return DateMention(value, 1, words, s, e)
    if kind == "relative":
        if anchor is None:
            return DateMention(None, 1, words, s, e)
        rel = m.group("rel").lower()
        days = 2 if "before yesterday" in rel else 1 if "yesterday" in rel or "last night" in rel or rel in ("a day earlier", "the previous day") else 0
        return DateMention(anchor - timedelta(days=days), 1, words, s, e)
    if kind == "ago":
        if anchor is None:
            return DateMention(None, 1, words, s, e)
        count = m.group("ago").lower()
        return DateMention(anchor - timedelta(days=int(count) if count.isdigit() else _COUNTS[count]), 1, words, s, e)
    if kind == "week":
        if anchor is None:
            return DateMention(None, 2, words, s, e)
        week = m.group("week").lower()
        if week == "next week":
            return DateMention(anchor + timedelta(days=7 - anchor.weekday()), 2, words, s, e) if future_ok else None
        if week.endswith("weekend"):  # the Saturday of the weekend just gone (or under way)
            return DateMention(anchor - timedelta(days=(anchor.weekday() - 5) % 7), 2, words, s, e)
        if week.endswith("ago"):
            weeks = m.group("weeks").lower()
            return DateMention(anchor - timedelta(weeks=int(weeks) if weeks.isdigit() else _COUNTS.get(weeks, 1)), 2, words, s, e)
        back = 7 if week in ("last week", "past week") else 0
        return DateMention(anchor - timedelta(days=back + anchor.weekday()), 2, words, s, e)
    if kind == "holiday":
        if anchor is None:
            return DateMention(None, 1, words, s, e)
        named = words.lower().split()
        month, day = _HOLIDAYS[named[0], named[-1]]
        value = date(anchor.year, month, day)
        if value > anchor + _FUTURE_TOLERANCE and not future_ok:
            value = value.replace(year=value.year - 1)
        return DateMention(value, 1, words, s, e)
    if kind == "month_rel":
        if anchor is None:
            return DateMention(None, 3, words, s, e)
        first = anchor.replace(day=1)
        which = m.group("rel_month").lower()
        if which == "next month":
            return DateMention(first + relativedelta(months=1), 3, words, s, e) if future_ok else None
        return DateMention(first - relativedelta(months=1) if which == "last month" else first, 3, words, s, e)
    month = month_number(m.group("month"))
    year = int(m.group("year")) if m.group("year") else (anchor.year if anchor else None)
    if year is None:
        return DateMention(None, 3, words, s, e)
    value = date(year, month, 1)
    if not m.group("year") and anchor is not None and (value > anchor and not future_ok
                                                       or (m.group("which") or "").lower() == "last" and month == anchor.month):
        value -= relativedelta(years=1)  # "last May", told in May: a year ago
    return DateMention(value, 3, words, s, e)


def month_number(token: str) -> int:
    """The month (1-12) a month name, abbreviation or number names."""
    token = token.lower().rstrip(".")
    return int(token) if token.isdigit() else _MONTHS.get(token, _MONTHS.get(token[:3], 1))
