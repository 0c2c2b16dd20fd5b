"""Consumer-group loop: read, handle, acknowledge; reclaim idle entries; dead-letter after N deliveries."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import structlog

from schemas import DeadLetter
from worker.backends.groups import ClaimPage, Delivery
from worker.errors import PermanentError
from worker.ids import stable_hash
from worker.keys import Keys
from worker.pipeline.publish import dead_letter_entry
from worker.protocols import StreamSink

log = structlog.get_logger("eventwire.consumer")

Handler = Callable[[Delivery], None]
"""Handles one entry; returning acknowledges it, raising leaves it for a retry (PermanentError: dead-letter now)."""


class GroupStore(Protocol):
    """The consumer-group commands the loop needs (RedisGroups on Redis)."""

    stream: str
    group: str

    def ensure(self, start_id: str = "0") -> bool: ...
    def read_new(self, consumer: str, count: int, block_ms: int | None) -> list[Delivery]: ...
    def read_own(self, consumer: str, count: int) -> list[Delivery]: ...
    def claim(self, consumer: str, min_idle_ms: int, cursor: str = "0-0", count: int = 100) -> ClaimPage: ...
    def ack(self, stream_ids: list[str]) -> int: ...


@dataclass(frozen=True)
class ConsumerOptions:
    """How a consumer reads, retries and gives up."""

    max_deliveries: int = 5
    """Deliveries before an entry that keeps failing is dead-lettered."""
    claim_idle_ms: int = 60_000
    """Idle time after which the janitor reclaims an unacknowledged entry; above the slowest handler."""
    count: int = 100
    block_ms: int = 1_000
    """How long one read waits for new entries; also how quickly a stop request is noticed."""
    start_id: str = "0"
    """Where a new group starts: ``0`` (the whole stream) or ``$`` (only new entries)."""


@dataclass
class ConsumerStats:
    """What a consumer did."""

    handled: int = 0
    retried: int = 0
    dead_lettered: int = 0
    reclaimed: int = 0
    trimmed_unacked: int = 0
    seen: set[str] = field(default_factory=set)

    @property
    def finished(self) -> int:
        """Entries acknowledged: handled or dead-lettered."""
        return self.handled + self.dead_lettered


class GroupConsumer:
    """One named consumer in a group: ``run`` until stopped, or call ``poll`` / ``janitor`` step by step."""

    def __init__(
        self,
        store: GroupStore,
        dead_letters: StreamSink,
        keys: Keys,
        *,
        consumer: str,
        handler: Handler,
        options: ConsumerOptions = ConsumerOptions(),
        on_tick: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.dead_letters = dead_letters
        self.keys = keys
        self.consumer = consumer
        self.handler = handler
        self.options = options
        self.on_tick = on_tick
        self.stats = ConsumerStats()
        self._stop = threading.Event()
        self.log = log.bind(stream=store.stream, group=store.group, consumer=consumer)

    def stop(self) -> None:
        """Finish the entry in hand, then return from ``run`` (safe from a signal handler)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """True once ``stop`` was called."""
        return self._stop.is_set()

    def run(self, *, max_entries: int | None = None, until_idle: bool = False) -> ConsumerStats:
        """Create the group, take back this consumer's own pending entries, then read and reclaim until stopped.

        ``max_entries`` stops after that many entries are acknowledged; ``until_idle`` stops once a read
        finds nothing new and the janitor nothing idle.
        """
        self.store.ensure(self.options.start_id)
        self.log.info("consumer.started", max_deliveries=self.options.max_deliveries)
        self._handle_all(self.store.read_own(self.consumer, self.options.count), max_entries)
        next_janitor = 0.0
        while not self._done(max_entries):
            found = 0
            if time.monotonic() >= next_janitor:
                found += self.janitor(max_entries)
                next_janitor = time.monotonic() + max(self.options.claim_idle_ms / 2000, 0.05)
            if self._done(max_entries):
                break
            found += self.poll(max_entries)
            if self.on_tick is not None:
                self.on_tick()
            if until_idle and found == 0:
                break
        self.log.info("consumer.stopped", handled=self.stats.handled, dead_lettered=self.stats.dead_lettered)
        return self.stats

    def poll(self, max_entries: int | None = None) -> int:
        """Read new entries once (waiting up to block_ms) and handle them; how many were read."""
        count = self.options.count
        if max_entries is not None:
            count = max(1, min(count, max_entries - self.stats.finished))
        deliveries = self.store.read_new(self.consumer, count, self.options.block_ms)
        self._handle_all(deliveries, max_entries)
        return len(deliveries)

    def janitor(self, max_entries: int | None = None) -> int:
        """Claim entries idle past claim_idle_ms (any consumer's), following the cursor to the end; how many."""
        cursor, claimed = "0-0", 0
        while not self.stopping:
            page = self.store.claim(self.consumer, self.options.claim_idle_ms, cursor, self.options.count)
            if page.deleted:
                self.stats.trimmed_unacked += len(page.deleted)
                self.log.error("events.trimmed_unacked", ids=page.deleted[:20], count=len(page.deleted))
            claimed += len(page.claimed)
            self.stats.reclaimed += len(page.claimed)
            self._handle_all(page.claimed, max_entries)
            cursor = page.cursor
            if cursor == "0-0" or self._done(max_entries):
                break
        return claimed

    def handle(self, delivery: Delivery) -> bool:
        """Run the handler on one entry; acknowledge on success, dead-letter when it gives up. True if acknowledged."""
        entry_log = self.log.bind(stream_id=delivery.stream_id, id=delivery.entry_id, deliveries=delivery.deliveries)
        if delivery.deliveries > self.options.max_deliveries:
            # delivered again after the last allowed attempt: that attempt crashed the consumer
            return self._dead_letter(delivery, "MaxDeliveries", "no attempt finished; last one may have crashed", entry_log)
        try:
            self.handler(delivery)
        except PermanentError as exc:
            return self._dead_letter(delivery, type(exc).__name__, str(exc), entry_log)
        except Exception as exc:  # noqa: BLE001 - any handler failure is a retry, then a dead letter
            if delivery.deliveries >= self.options.max_deliveries:
                return self._dead_letter(delivery, type(exc).__name__, str(exc), entry_log)
            self.stats.retried += 1
            entry_log.warning("consume.retry_later", error=str(exc)[:500])
            return False
        self.store.ack([delivery.stream_id])
        self.stats.handled += 1
        self.stats.seen.add(delivery.stream_id)
        return True

    def _handle_all(self, deliveries: list[Delivery], max_entries: int | None) -> None:
        for delivery in deliveries:
            if self.stopping or self._done(max_entries):
                return
            self.handle(delivery)

    def _done(self, max_entries: int | None) -> bool:
        return self.stopping or (max_entries is not None and self.stats.finished >= max_entries)

    def _dead_letter(self, delivery: Delivery, reason: str, error: str, entry_log: structlog.BoundLogger) -> bool:
        letter = DeadLetter(
            dead_letter_id="d_" + stable_hash(delivery.stream, self.store.group, delivery.stream_id),
            reason=reason,
            error=error[:2000],
            stage="consume",
            attempts=delivery.deliveries,
            origin=f"{delivery.stream}#{delivery.stream_id}",
            payload=delivery.fields,
            stream=delivery.stream,
            stream_id=delivery.stream_id,
            group=self.store.group,
        )
        # written before the ack; its derived id makes a crash in between write one record, not two
        self.dead_letters.publish([dead_letter_entry(letter, self.keys)])
        self.store.ack([delivery.stream_id])
        self.stats.dead_lettered += 1
        entry_log.error("consume.dead_lettered", reason=reason, error=error[:500])
        return True


def stable_consumer_name(group: str) -> str:
    """``<host>-<group>``: the same on every restart of this daemon, so it gets its own pending entries back."""
    return f"{socket.gethostname()}-{group}"
