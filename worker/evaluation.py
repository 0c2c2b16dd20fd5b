"""Measure analysis against a labelled CSV: classification report plus date, place, country and fatality match rates."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from schemas import Article, Event
from worker.ids import article_id, content_hash
from worker.metrics import NONE_LABEL, Report, classification_report, format_report, rate
from worker.pipeline.gazetteer import country_code_for, fold
from worker.pipeline.region_names import same_region

Analyzer = Callable[[Article], list[Event]]
_DATE_FORMATS = ("%d-%b-%y", "%d-%B-%Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M", "%d/%m/%Y", "%m/%d/%Y")
_EVENT_LABELS = ("event_type", "sub_event_type", "family", "modality")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which CSV columns hold the text, the label and the extraction truth (``None``: not measured)."""

    text: str = "notes"
    label: str | None = "sub_event_type"
    date: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    fatalities: str | None = None
    published: str | None = None
    title: str | None = None
    split_text: str | None = None
    """A separator joining several texts in one cell (UCDP headlines use ``;``)."""


PRESETS: dict[str, Columns] = {
    "acled": Columns(
        text="notes", label="sub_event_type", date="event_date", location="location", admin1="admin1",
        country="country", country_code="iso3", fatalities="fatalities", published="timestamp",
    ),
    "ucdp": Columns(
        text="source_headline", label=None, date="date_start", admin1="adm_1", country="country",
        fatalities="best", published="source_date", split_text=";",
    ),
}


@dataclass(slots=True)
class Evaluation:
    """The outcome of one evaluation run."""

    report: Report
    extraction: dict[str, tuple[float, int]] = field(default_factory=dict)
    seconds: float = 0.0
    label: str = "event"

    def lines(self) -> list[str]:
        """The printable report; the last line is :meth:`Report.summary_line`."""
        out = [f"label: {self.label}", *format_report(self.report), "", "extraction (share of rows with that truth)"]
        for name, (value, counted) in self.extraction.items():
            out.append(f"  {name:<44} {value:7.2%}  (n={counted})")
        if self.seconds > 0 and self.report.n:
            out.append(f"  {'articles/s':<44} {self.report.n / self.seconds:7,.0f}")
        out.append(self.report.summary_line())
        return out


def columns_for(fieldnames: Sequence[str], preset: str | None = None, **overrides: str | None) -> Columns:
    """The preset (default: ``acled`` when its columns are present) with explicit options on top."""
    name = preset or ("ucdp" if "source_headline" in fieldnames and "notes" not in fieldnames else "acled")
    base = PRESETS[name]
    known = {k: v for k, v in overrides.items() if v is not None}
    columns = replace(base, **known)
    # Truth columns a file does not have are simply not measured.
    missing = {k: None for k in ("date", "location", "admin1", "country", "country_code", "fatalities", "published", "title")
               if getattr(columns, k) is not None and getattr(columns, k) not in fieldnames and k not in known}
    return replace(columns, **missing)


def read_rows(path: Path, text_col: str, limit: int | None = None) -> tuple[list[dict[str, str]], list[str]]:
    """Rows of a CSV file with a non-empty text cell, and the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fieldnames = list(reader.fieldnames or [])
        if text_col not in fieldnames:
            raise ValueError(f"{path}: no column {text_col!r} (columns: {', '.join(fieldnames)})")
        rows = [r for r in reader if (r.get(text_col) or "").strip()]
    return (rows[:limit] if limit else rows), fieldnames


def row_article(row: dict[str, str], columns: Columns, index: int) -> Article:
    """An article from one CSV row (several ``split_text`` texts become lines of one article)."""
    text = row[columns.text].strip()
    if columns.split_text:
        text = "\n".join(part.strip() for part in text.split(columns.split_text) if part.strip() not in ("", "-"))
    title = (row.get(columns.title) or "").strip() if columns.title else ""
    published = parse_published(row.get(columns.published, "")) if columns.published else None
    return Article(
        article_id=article_id(guid=f"row-{index}", canonical_url=None, content=text),
        title=title, text=text, content_hash=content_hash(text), published_at=published,
    )


def parse_day(value: str) -> date | None:
    """A calendar day from the date spellings labelled data uses (``9-May-20``, ``1/22/2014 12:00:00 AM``, ISO)."""
    value = value.strip().split(";")[0].strip()
    if not value:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_published(value: str) -> datetime | None:
    """Publication time from epoch seconds or a day; ``None`` when absent or unreadable."""
    value = (value or "").strip()
    if value.isdigit():
        return datetime.fromtimestamp(int(value), tz=timezone.utc)
    day = parse_day(value)
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc) if day else None


def predicted_label(events: list[Event], label: str) -> str:
    """The label of the first event (text order), or ``(none)``."""
    if not events:
        return NONE_LABEL
    value = getattr(events[0], label if label in _EVENT_LABELS else "sub_event_type")
    return str(value) if value else NONE_LABEL


def evaluate(rows: Sequence[dict[str, str]], columns: Columns, analyzer: Analyzer) -> Evaluation:
    """Run ``analyzer`` over the rows and score it."""
    articles = [row_article(row, columns, i) for i, row in enumerate(rows)]
    if articles:
        analyzer(articles[0])  # load data files first: the rate is per-article work, not start-up
    started = time.perf_counter()
    results = [analyzer(a) for a in articles]
    seconds = time.perf_counter() - started
    if columns.label:
        pairs = [(row[columns.label].strip() or NONE_LABEL, predicted_label(ev, columns.label)) for row, ev in zip(rows, results)]
    else:  # every labelled row reports an event: the score is whether one was found
        pairs = [("event", "event" if ev else NONE_LABEL) for ev in results]
    evaluation = Evaluation(classification_report(pairs), seconds=seconds, label=columns.label or "event found")
    evaluation.extraction = extraction_rates(rows, results, columns)
    return evaluation


def extraction_rates(rows: Sequence[dict[str, str]], results: Sequence[list[Event]], columns: Columns) -> dict[str, tuple[float, int]]:
    """Match rates of the first event's fields against each truth column the file has."""
    checks: dict[str, Callable[[dict[str, str], Event | None], bool | None]] = {}
    if columns.date:
        checks["event date exact day"] = lambda row, ev: _date_match(row[columns.date], ev)
    if columns.location or columns.admin1:
        checks["location name or admin1"] = lambda row, ev: _place_match(row, ev, columns)
    if columns.admin1:
        checks["admin1"] = lambda row, ev: _admin1_match(row[columns.admin1], ev) if row[columns.admin1].strip() else None
    if columns.country:
        checks["country"] = lambda row, ev: _country_match(row, ev, columns)
    if columns.fatalities:
        checks["fatalities exact"] = lambda row, ev: _fatalities_match(row[columns.fatalities], ev)
    out: dict[str, tuple[float, int]] = {}
    for name, check in checks.items():
        out[name] = rate(check(row, events[0] if events else None) for row, events in zip(rows, results))
    if any(not events for events in results):  # extraction quality apart from detection: rows that yielded an event
        for name, check in checks.items():
            out[f"{name} | rows with event"] = rate(check(row, events[0]) for row, events in zip(rows, results) if events)
    return out


def _date_match(value: str, event: Event | None) -> bool | None:
    truth = parse_day(value)
    if truth is None:
        return None
    return event is not None and event.occurred is not None and event.occurred.date == truth


def _place_match(row: dict[str, str], event: Event | None, columns: Columns) -> bool | None:
    name = (row.get(columns.location) or "").strip() if columns.location else ""
    admin1 = (row.get(columns.admin1) or "").strip() if columns.admin1 else ""
    if not name and not admin1:
        return None
    if event is None or event.location is None:
        return False
    loc = event.location
    if name and fold(name) in {fold(loc.name), fold(loc.text or "")}:
        return True
    return bool(admin1) and bool(_admin1_match(admin1, event))


def _admin1_match(value: str, event: Event | None) -> bool:
    """The event's region is the labelled one: the same region however each source spells it, never a neighbour."""
    if event is None or event.location is None:
        return False
    loc = event.location
    names = [loc.admin1] if loc.admin1 else [loc.name] if loc.precision == 3 and loc.name != loc.country else []
    return any(same_region(value, name, loc.country_code) for name in names)


def _country_match(row: dict[str, str], event: Event | None, columns: Columns) -> bool | None:
    name = (row.get(columns.country) or "").strip()
    if not name:
        return None
    if event is None or event.location is None:
        return False
    code = country_code_for((row.get(columns.country_code) or "").strip() if columns.country_code else "") or country_code_for(name)
    if code and event.location.country_code:
        return code == event.location.country_code
    return fold(name) == fold(event.location.country or "")


def _fatalities_match(value: str, event: Event | None) -> bool | None:
    value = value.strip()
    if not re.fullmatch(r"\d+", value):
        return None
    killed = event.casualties.killed if event is not None and event.casualties and event.casualties.killed is not None else 0
    return killed == int(value)


def iter_lines(evaluation: Evaluation) -> Iterator[str]:
    """The report lines, for printing."""
    yield from evaluation.lines()
