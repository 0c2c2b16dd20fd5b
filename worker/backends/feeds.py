"""Feeds in Redis: the subscriptions, each feed's state, the due schedule, slot locks, per-host fetch slots."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources

import msgspec
import redis

from schemas.feed import Feed, FeedState
from worker.backends.redis import classified_errors
from worker.keys import Keys

_feed_decoder = msgspec.json.Decoder(Feed)
_state_decoder = msgspec.json.Decoder(FeedState)
_encode = msgspec.json.Encoder().encode
_HOST_SLOT_LUA = resources.files("worker.backends").joinpath("lua/host_slot.lua").read_text()


class RedisFeedStore:
    """Feed subscriptions and polling state; every method is one round trip."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys
        self._host_slot = client.register_script(_HOST_SLOT_LUA)

    def add(self, feed: Feed, *, due_at: datetime) -> bool:
        """Subscribe (or update interval and tags of) a feed; a new feed is due at ``due_at``. True if new."""
        with classified_errors("feeds.add"):
            pipe = self.client.pipeline(transaction=True)
            pipe.hset(self.keys.feeds, feed.feed_id, _encode(feed))
            pipe.zadd(self.keys.feeds_due, {feed.feed_id: due_at.timestamp()}, nx=True)
            _, added = pipe.execute()
        return bool(added)

    def remove(self, feed_id: str) -> bool:
        """Unsubscribe a feed and forget its state; False if it was not subscribed."""
        with classified_errors("feeds.remove"):
            pipe = self.client.pipeline(transaction=True)
            pipe.hdel(self.keys.feeds, feed_id)
            pipe.zrem(self.keys.feeds_due, feed_id)
            pipe.delete(self.keys.feed_state(feed_id))
            removed, _, _ = pipe.execute()
        return bool(removed)

    def get(self, feed_id: str) -> Feed | None:
        """One subscribed feed."""
        with classified_errors("feeds.get"):
            raw = self.client.hget(self.keys.feeds, feed_id)
        return _feed_decoder.decode(raw) if raw else None

    def feeds(self) -> list[Feed]:
        """Every subscribed feed, by URL."""
        with classified_errors("feeds.list"):
            raw = self.client.hvals(self.keys.feeds)
        return sorted((_feed_decoder.decode(item) for item in raw), key=lambda feed: feed.url)

    def states(self, feed_ids: Sequence[str]) -> list[FeedState]:
        """The state of each feed (an empty state for one never fetched)."""
        if not feed_ids:
            return []
        with classified_errors("feeds.states"):
            raw = self.client.mget([self.keys.feed_state(feed_id) for feed_id in feed_ids])
        return [_state_decoder.decode(item) if item else FeedState() for item in raw]

    def save(self, feed_id: str, state: FeedState) -> None:
        """Store a feed's state and put its next check on the schedule (unless it was removed meanwhile)."""
        due = (state.next_check_at or datetime.now(UTC)).timestamp()
        with classified_errors("feeds.save"):
            pipe = self.client.pipeline(transaction=True)
            pipe.hexists(self.keys.feeds, feed_id)
            pipe.set(self.keys.feed_state(feed_id), _encode(state))
            pipe.zadd(self.keys.feeds_due, {feed_id: due}, xx=True)
            subscribed, _, _ = pipe.execute()
            if not subscribed:
                self.client.delete(self.keys.feed_state(feed_id))

    def reschedule(self, feed_id: str, due_at: datetime) -> None:
        """Move a feed's next check without touching its state."""
        with classified_errors("feeds.reschedule"):
            self.client.zadd(self.keys.feeds_due, {feed_id: due_at.timestamp()}, xx=True)

    def claim_due(self, now: datetime, *, limit: int, lease_seconds: int) -> list[tuple[str, int]]:
        """Feeds due by ``now`` that this caller won, as (feed id, due slot in epoch milliseconds).

        Each due slot (feed id + the due time it was scheduled for) is taken with SET NX PX, so
        two pollers reading the same schedule enqueue each fetch once; the winner then pushes the
        feed's due time ``lease_seconds`` ahead, which is when it is retried if the fetch is lost.
        """
        with classified_errors("feeds.claim_due"):
            due = self.client.zrangebyscore(self.keys.feeds_due, "-inf", now.timestamp(), start=0, num=limit, withscores=True)
            if not due:
                return []
            slots = [(feed_id, round(score * 1000)) for feed_id, score in due]
            pipe = self.client.pipeline(transaction=False)
            for feed_id, slot in slots:
                pipe.set(self.keys.feed_slot(feed_id, slot), "1", nx=True, px=lease_seconds * 1000)
            won = [slot for slot, ok in zip(slots, pipe.execute(), strict=True) if ok]
            if won:
                later = now.timestamp() + lease_seconds
                self.client.zadd(self.keys.feeds_due, {feed_id: later for feed_id, _ in won}, xx=True, gt=True)
        return won

    def due_count(self, now: datetime) -> int:
        """How many feeds are due by ``now``."""
        with classified_errors("feeds.due_count"):
            return int(self.client.zcount(self.keys.feeds_due, "-inf", now.timestamp()))

    def acquire_host(self, host: str, holder: str, *, limit: int, lease_seconds: float) -> bool:
        """Take one of ``limit`` fetch slots of a host for ``holder``; slots expire after the lease."""
        with classified_errors("feeds.acquire_host"):
            return bool(
                self._host_slot(keys=[self.keys.host_fetches(host)], args=[holder, int(lease_seconds * 1000), limit])
            )

    def release_host(self, host: str, holder: str) -> None:
        """Give a host's fetch slot back."""
        with classified_errors("feeds.release_host"):
            self.client.zrem(self.keys.host_fetches(host), holder)
