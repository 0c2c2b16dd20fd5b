"""Sliding-window event counts on Redis, for rate rules (N events of a kind in a place within a window)."""

from __future__ import annotations

import redis

from worker.backends.redis import classified_errors
from worker.keys import Keys

MAX_MEMBERS = 10_000


class RedisRateWindows:
    """One sorted set per rule and subject: event ids scored by event time; re-adding an id counts once."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def add_and_count(self, rule: str, subject: str, member: str, at: float, window: int) -> int:
        """Record ``member`` at ``at`` (epoch seconds); how many members fall in ``(at - window, at]``."""
        key = self.keys.rate(rule, subject)
        with classified_errors("rate"):
            pipe = self.client.pipeline(transaction=True)
            pipe.zadd(key, {member: at})
            pipe.zremrangebyrank(key, 0, -MAX_MEMBERS - 1)
            pipe.zcount(key, f"({at - window}", at)
            pipe.expire(key, max(window * 2, 86_400))
            _, _, count, _ = pipe.execute()
        return int(count)
