"""Redis implementations of the protocols: idempotent stream publishing, dedup claims, run ledger."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources

import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from worker.errors import TransientError
from worker.keys import Keys
from worker.protocols import PublishResult, StreamEntry

RUN_LEDGER_TTL = 86_400


def connect(url: str) -> redis.Redis:
    """A client for the URL (``redis://``, ``rediss://`` or ``unix://``), replies decoded as str."""
    return redis.Redis.from_url(url, decode_responses=True, health_check_interval=30)


def _lua(name: str) -> str:
    return resources.files("worker.backends").joinpath(f"lua/{name}.lua").read_text()


@contextmanager
def classified_errors(operation: str) -> Iterator[None]:
    """Turn Redis failures that may pass (connection loss, timeouts, OOM, loading) into TransientError."""
    try:
        yield
    except (RedisConnectionError, RedisTimeoutError) as exc:
        raise TransientError(f"{operation}: redis unreachable: {exc}") from exc
    except ResponseError as exc:
        message = str(exc)
        if message.startswith(("OOM", "LOADING", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN", "READONLY")):
            raise TransientError(f"{operation}: {message}") from exc
        raise


class RedisStreamSink:
    """StreamSink on Redis: one Lua script per entry (idempotency key + XADD), pipelined per call."""

    def __init__(self, client: redis.Redis, keys: Keys, *, maxlen: int, idempotency_ttl: int) -> None:
        self.client = client
        self.keys = keys
        self.maxlen = maxlen
        self.idempotency_ttl = idempotency_ttl
        self._publish = client.register_script(_lua("publish"))

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        if not entries:
            return []
        with classified_errors("publish"):
            pipe = self.client.pipeline(transaction=False)
            for entry in entries:
                self._publish(
                    keys=[self.keys.published(entry.stream, entry.entry_id), entry.stream],
                    args=[self.idempotency_ttl, self.maxlen, entry.entry_id, entry.type, entry.schema, entry.data],
                    client=pipe,
                )
            replies = pipe.execute()
        return [
            PublishResult(entry=entry, stream_id=str(stream_id), written=bool(written))
            for entry, (written, stream_id) in zip(entries, replies, strict=True)
        ]

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
    """SeenStore on Redis: one claim script per id, pipelined, each key with a TTL."""

    def __init__(self, client: redis.Redis, keys: Keys, *, ttl: int) -> None:
        self.client = client
        self.keys = keys
        self.ttl = ttl
        self._claim = client.register_script(_lua("claim"))

    def claim(self, ids: Sequence[str], owner: str) -> list[str | None]:
        if not ids:
            return []
        with classified_errors("claim"):
            pipe = self.client.pipeline(transaction=False)
            for article_id in ids:
                self._claim(keys=[self.keys.seen(article_id)], args=[owner, self.ttl], client=pipe)
            return list(pipe.execute())


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
