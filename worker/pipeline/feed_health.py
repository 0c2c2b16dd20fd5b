"""Feed health: failing, silent or ill-formed feeds, and the `alert/1` entries that report them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import msgspec

from schemas.alert import ALERT_SCHEMA, Alert
from schemas.feed import Feed, FeedState
from worker.ids import stable_hash
from worker.keys import Keys
from worker.protocols import StreamEntry

_encode = msgspec.json.Encoder().encode


@dataclass(frozen=True)
class HealthRules:
    """When a feed counts as unhealthy, and how often an ongoing condition is re-raised."""

    failing_after: int = 5
    """Consecutive failed fetches before the feed is failing."""
    silent_factor: int = 10
    """Silent when no new entry for this many times its usual rhythm (or interval, if longer)."""
    alert_window: int = 86_400
    """One alert per feed and condition per window of this many seconds."""


@dataclass(frozen=True)
class Condition:
    """One unhealthy condition of a feed."""

    kind: str
    """``feed_failing``, ``feed_silent`` or ``feed_ill_formed`` (the alert kinds)."""
    detail: str


def conditions(feed: Feed, state: FeedState, now: datetime, rules: HealthRules) -> list[Condition]:
    """Every condition the feed is in right now."""
    found = []
    if state.consecutive_errors >= rules.failing_after:
        found.append(
            Condition("feed_failing", f"{state.consecutive_errors} failed fetches in a row; last: {state.last_error}")
        )
    if state.ill_formed:
        found.append(Condition("feed_ill_formed", state.ill_formed))
    if state.last_success_at and state.last_new_entry_at:
        rhythm = max(state.rhythm_seconds or 0, feed.interval)
        quiet = (now - state.last_new_entry_at).total_seconds()
        if quiet > rules.silent_factor * rhythm:
            found.append(
                Condition("feed_silent", f"no new entry for {quiet / 3600:.1f} h; usual rhythm {rhythm / 3600:.1f} h")
            )
    return found


def alert_for(feed: Feed, condition: Condition, state: FeedState, now: datetime, rules: HealthRules) -> Alert:
    """The alert of one condition; its id is fixed per feed, condition and window, so repeats write nothing."""
    window = int(now.timestamp()) // rules.alert_window
    severity = "critical" if condition.kind == "feed_failing" else "warning"
    titles = {"feed_failing": "feed keeps failing", "feed_silent": "feed went silent", "feed_ill_formed": "feed is ill-formed"}
    return Alert(
        alert_id="al_" + stable_hash(feed.feed_id, condition.kind, str(window)),
        kind=condition.kind,  # type: ignore[arg-type]
        rule="feed_health",
        severity=severity,  # type: ignore[arg-type]
        title=f"{titles[condition.kind]}: {feed.url}"[:300],
        raised_at=now,
        feed=feed.url,
        count=state.consecutive_errors if condition.kind == "feed_failing" else None,
        window_seconds=rules.alert_window,
        details={
            "feed_id": feed.feed_id,
            "reason": condition.detail[:500],
            "last_status": state.last_status,
            "last_fetch_at": state.last_fetch_at.isoformat() if state.last_fetch_at else None,
        },
    )


def alert_entries(
    feed: Feed, found: list[Condition], state: FeedState, now: datetime, rules: HealthRules, keys: Keys
) -> list[StreamEntry]:
    """The alerts stream entries of the conditions found, type ``alert.raised``."""
    entries = []
    for condition in found:
        alert = alert_for(feed, condition, state, now, rules)
        entries.append(StreamEntry(keys.alerts, alert.alert_id, "alert.raised", ALERT_SCHEMA, _encode(alert)))
    return entries
