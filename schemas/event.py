"""The `event/1` message: one classified event with its place, time, participants and evidence."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import msgspec

EVENT_SCHEMA = "event/1"

Modality = Literal["occurred", "planned", "claimed", "intercepted", "denied"]
Family = Literal["acled", "civic", "out_of_scope"]
Precision = Literal[1, 2, 3]


class Location(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Where the event happened; ``precision`` follows ACLED geo precision (1 town, 2 near/part, 3 region)."""

    name: str
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision = 3
    text: str | None = None
    """The words in the article the location came from."""


class Occurred(msgspec.Struct, kw_only=True, omit_defaults=True):
    """When the event happened; ``precision`` follows ACLED time precision (1 day, 2 week, 3 month)."""

    date: date | None = None
    precision: Precision = 3
    text: str | None = None
    """The words the date came from, e.g. ``late Thursday evening``."""


class Actor(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A party to the event: state forces, armed group, party, protesters, civilians, …"""

    name: str
    kind: str
    role: Literal["actor1", "actor2", "associated", "target", "source"] = "actor1"


class Person(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A named person and the role the article gives them (``city head``, ``governor``)."""

    name: str
    role: str | None = None


class Quantity(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A number and what it counts, e.g. 40 ``courtyards``."""

    value: float
    unit: str
    text: str
    approximate: bool = False


class Casualties(msgspec.Struct, kw_only=True, omit_defaults=True):
    """People killed and injured; ``None`` means not reported, 0 means reported as none."""

    killed: int | None = None
    injured: int | None = None
    at_least: bool = False
    text: str | None = None


class Evidence(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The sentence(s) an event rests on, with character offsets into the article text (or its title, ``in_title``)."""

    sentence: str
    start: int
    end: int
    cues: list[str] = []
    """The taxonomy cues that fired, so a classification can be explained."""
    in_title: bool = False
    """The sentence is the article's title (which its text does not repeat): the offsets index the title."""


class Source(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Where the report came from: feed, URL, publisher, and the channel the article cites."""

    feed: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: datetime | None = None
    channel: str | None = None
    """The reported channel, e.g. ``Telegram channel`` of the city head."""
    article_id: str | None = None
    """The article this source is, in ``Event.sources``."""
    syndicated: bool = False
    """In ``Event.sources``: the text is a near-duplicate of an earlier source (a wire copy), not an independent report."""


class Event(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One event an article reports, schema ``event/1``."""

    event_id: str
    article_id: str
    event_type: str
    sub_event_type: str | None
    family: Family
    modality: Modality
    confidence: float
    severity: int
    """0 (none) to 5 (mass casualties): a coarse rank for alert rules."""
    evidence: Evidence
    location: Location | None = None
    occurred: Occurred | None = None
    actors: list[Actor] = []
    people: list[Person] = []
    quantities: list[Quantity] = []
    casualties: Casualties | None = None
    damage: list[str] = []
    source: Source | None = None
    cluster_id: str | None = None
    sources_count: int = 1
    revision: int = 1
    taxonomy_version: str = ""
    pipeline_version: str = ""
    replay: bool = False
    title: str | None = None
    """A short human-readable summary line for tails and alerts."""
    language: str | None = None
    """ISO 639-1 code of the article's language, as detected (``en`` for the English rules)."""
    status: Literal["active", "merged", "retracted"] = "active"
    """Lifecycle: ``merged`` into the event ``merged_into``, or ``retracted`` for ``retraction_reason``."""
    merged_into: str | None = None
    retraction_reason: str | None = None
    sources: list[Source] = []
    """Every article reporting the event so far (event-level dedup), the first one first; ``sources_count`` counts them."""
    independent_sources: int = 1
    """Distinct publishers among the sources that are not syndicated copies."""
