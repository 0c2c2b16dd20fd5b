"""Feed models: a subscribed feed and its polling state as stored in Redis (not stream messages)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

FetchOutcome = Literal["new", "ok", "not_modified", "throttled", "error", "rejected", "ill_formed"]


class Feed(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A subscribed feed: where it is, how often to poll it, how to label its articles."""

    feed_id: str
    """Derived from the URL, so adding the same URL twice keeps one feed."""
    url: str
    interval: int
    """Seconds between polls when the server gives no longer hint."""
    tags: list[str] = []
    added_at: datetime | None = None


class FeedState(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What the poller remembers between fetches of one feed."""

    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    final_url: str | None = None
    """Where the last fetch ended after redirects, when that differs from the feed URL."""
    last_fetch_at: datetime | None = None
    last_status: int | None = None
    last_outcome: FetchOutcome | None = None
    fetch_ms: int | None = None
    entries: int = 0
    """Usable entries in the last parsed document."""
    new_entries: int = 0
    """Entries of the last parsed document not seen before (sent to the pipeline)."""
    entries_total: int = 0
    """Every entry ever sent to the pipeline from this feed."""
    next_check_at: datetime | None = None
    next_check_reason: str | None = None
    consecutive_errors: int = 0
    errors_total: int = 0
    last_error: str | None = None
    last_error_at: datetime | None = None
    ill_formed: str | None = None
    """Why the last parsed document was malformed, or None if it was well-formed."""
    last_success_at: datetime | None = None
    last_new_entry_at: datetime | None = None
    """When the feed last showed an entry not seen before (or the newest entry's date, if later)."""
    rhythm_seconds: int | None = None
    """Typical gap between new entries: from the entries' dates, else from observed arrivals."""
    health: list[str] = []
    """Active health conditions: feed_failing, feed_silent, feed_ill_formed."""
    seen: list[str] = []
    """Fingerprints of recent entries, newest first, bounded."""
