"""Read-only views of streams for monitoring: length, ends, groups, lag, pending, dead letters, feed activity."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import msgspec
import redis

from worker.backends.redis import classified_errors
from worker.keys import Keys


@dataclass(frozen=True)
class GroupInfo:
    """One consumer group of a stream."""

    name: str
    consumers: int
    pending: int
    lag: int | None
    """Entries not yet delivered to the group; None when Redis cannot tell (after deletions)."""
    last_delivered_id: str
    oldest_pending_id: str | None = None


@dataclass(frozen=True)
class StreamInfo:
    """One stream: how long, from when to when, who reads it."""

    stream: str
    length: int
    first_id: str | None
    last_id: str | None
    groups: list[GroupInfo] = field(default_factory=list)


def id_time(stream_id: str | None) -> datetime | None:
    """When an entry was added, from its ``<ms>-<seq>`` id."""
    if not stream_id:
        return None
    return datetime.fromtimestamp(int(stream_id.split("-")[0]) / 1000, UTC)


def describe(client: redis.Redis, stream: str) -> StreamInfo:
    """Length, first and last entry, and every group with its lag and oldest pending entry."""
    with classified_errors("describe"):
        pipe = client.pipeline(transaction=False)
        pipe.xlen(stream)
        pipe.xrange(stream, count=1)
        pipe.xrevrange(stream, count=1)
        pipe.xinfo_groups(stream)
        length, first, last, groups = pipe.execute()
        pipe = client.pipeline(transaction=False)
        for group in groups:
            pipe.xpending(stream, group["name"])
        summaries = pipe.execute() if groups else []
    infos = [
        GroupInfo(
            name=str(group["name"]),
            consumers=int(group["consumers"]),
            pending=int(group["pending"]),
            lag=None if group.get("lag") is None else int(group["lag"]),
            last_delivered_id=str(group["last-delivered-id"]),
            oldest_pending_id=summary.get("min") if summary["pending"] else None,
        )
        for group, summary in zip(groups, summaries, strict=True)
    ]
    return StreamInfo(stream, int(length), first[0][0] if first else None, last[0][0] if last else None, infos)


def count_since(client: redis.Redis, stream: str, since: float, limit: int) -> int:
    """Entries added since ``since`` (epoch seconds), counted up to ``limit``."""
    with classified_errors("count_since"):
        return len(client.xrange(stream, min=f"{int(since * 1000)}-0", count=limit))


def dead_letters_by_stream(client: redis.Redis, dlq: str, limit: int = 10_000) -> Counter[str]:
    """How many of the last ``limit`` dead letters came from each stream (consumer dead letters name theirs)."""
    with classified_errors("dead_letters"):
        entries = client.xrevrange(dlq, count=limit)
    counts: Counter[str] = Counter()
    for _sid, fields in entries:
        try:
            stream = msgspec.json.decode(fields.get("data", "{}")).get("stream")
        except (msgspec.DecodeError, AttributeError):
            continue
        if stream:
            counts[stream] += 1
    return counts


def feed_activity(client: redis.Redis, keys: Keys) -> list[tuple[str, str, datetime | None]]:
    """Each subscribed feed as (feed id, url, when it last showed a new entry), from the feed poller's state."""
    with classified_errors("feed_activity"):
        feeds = client.hgetall(keys.feeds)
        states = client.mget([keys.feed_state(feed_id) for feed_id in feeds]) if feeds else []
    activity = []
    for (feed_id, raw_feed), raw_state in zip(feeds.items(), states, strict=True):
        feed = _json_object(raw_feed)
        state = _json_object(raw_state)
        last = state.get("last_new_entry_at") or feed.get("added_at")
        activity.append((feed_id, str(feed.get("url", feed_id)), _parse_time(last)))
    return activity


def _json_object(raw: str | None) -> dict[str, object]:
    try:
        value = msgspec.json.decode(raw) if raw else {}
    except msgspec.DecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
