"""Redis implementations of the protocols: idempotent stream publishing, dedup claims, run ledger."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

import redis
import structlog
from redis.exceptions import (
    BusyLoadingError,
    ClusterDownError,
    OutOfMemoryError,
    ReadOnlyError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from worker.errors import BackpressureError, TransientError
from worker.keys import Keys
from worker.backends.cluster import ScriptingCluster
from worker.backends.generations import Generations, index_script
from worker.backends.packing import exact_verdict, owner_digest, packed_id, split
from worker.protocols import ExactClaim, ExactVerdict, PublishResult, StreamEntry
from worker.retention import Held, Retention, RetentionPolicy

log = structlog.get_logger("eventwire.streams")

RUN_LEDGER_TTL = 86_400
_TRANSIENT_CODES = re.compile(r"(?:^|error: )(?:OOM|LOADING|BUSY|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|READONLY)\b")


CLUSTER_SCHEMES = {"redis+cluster": "redis", "rediss+cluster": "rediss"}


def connect(url: str, **options: Any) -> redis.Redis:
    """A client for the URL, replies decoded as str.

    ``redis://``, ``rediss://`` and ``unix://`` give a plain client; ``redis+cluster://host:port`` (or
    ``rediss+cluster://``) a RedisCluster that discovers the other nodes from that one.
    """
    scheme, sep, rest = url.partition("://")
    if sep and scheme in CLUSTER_SCHEMES:
        cluster = ScriptingCluster.from_url(f"{CLUSTER_SCHEMES[scheme]}://{rest}", decode_responses=True, **options)
        return cluster  # type: ignore[no-any-return]
    return redis.Redis.from_url(url, decode_responses=True, health_check_interval=30, **options)


def eviction_policy_problem(client: redis.Redis) -> str | None:
    """Why this Redis may silently drop eventwire's keys, or None when its policy is ``noeviction``.

    Evicting a dedup claim, an idempotency key or a broker message would break the guarantees.
    Managed services that refuse CONFIG are reported as unknown, not as a problem.
    """
    try:
        policy = client.config_get("maxmemory-policy").get("maxmemory-policy")
    except redis.ResponseError:
        return None
    if policy != "noeviction":
        return f"maxmemory-policy is {policy!r}: set it to 'noeviction' or keys eventwire relies on may be evicted"
    return None


def _lua(name: str) -> str:
    return resources.files("worker.backends").joinpath(f"lua/{name}.lua").read_text()


@contextmanager
def classified_errors(operation: str) -> Iterator[None]:
    """Turn Redis failures that may pass (connection loss, timeouts, OOM, loading) into TransientError."""
    try:
        yield
    except (RedisConnectionError, RedisTimeoutError) as exc:
        raise TransientError(f"{operation}: redis unreachable: {exc}") from exc
    except (OutOfMemoryError, BusyLoadingError, ReadOnlyError, TryAgainError, ClusterDownError) as exc:
        raise TransientError(f"{operation}: redis {type(exc).__name__}: {exc}") from exc
    except ResponseError as exc:
        # A pipeline reports a command's error as "Command # N (...) of pipeline caused error: <CODE> ...".
        if _TRANSIENT_CODES.search(str(exc)):
            raise TransientError(f"{operation}: {exc}") from exc
        raise


class RedisStreamSink:
    """StreamSink on Redis: per call, one retention script per stream, one publish script per entry, retention again.

    Retention trims (MAXLEN and age, from the policy) never past what a consumer group has not read or
    has pending; when a group holds more than the policy's overflow, publishing to that stream is
    refused with BackpressureError (a TransientError: tasks retry later) and ``on_backpressure``
    entries (the alert) are written regardless.
    """

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        *,
        maxlen: int = 0,
        idempotency_ttl: int,
        retention: RetentionPolicy | None = None,
        on_backpressure: Callable[[Sequence[Held]], Sequence[StreamEntry]] | None = None,
    ) -> None:
        self.client = client
        self.keys = keys
        self.retention = retention or RetentionPolicy(default=Retention(maxlen=maxlen))
        self.idempotency_ttl = idempotency_ttl
        self.on_backpressure = on_backpressure
        self._publish = client.register_script(_lua("publish"))
        self._retain = client.register_script(_lua("retain"))

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        if not entries:
            return []
        retained = [stream for stream in dict.fromkeys(e.stream for e in entries) if self._retention(stream).bounded]
        with classified_errors("publish"):
            pipe = self.client.pipeline(transaction=False)
            for stream in retained:
                self._queue_retain(pipe, stream)
            self._queue_publish(pipe, entries, force=False)
            for stream in retained:
                self._queue_retain(pipe, stream)
            replies = pipe.execute()
        held = [h for h in (self._held(s, r) for s, r in zip(retained, replies, strict=False)) if h]
        results, refused = self._results(entries, replies[len(retained) : len(retained) + len(entries)])
        if refused:
            self._backpressure([h for h in held if h.over_limit], refused)
        return results

    def trim(self, stream: str) -> Held | None:
        """Apply a stream's retention now; what a lagging group holds back, if anything."""
        with classified_errors("trim"):
            pipe = self.client.pipeline(transaction=False)
            self._queue_retain(pipe, stream)
            (reply,) = pipe.execute()
        return self._held(stream, reply)

    def _retention(self, stream: str) -> Retention:
        return self.retention.for_stream(stream, self.keys.prefix)

    def _queue_retain(self, pipe: redis.client.Pipeline, stream: str) -> None:
        retention = self._retention(stream)
        self._retain(
            keys=[stream, self.keys.backpressure(stream)],
            args=[retention.maxlen, retention.max_age, self.retention.overflow],
            client=pipe,
        )

    def _queue_publish(self, pipe: redis.client.Pipeline, entries: Sequence[StreamEntry], *, force: bool) -> None:
        for entry in entries:
            self._publish(
                keys=[
                    self.keys.published(entry.stream, entry.idempotency_key),
                    entry.stream,
                    self.keys.backpressure(entry.stream),
                ],
                args=[self.idempotency_ttl, int(force), entry.entry_id, entry.type, entry.schema, entry.data],
                client=pipe,
            )

    def _held(self, stream: str, reply: list[object]) -> Held | None:
        _trimmed, held, group, needed = reply
        if not held:
            return None
        return Held(stream=stream, group=str(group), held=int(held), limit=self.retention.overflow, needed_id=str(needed))

    @staticmethod
    def _results(entries: Sequence[StreamEntry], replies: Sequence[list[object]]) -> tuple[list[PublishResult], list[StreamEntry]]:
        results, refused = [], []
        for entry, (code, value) in zip(entries, replies, strict=True):
            if int(code) < 0:
                refused.append(entry)
            else:
                results.append(PublishResult(entry=entry, stream_id=str(value), written=bool(code)))
        return results, refused

    def _backpressure(self, held: list[Held], refused: list[StreamEntry]) -> None:
        streams = sorted({entry.stream for entry in refused})
        for item in held:
            log.error("publish.backpressure", stream=item.stream, group=item.group, held=item.held, limit=item.limit)
        alerts = list(self.on_backpressure(held)) if self.on_backpressure and held else []
        if alerts:
            with classified_errors("publish"):
                pipe = self.client.pipeline(transaction=False)
                self._queue_publish(pipe, alerts, force=True)
                pipe.execute()
        raise BackpressureError(
            f"{len(refused)} entries refused: a consumer group lags past the retention of {', '.join(streams)}"
        )

    def read(self, stream: str, count: int | None = None) -> list[tuple[str, dict[str, str]]]:
        with classified_errors("read"):
            return [(sid, dict(fields)) for sid, fields in self.client.xrange(stream, count=count)]

    def length(self, stream: str) -> int:
        with classified_errors("length"):
            return int(self.client.xlen(stream))

    def streams(self) -> list[str]:
        """Every stream under the prefix, sorted."""
        with classified_errors("scan"):
            found = self.client.scan_iter(match=self.keys.stream_pattern(), _type="stream", count=1000)
            return sorted(found)


class RedisSeenStore:
    """SeenStore on Redis: one exact-index script per article (exact.lua behind layout.lua), pipelined."""

    def __init__(self, client: redis.Redis, keys: Keys, *, ttl: int, daily: int = 1000) -> None:
        self.client = client
        self.keys = keys
        self.ttl = ttl
        self.generations = Generations.for_rate(ttl, daily)
        self._judge = client.register_script(index_script("exact"))

    def judge(self, claims: Sequence[ExactClaim], owner: str, now: float) -> list[ExactVerdict]:
        if not claims:
            return []
        leading = [*self.generations.script_args(now), owner_digest(owner)]
        with classified_errors("dedup.exact"):
            pipe = self.client.pipeline(transaction=False)
            for claim in claims:
                identity = [part for kind, digest, article_id in claim.keys for part in (kind, *_exact_field(kind, digest), packed_id(article_id))]
                content = next(digest for kind, digest, _id in claim.keys if kind == "content")
                args = [*leading, content.to_bytes(8, "big"), owner_digest(claim.publisher), *identity]
                self._judge(keys=[self.keys.dedup_index("exact")], args=args, client=pipe)
            replies = pipe.execute()
        return [exact_verdict(reply) for reply in replies]


def _exact_field(kind: str, digest: int) -> tuple[int, int | bytes]:
    """A GUID or URL is a 31-bit integer field; content, whose match alone makes a duplicate, 40 bits (5 bytes)."""
    if kind == "content":
        bucket, field = split(digest, 40)
        return bucket, field.to_bytes(5, "big")
    return split(digest)


def broker_queue_length(url: str, queue: str) -> int:
    """Messages waiting in a Celery queue on a Redis broker (kombu keeps each queue as a list)."""
    with classified_errors("broker.llen"):
        return int(connect(url).llen(queue))


class RedisOutbox:
    """Outbox on Redis: arguments hash, queued and started sorted sets and the mark, in one cluster slot."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys
        self._start = client.register_script(_lua("outbox_start"))

    def add(self, batch_id: str, task_args: bytes, enqueued_at: float) -> None:
        with classified_errors("outbox.add"):
            pipe = self.client.pipeline(transaction=True)
            pipe.hset(self.keys.outbox, batch_id, task_args)
            pipe.zadd(self.keys.outbox_queued, {batch_id: enqueued_at})
            pipe.execute()

    def start(self, batch_id: str, deadline: float) -> None:
        keys = [self.keys.outbox, self.keys.outbox_queued, self.keys.outbox_started, self.keys.outbox_mark]
        with classified_errors("outbox.start"):
            self._start(keys=keys, args=[batch_id, deadline])

    def done(self, batch_id: str) -> None:
        with classified_errors("outbox.done"):
            pipe = self.client.pipeline(transaction=True)
            pipe.hdel(self.keys.outbox, batch_id)
            pipe.zrem(self.keys.outbox_queued, batch_id)
            pipe.zrem(self.keys.outbox_started, batch_id)
            pipe.execute()

    def lost(self, now: float, grace: float, *, queue_empty: bool = False, limit: int = 100) -> list[tuple[str, bytes]]:
        with classified_errors("outbox.lost"):
            mark = float(self.client.get(self.keys.outbox_mark) or 0)
            if queue_empty:
                mark = max(mark, now)
            never_started = self.client.zrangebyscore(self.keys.outbox_queued, "-inf", mark - grace, start=0, num=limit)
            overdue = self.client.zrangebyscore(self.keys.outbox_started, "-inf", now, start=0, num=limit)
            batch_ids = (never_started + overdue)[:limit]
            arguments = self.client.hmget(self.keys.outbox, batch_ids) if batch_ids else []
        found, finished = [], []
        for batch_id, task_args in zip(batch_ids, arguments, strict=True):
            if task_args is None:
                finished.append(batch_id)  # done between the reads
            else:
                found.append((batch_id, task_args.encode() if isinstance(task_args, str) else task_args))
        if finished:
            with classified_errors("outbox.lost"):
                self.client.zrem(self.keys.outbox_queued, *finished)
                self.client.zrem(self.keys.outbox_started, *finished)
        return found

    def resent(self, batch_id: str, enqueued_at: float) -> None:
        with classified_errors("outbox.resent"):
            pipe = self.client.pipeline(transaction=True)
            pipe.zrem(self.keys.outbox_started, batch_id)
            pipe.zadd(self.keys.outbox_queued, {batch_id: enqueued_at})
            pipe.execute()


class RedisRunLedger:
    """RunLedger on Redis: one hash per run, field per batch, expiring after a day."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def record(self, run_id: str, batch_id: str, outcome: bytes) -> None:
        key = self.keys.run(run_id)
        with classified_errors("record"):
            pipe = self.client.pipeline(transaction=False)
            pipe.hset(key, batch_id, outcome)
            pipe.expire(key, RUN_LEDGER_TTL)
            pipe.execute()

    def outcomes(self, run_id: str) -> dict[str, bytes]:
        with classified_errors("outcomes"):
            raw = self.client.hgetall(self.keys.run(run_id))
        return {k: v.encode() if isinstance(v, str) else v for k, v in raw.items()}

    def count(self, run_id: str) -> int:
        with classified_errors("outcomes"):
            return int(self.client.hlen(self.keys.run(run_id)))
