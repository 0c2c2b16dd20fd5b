"""Alert rules from a TOML file, and which events they match."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Literal

import msgspec

from schemas import Event
from worker.keys import type_key

Severity = Literal["info", "warning", "critical"]
Names = list[str] | str


class Rate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A spike: ``count`` matching events about one ``per`` subject within ``window`` seconds."""

    count: int
    window: int
    per: Literal["place", "region", "country", "type"] = "place"


class EventRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What an event must be to raise an alert: every given criterion holds; a list matches any of its items."""

    name: str
    severity: Severity = "warning"
    event_type: Names = []
    sub_event_type: Names = []
    modality: Names = []
    country: Names = []
    """Country names or ISO codes (a watch list)."""
    region: Names = []
    """First-level regions (``admin1``), e.g. ``Kursk Oblast``."""
    place: Names = []
    keywords: Names = []
    """Whole words or phrases looked for in the event's title and evidence sentence."""
    min_severity: int | None = None
    min_killed: int | None = None
    min_injured: int | None = None
    min_casualties: int | None = None
    """Killed plus injured."""
    rate: Rate | None = None
    """Present: the rule fires on a spike of matching events, not on each one."""

    def matches(self, event: Event) -> bool:
        """True when the event meets every criterion of the rule (rate aside)."""
        location = event.location
        casualties = event.casualties
        killed = (casualties.killed or 0) if casualties else 0
        injured = (casualties.injured or 0) if casualties else 0
        checks = (
            _any_of(self.event_type, event.event_type, type_key(event.event_type)),
            _any_of(self.sub_event_type, event.sub_event_type),
            _any_of(self.modality, event.modality),
            _any_of(self.country, location and location.country, location and location.country_code),
            _any_of(self.region, location and location.admin1),
            _any_of(self.place, location and location.name),
            self.min_severity is None or event.severity >= self.min_severity,
            self.min_killed is None or killed >= self.min_killed,
            self.min_injured is None or injured >= self.min_injured,
            self.min_casualties is None or killed + injured >= self.min_casualties,
            not self.keywords or _mentions(_names(self.keywords), f"{event.title or ''}\n{event.evidence.sentence}"),
        )
        return event.status == "active" and all(checks)

    def subject(self, event: Event) -> str:
        """What a rate rule counts per: the place, region, country or event type of the event."""
        location = event.location
        per = self.rate.per if self.rate else "place"
        value = {
            "place": location and location.name,
            "region": location and location.admin1,
            "country": location and location.country,
            "type": event.event_type,
        }[per]
        return type_key(value or "unknown")


class Check(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A periodic check: dead letters growing, a feed gone silent, a consumer group lagging."""

    name: str
    kind: Literal["dlq_growth", "feed_silent", "group_lag"]
    severity: Severity = "warning"
    count: int = 10
    """dlq_growth: dead letters within ``window``; group_lag: unread plus pending entries of one group."""
    window: int = 3600
    """Seconds: the dlq_growth window, the feed_silent silence, and how often a lasting condition re-alerts."""


class Output(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Where alerts go besides the alerts stream."""

    log: bool = True
    """One WARNING log line per alert."""
    webhook: bool = True
    """POST each alert to EVENTWIRE_ALERT_WEBHOOK_URL when it is set."""


class RuleSet(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A rules file: ``[[rule]]`` tables, ``[[check]]`` tables and an ``[output]`` table."""

    rule: list[EventRule] = []
    check: list[Check] = []
    output: Output = Output()


def load_rules(path: Path) -> RuleSet:
    """Parse and validate a rules file; a mistake is a ValueError naming the file and the field."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        rules = msgspec.convert(raw, RuleSet)
    except (OSError, tomllib.TOMLDecodeError, msgspec.ValidationError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    names = [item.name for item in [*rules.rule, *rules.check]]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ValueError(f"{path}: rule names must be unique, repeated: {', '.join(duplicated)}")
    return rules


def event_time(event: Event, now: datetime) -> float:
    """When an event counts for rate rules: its article's publication time, else now."""
    published = event.source.published_at if event.source else None
    return (published or now).timestamp()


def _names(value: Names) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _any_of(wanted: Names, *actual: str | None) -> bool:
    if not wanted:
        return True
    have = {_fold(value) for value in actual if value}
    return any(_fold(item) in have for item in _names(wanted))


def _mentions(keywords: list[str], text: str) -> bool:
    folded = _fold(text)
    return any(re.search(rf"(?<!\w){re.escape(_fold(word))}(?!\w)", folded) for word in keywords)
