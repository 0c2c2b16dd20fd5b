"""One poll of one feed without I/O of its own: fetch, parse, pick new entries, compute the next state."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import msgspec

from schemas.article import RawArticle
from schemas.feed import Feed, FeedState, FetchOutcome
from worker.errors import PermanentError
from worker.ids import stable_hash
from worker.pipeline.feed_health import Condition, HealthRules, conditions
from worker.pipeline.fetch import THROTTLE_STATUSES, FetchFailed, Schedule, next_check
from worker.pipeline.parse import ParsedFeed
from worker.protocols import Fetcher

SEEN_LIMIT = 2000
"""Entry fingerprints kept per feed beyond those of the current document (always all kept)."""
_ERROR_CHARS = 300

Parse = Callable[[bytes, str], ParsedFeed]
"""Parses a body for a feed URL; raises `PermanentError` (with a ``reason``) when it refuses."""


@dataclass(frozen=True)
class PollRules:
    """The scheduling bounds and health rules one poll applies."""

    schedule: Schedule = field(default_factory=Schedule)
    health: HealthRules = field(default_factory=HealthRules)


@dataclass(frozen=True)
class PollReport:
    """What one poll did: the feed's next state, the entries to send, when to come back."""

    state: FeedState
    articles: list[RawArticle]
    next_check_seconds: int
    conditions: list[Condition]

    @property
    def outcome(self) -> FetchOutcome | None:
        """The poll's outcome as recorded in the state."""
        return self.state.last_outcome


def poll(feed: Feed, state: FeedState, *, fetcher: Fetcher, parse: Parse, rules: PollRules, now: datetime) -> PollReport:
    """Fetch the feed once and fold the result into its state; never raises for bad input or bad servers."""
    try:
        response = fetcher.fetch(feed.url, etag=state.etag, last_modified=state.last_modified)
    except FetchFailed as exc:
        fetched = msgspec.structs.replace(state, last_fetch_at=now, last_status=exc.status)
        return _failed(feed, fetched, "error", str(exc), {}, rules, now)
    except Exception as exc:  # noqa: BLE001 - a bug or an unforeseen server must not stop the poller
        fetched = msgspec.structs.replace(state, last_fetch_at=now, last_status=None)
        return _failed(feed, fetched, "error", f"unexpected: {type(exc).__name__}: {exc}", {}, rules, now)
    fetched = msgspec.structs.replace(
        state,
        last_fetch_at=now,
        last_status=response.status,
        fetch_ms=int(response.elapsed * 1000),
        final_url=response.url if response.url != feed.url else None,
    )
    if response.status == 304:
        fresh = msgspec.structs.replace(
            fetched, last_outcome="not_modified", new_entries=0, consecutive_errors=0, last_success_at=now
        )
        return _finish(feed, fresh, [], response.headers, None, rules, now)
    if response.status in THROTTLE_STATUSES:
        return _failed(feed, fetched, "throttled", f"HTTP {response.status}", response.headers, rules, now)
    if response.status != 200:
        return _failed(feed, fetched, "error", f"HTTP {response.status}", response.headers, rules, now)
    if not response.body.strip():
        return _failed(feed, fetched, "ill_formed", "empty body", response.headers, rules, now, ill_formed="empty body")
    try:
        parsed = parse(response.body, feed.url)
    except PermanentError as exc:
        code = getattr(exc, "reason", "parse_error")
        reason = str(exc) if code in str(exc) else f"{code}: {exc}"
        return _failed(feed, fetched, "rejected", reason, response.headers, rules, now, ill_formed=reason)
    except Exception as exc:  # noqa: BLE001
        reason = f"parse_error: unexpected {type(exc).__name__}: {exc}"
        return _failed(feed, fetched, "rejected", reason, response.headers, rules, now, ill_formed=reason)
    if not parsed.version:
        why = parsed.bozo_reason or "not a feed"
        return _failed(feed, fetched, "ill_formed", f"not a feed: {why}", response.headers, rules, now, ill_formed=why)
    return _parsed(feed, fetched, parsed, response.headers, rules, now)


def _parsed(
    feed: Feed, state: FeedState, parsed: ParsedFeed, headers: Mapping[str, str], rules: PollRules, now: datetime
) -> PollReport:
    entries = prepare_entries(parsed.entries, feed)
    seen = set(state.seen)
    fresh = [entry for entry in entries if fingerprint(entry) not in seen]
    fingerprints = list(dict.fromkeys(fingerprint(entry) for entry in entries))
    current = set(fingerprints)
    kept = fingerprints + [f for f in state.seen if f not in current]
    # Silence is measured from the newest entry date, or from when an undated new entry showed up,
    # else from the first successful fetch.
    undated_arrival = now if any(e.published_at is None for e in fresh) else None
    activity = [d for d in (state.last_new_entry_at, _newest(entries, now), undated_arrival) if d]
    last_new = max(activity) if activity else now
    next_state = msgspec.structs.replace(
        state,
        etag=headers.get("etag") or None,
        last_modified=headers.get("last-modified") or None,
        title=parsed.title or state.title,
        last_outcome="new" if fresh else "ok",
        entries=len(entries),
        new_entries=len(fresh),
        entries_total=state.entries_total + len(fresh),
        consecutive_errors=0,
        ill_formed=_ill_formed(parsed),
        last_success_at=now,
        last_new_entry_at=last_new,
        rhythm_seconds=_rhythm(entries, state, fresh, now),
        seen=kept[: max(SEEN_LIMIT, len(fingerprints))],
    )
    return _finish(feed, next_state, fresh, headers, parsed.ttl_minutes, rules, now)


def _failed(
    feed: Feed,
    state: FeedState,
    outcome: FetchOutcome,
    error: str,
    headers: Mapping[str, str],
    rules: PollRules,
    now: datetime,
    *,
    ill_formed: str | None = None,
) -> PollReport:
    failed = msgspec.structs.replace(
        state,
        last_outcome=outcome,
        new_entries=0,
        consecutive_errors=state.consecutive_errors + 1,
        errors_total=state.errors_total + 1,
        last_error=error[:_ERROR_CHARS],
        last_error_at=now,
        ill_formed=ill_formed[:_ERROR_CHARS] if ill_formed else state.ill_formed,
    )
    return _finish(feed, failed, [], headers, None, rules, now)


def _finish(
    feed: Feed,
    state: FeedState,
    articles: list[RawArticle],
    headers: Mapping[str, str],
    ttl_minutes: int | None,
    rules: PollRules,
    now: datetime,
) -> PollReport:
    seconds, reason = next_check(
        interval=feed.interval,
        schedule=rules.schedule,
        now=now,
        headers=headers,
        feed_ttl_minutes=ttl_minutes,
        consecutive_errors=state.consecutive_errors,
    )
    state = msgspec.structs.replace(state, next_check_at=now + timedelta(seconds=seconds), next_check_reason=reason)
    found = conditions(feed, state, now, rules.health)
    state = msgspec.structs.replace(state, health=[c.kind for c in found])
    return PollReport(state, articles, seconds, found)


def prepare_entries(entries: list[RawArticle], feed: Feed) -> list[RawArticle]:
    """Entries as the pipeline gets them: the feed as source, its tags added, and a stable identity.

    An entry's identity is its GUID, else its link. When several entries of one document share
    that key (feeds that give every item the same link, or repeat one GUID), the key identifies
    nothing, so each such entry gets ``urn:eventwire:entry:<hash of key, title and text>`` as GUID.
    """
    shared = Counter(entry.guid or entry.url for entry in entries)
    prepared = []
    for entry in entries:
        key = entry.guid or entry.url
        guid = entry.guid
        if key and shared[key] > 1:
            guid = "urn:eventwire:entry:" + stable_hash(key, entry.title or "", entry.text)
        tags = list(dict.fromkeys([*entry.tags, *feed.tags]))
        prepared.append(msgspec.structs.replace(entry, guid=guid, feed=feed.url, origin=feed.url, tags=tags))
    return prepared


def fingerprint(entry: RawArticle) -> str:
    """What makes an entry the same entry on the next fetch."""
    if entry.guid:
        return stable_hash("guid", entry.guid, length=16)
    if entry.url:
        return stable_hash("url", entry.url, length=16)
    return stable_hash("text", entry.title or "", entry.text, length=16)


def _ill_formed(parsed: ParsedFeed) -> str | None:
    """Why the document is malformed; a mis-declared charset that was repaired does not count (feedparser #81)."""
    if not parsed.bozo or (parsed.bozo_reason or "").startswith("CharacterEncodingOverride"):
        return None
    return parsed.bozo_reason or "malformed"


def _newest(entries: list[RawArticle], now: datetime) -> datetime | None:
    dates = [e.published_at for e in entries if e.published_at and e.published_at <= now]
    return max(dates) if dates else None


def _rhythm(entries: list[RawArticle], state: FeedState, fresh: list[RawArticle], now: datetime) -> int | None:
    """The median gap between the entries' dates; without dates, a moving average of observed arrivals."""
    dates = sorted({e.published_at for e in entries if e.published_at and e.published_at <= now})
    gaps = [(b - a).total_seconds() for a, b in zip(dates, dates[1:])]
    if len(gaps) >= 2:
        return max(1, int(statistics.median(gaps)))
    if fresh and state.last_new_entry_at and state.last_success_at:
        observed = (now - state.last_new_entry_at).total_seconds()
        if state.rhythm_seconds is None:
            return max(1, int(observed))
        return max(1, int(0.7 * state.rhythm_seconds + 0.3 * observed))
    return state.rhythm_seconds
