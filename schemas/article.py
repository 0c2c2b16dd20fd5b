"""Article models: the raw shape every source produces and the normalized `article/1` message."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

ARTICLE_SCHEMA = "article/1"


class RawArticle(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One article as a source hands it over, before normalization.

    Replayed files, parsed feed entries and submitted JSON lines all end in this shape.
    """

    text: str
    title: str | None = None
    url: str | None = None
    guid: str | None = None
    published_at: datetime | None = None
    publisher: str | None = None
    feed: str | None = None
    language: str | None = None
    origin: str | None = None
    """Where the article came from: a file path, a feed URL or ``submit``."""
    replay: bool = False
    author: str | None = None
    tags: list[str] = []
    """Categories from the feed entry, then the feed's own tags."""


class EventDedup(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What the event layer made of one event of the article: a new cluster, or a source of an existing one."""

    event_id: str
    """The id the event would have on its own."""
    verdict: Literal["new", "merged"]
    cluster_id: str
    """The event id of the cluster's first event: the id every update of the cluster is written under."""
    revision: int = 1
    key: str = ""
    """What matched: ``near:<article id>`` (same story), ``place:<type>|<place>|<date>`` (same event) or empty."""


class DedupVerdict(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Why an article was accepted or dropped as a duplicate, and by which layer."""

    verdict: Literal["unique", "duplicate", "near_duplicate"]
    """``near_duplicate``: accepted as a new source or update of the story it matched (``matched``)."""
    layer: Literal["exact", "near", "event"] = "exact"
    """The layer that decided: exact keys, near-duplicate text, or (all events joined existing clusters) event."""
    key: str = ""
    """The key that decided: ``guid``, ``url`` or ``content`` for the exact layer, ``minhash`` for the near layer."""
    matched: str | None = None
    """The article id this one duplicates, if any."""
    score: float | None = None
    """Near layer: the estimated Jaccard similarity of the word shingles with the closest article."""
    reason: str | None = None
    """Why the identity is not the usual one, e.g. ``guid reused by different content``."""
    events: list[EventDedup] = []
    """Event layer: one verdict per event of the article."""


class Article(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A normalized article, schema ``article/1``: clean text, canonical URL, UTC time, stable id."""

    article_id: str
    title: str
    text: str
    content_hash: str
    url: str | None = None
    canonical_url: str | None = None
    guid: str | None = None
    published_at: datetime | None = None
    publisher: str | None = None
    feed: str | None = None
    language: str | None = None
    origin: str | None = None
    replay: bool = False
    dedup: DedupVerdict | None = None
