"""Liveness marks on Redis: the beat's periodic mark, heartbeat task replies, and reachability pings."""

from __future__ import annotations

import time

import redis

from worker.backends.redis import classified_errors, connect
from worker.backends.stream_info import describe
from worker.keys import Keys


def ping(url: str, timeout: float = 3.0) -> str | None:
    """None when the Redis at ``url`` answers PING, else why not."""
    try:
        connect(url, socket_connect_timeout=timeout, socket_timeout=timeout).ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def mark_beat(client: redis.Redis, keys: Keys, ttl: int) -> None:
    """Record that the beat process is alive for the next ``ttl`` seconds."""
    with classified_errors("mark_beat"):
        client.set(keys.health("beat"), f"{time.time():.3f}", ex=ttl)


def beat_seen(client: redis.Redis, keys: Keys) -> float | None:
    """Epoch second of the beat's last mark, or None when no live mark exists."""
    with classified_errors("beat_seen"):
        value = client.get(keys.health("beat"))
    return float(value) if value else None


def answer_heartbeat(client: redis.Redis, keys: Keys, nonce: str, worker: str, ttl: int = 300) -> None:
    """A worker's reply to one heartbeat task: its host name under the nonce."""
    with classified_errors("heartbeat"):
        client.set(keys.health(f"heartbeat:{nonce}"), worker, ex=ttl)


def heartbeat_answer(client: redis.Redis, keys: Keys, nonce: str) -> str | None:
    """Which worker answered the heartbeat ``nonce``, if any has yet."""
    with classified_errors("heartbeat"):
        return client.get(keys.health(f"heartbeat:{nonce}"))


def worst_lag(client: redis.Redis, keys: Keys) -> tuple[int, str] | None:
    """The consumer group furthest behind under the prefix as (entries behind, ``stream/group``); None without groups.

    Behind is the group's lag, or its pending count when Redis cannot tell the lag (after deletions).
    """
    worst: tuple[int, str] | None = None
    with classified_errors("lag"):
        streams = sorted(client.scan_iter(match=keys.stream_pattern(), _type="stream", count=1000))
    for stream in streams:
        for group in describe(client, stream).groups:
            behind = group.lag if group.lag is not None else group.pending
            if worst is None or behind > worst[0]:
                worst = (behind, f"{stream[len(keys.prefix):]}/{group.name}")
    return worst
