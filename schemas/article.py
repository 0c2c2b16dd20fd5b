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


class DedupVerdict(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Why an article was accepted or dropped as a duplicate."""

    verdict: Literal["unique", "duplicate"]
    layer: Literal["exact"] = "exact"
    key: str = ""
    """The key that decided: the article id for the exact layer."""
    matched: str | None = None
    """The article id this one duplicates, if any."""


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
