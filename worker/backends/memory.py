"""In-memory twins of the Redis backends, for fast unit tests of pure stages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from worker.backends.generations import Generations
from worker.backends.memory_indexes import MemoryClusterIndex, MemoryNearIndex
from worker.protocols import ExactClaim, ExactVerdict, PublishResult, StreamEntry

__all__ = ["MemoryClusterIndex", "MemoryNearIndex"]


class MemoryStreamSink:
    """StreamSink in a dict of lists; stream ids count up like Redis's ``<ms>-<seq>``."""

    def __init__(self) -> None:
        self.entries: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
        self.published: dict[tuple[str, str], str] = {}
        self._sequence = 0

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        results = []
        for entry in entries:
            key = (entry.stream, entry.idempotency_key)
            if key in self.published:
                results.append(PublishResult(entry=entry, stream_id=self.published[key], written=False))
                continue
            self._sequence += 1
            stream_id = f"0-{self._sequence}"
            fields = {"id": entry.entry_id, "type": entry.type, "schema": entry.schema, "data": entry.data.decode()}
            self.entries[entry.stream].append((stream_id, fields))
            self.published[key] = stream_id
            results.append(PublishResult(entry=entry, stream_id=stream_id, written=True))
        return results

    def read(self, stream: str, count: int | None = None) -> list[tuple[str, dict[str, str]]]:
        found = list(self.entries.get(stream, []))
        return found if count is None else found[:count]

    def length(self, stream: str) -> int:
        return len(self.entries.get(stream, []))

    def streams(self) -> list[str]:
        """Every stream written so far, sorted."""
        return sorted(name for name, found in self.entries.items() if found)


class MemorySeenStore:
    """SeenStore in dicts, judging like exact.lua: first owner wins, the same owner may claim again."""

    def __init__(self, ttl: int = 30 * 86400) -> None:
        self.generations = Generations(window=ttl)
        self.identities: dict[int, tuple[int, str, str, str, str]] = {}
        """Key digest -> (generation, owner, content, article id, publisher)."""

    def judge(self, claims: Sequence[ExactClaim], owner: str, now: float) -> list[ExactVerdict]:
        return [self._judge(claim, owner, now) for claim in claims]

    def _judge(self, claim: ExactClaim, owner: str, now: float) -> ExactVerdict:
        held = {kind: self._find(field, now) for kind, field, _id in claim.keys}
        collisions, copy_of = [], None
        for kind, _field, _id in claim.keys:
            record = held[kind]
            if record and (kind == "content" or record[2] == claim.content):
                if record[1] != owner:
                    if kind != "content" or len(claim.keys) == 1 or record[4] == claim.publisher:
                        return ExactVerdict(duplicate=True, kind=kind, matched=record[3])
                    copy_of = record[3]
            elif record:
                collisions.append((kind, record[3]))
        collided = {kind for kind, _ in collisions}
        identity = next(key for key in claim.keys if key[0] not in collided)
        if copy_of and identity[0] == "content":
            return ExactVerdict(duplicate=True, kind="content", matched=copy_of)
        for kind, field, _id in claim.keys:
            if kind not in collided and held[kind] is None and not (copy_of and kind == "content"):
                self.identities[field] = (self.generations.current(now), owner, claim.content, identity[2], claim.publisher)
        if copy_of:
            return ExactVerdict(duplicate=False, kind=identity[0], matched=copy_of, copy=True)
        return ExactVerdict(duplicate=False, kind=identity[0], collisions=tuple(collisions))

    def _find(self, field: int, now: float) -> tuple[int, str, str, str, str] | None:
        record = self.identities.get(field)
        return record if record and self.generations.visible(record[0], now) else None


class MemoryOutbox:
    """Outbox in dicts: arguments, enqueue times of queued batches, deadlines of started ones."""

    def __init__(self) -> None:
        self.arguments: dict[str, bytes] = {}
        self.queued: dict[str, float] = {}
        self.started: dict[str, float] = {}
        self.mark = 0.0

    def add(self, batch_id: str, task_args: bytes, enqueued_at: float) -> None:
        self.arguments[batch_id] = task_args
        self.queued[batch_id] = enqueued_at

    def start(self, batch_id: str, deadline: float) -> None:
        if batch_id not in self.arguments:
            return
        if batch_id in self.queued:
            self.mark = max(self.mark, self.queued.pop(batch_id))
        self.started[batch_id] = deadline

    def done(self, batch_id: str) -> None:
        for table in (self.arguments, self.queued, self.started):
            table.pop(batch_id, None)

    def lost(self, now: float, grace: float, *, queue_empty: bool = False, limit: int = 100) -> list[tuple[str, bytes]]:
        mark = max(self.mark, now) if queue_empty else self.mark
        never_started = sorted((at, batch_id) for batch_id, at in self.queued.items() if at <= mark - grace)
        overdue = sorted((at, batch_id) for batch_id, at in self.started.items() if at <= now)
        return [(batch_id, self.arguments[batch_id]) for _at, batch_id in (never_started + overdue)[:limit]]

    def resent(self, batch_id: str, enqueued_at: float) -> None:
        if batch_id in self.arguments:
            self.started.pop(batch_id, None)
            self.queued[batch_id] = enqueued_at


class MemoryRunLedger:
    """RunLedger in a dict of dicts."""

    def __init__(self) -> None:
        self.runs: dict[str, dict[str, bytes]] = defaultdict(dict)

    def record(self, run_id: str, batch_id: str, outcome: bytes) -> None:
        self.runs[run_id][batch_id] = outcome

    def outcomes(self, run_id: str) -> dict[str, bytes]:
        return dict(self.runs.get(run_id, {}))

    def count(self, run_id: str) -> int:
        return len(self.runs.get(run_id, {}))


class MemoryRateWindows:
    """Rate windows in a dict of dicts, like RedisRateWindows."""

    def __init__(self) -> None:
        self.windows: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)

    def add_and_count(self, rule: str, subject: str, member: str, at: float, window: int) -> int:
        members = self.windows[(rule, subject)]
        members[member] = at
        return sum(1 for t in members.values() if at - window < t <= at)
