"""The measured runs: batched eventwire, naive per-article tasks, the pipelined XADD ceiling, paced latency."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import msgspec
import redis
from celery import Celery

from bench.naive_tasks import PROCESS_ARTICLE, done_key, events_key
from bench.processes import ForeignCpu
from schemas import RawArticle
from worker.backends.redis import RedisStreamSink
from worker.keys import Keys
from worker.pipeline.normalize import normalize
from worker.producer import Batcher, enqueue, wait_for
from worker.protocols import StreamEntry
from worker.services import services_for
from worker.settings import Settings


@dataclass
class Throughput:
    """One end-to-end run: how many articles in how long, and what came out."""

    label: str
    articles: int
    seconds: float
    events: int = 0
    entries: int = 0
    batch_size: int = 1
    foreign: float = 0.0
    """Share of the machine's CPU other tenants used meanwhile."""

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0

    @property
    def entries_per_s(self) -> float:
        return self.entries / self.seconds if self.seconds else 0.0


@dataclass
class Latency:
    """Enqueue-to-stream latencies (ms) at one offered rate."""

    offered: float
    achieved: float
    articles: int
    batch_size: int
    linger_ms: float
    event_ms: list[float] = field(default_factory=list)
    article_ms: list[float] = field(default_factory=list)
    foreign: float = 0.0


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (nearest rank); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def reset_streams(client: redis.Redis) -> None:
    """Empty the streams database (dedup state, streams, ledger) so every run starts alike."""
    client.flushdb()


def run_batched(app: Celery, client: redis.Redis, articles: list[RawArticle], batch_size: int, alive: Callable[[], bool]) -> Throughput:
    """Enqueue every article in batches as fast as possible; stop the clock when every outcome is recorded."""
    reset_streams(client)
    settings: Settings = app.eventwire_settings  # type: ignore[attr-defined]
    ledger = services_for(settings).ledger
    with ForeignCpu() as foreign:
        started = time.perf_counter()
        run = enqueue(app, articles, batch_size=batch_size)
        totals = wait_for(run, ledger, timeout=3600, alive=alive, poll=0.02)
        seconds = time.perf_counter() - started
    return Throughput("eventwire", len(articles), seconds, totals.events, totals.entries_written, batch_size, foreign.share)


def run_naive(app: Celery, client: redis.Redis, prefix: str, articles: list[RawArticle], alive: Callable[[], bool]) -> Throughput:
    """One task per article; stop the clock when every task has counted itself done."""
    reset_streams(client)
    payloads = [msgspec.to_builtins(article) for article in articles]
    with ForeignCpu() as foreign:
        started = time.perf_counter()
        for payload in payloads:
            app.send_task(PROCESS_ARTICLE, args=[payload])
        while int(client.get(done_key(prefix)) or 0) < len(payloads):
            if not alive():
                raise RuntimeError("the naive worker exited")
            time.sleep(0.02)
        seconds = time.perf_counter() - started
    events = int(client.get(events_key(prefix)) or 0)
    entries = sum(int(client.xlen(name)) for name in client.scan_iter(match=f"{prefix}*", _type="stream"))
    return Throughput("naive", len(articles), seconds, events, entries, 1, foreign.share)


def run_ceiling(client: redis.Redis, entries: list[StreamEntry], *, minimum: int = 100_000, chunk: int = 1000) -> tuple[Throughput, Throughput]:
    """The same entries XADDed pipelined (no processing), then through eventwire's publish script pipelined."""
    reset_streams(client)
    repeated = entries * max(1, -(-minimum // max(1, len(entries))))
    with ForeignCpu() as foreign:
        started = time.perf_counter()
        for start in range(0, len(repeated), chunk):
            pipe = client.pipeline(transaction=False)
            for entry in repeated[start : start + chunk]:
                pipe.xadd(entry.stream, {"id": entry.entry_id, "type": entry.type, "schema": entry.schema, "data": entry.data})
            pipe.execute()
        seconds = time.perf_counter() - started
    plain = Throughput("XADD pipelined", len(repeated), seconds, entries=len(repeated), foreign=foreign.share)
    reset_streams(client)
    sink = RedisStreamSink(client, Keys(entries[0].stream.split(":")[0] + ":"), idempotency_ttl=86400)
    # Each copy under its own idempotency key, so every one is really written.
    unique = [replace(entry, dedup_key=f"{entry.idempotency_key}#{n // len(entries)}") for n, entry in enumerate(repeated[: minimum // 5])]
    with ForeignCpu() as foreign:
        started = time.perf_counter()
        for start in range(0, len(unique), chunk):
            sink.publish(unique[start : start + chunk])
        seconds = time.perf_counter() - started
    scripted = Throughput("publish.lua pipelined", len(unique), seconds, entries=len(unique), foreign=foreign.share)
    return plain, scripted


def article_ids(articles: list[RawArticle]) -> list[str]:
    """Each raw article's id as the pipeline derives it (exact copies share one)."""
    return [normalize(article).article_id for article in articles]


def run_latency(
    app: Celery,
    client: redis.Redis,
    articles: list[RawArticle],
    ids: list[str],
    *,
    rate: float,
    batch_size: int,
    linger: float,
    alive: Callable[[], bool],
) -> Latency:
    """Offer articles at ``rate``/s through a lingering batcher; latency = stream entry time - enqueue time."""
    reset_streams(client)
    settings: Settings = app.eventwire_settings  # type: ignore[attr-defined]
    keys = Keys(settings.prefix)
    batcher = Batcher(app, batch_size=batch_size, linger=linger)
    enqueued: dict[str, float] = {}
    with ForeignCpu() as foreign:
        started = time.monotonic()
        wall_started = time.time()
        for index, article in enumerate(articles):
            due = started + index / rate
            while (now := time.monotonic()) < due:
                batcher.poll(now)
                time.sleep(min(due - now, batcher.due_in(now) or 1.0, 0.002))
            enqueued.setdefault(ids[index], wall_started + (now - started))
            batcher.add(article, now)
        batcher.flush()
        wait_for(batcher.run, services_for(settings).ledger, timeout=3600, alive=alive, poll=0.02)
        seconds = time.monotonic() - started
    result = Latency(rate, len(articles) / seconds, len(articles), batch_size, linger * 1000, foreign=foreign.share)
    result.article_ms = _latencies(client, keys.articles, enqueued, lambda fields: fields["id"])
    result.event_ms = _latencies(client, keys.events, enqueued, _created_article)
    return result


class _EventRef(msgspec.Struct):
    article_id: str


_event_ref = msgspec.json.Decoder(_EventRef)


def _created_article(fields: dict[str, str]) -> str | None:
    if fields.get("type") != "event.created":
        return None
    return _event_ref.decode(fields["data"]).article_id


def _latencies(client: redis.Redis, stream: str, enqueued: dict[str, float], article_of: Callable[[dict[str, str]], str | None]) -> list[float]:
    """First entry per article on ``stream``: its stream-id time minus the article's enqueue time, in ms."""
    found: dict[str, float] = {}
    last = "-"
    while batch := client.xrange(stream, min=last, count=5000):
        for stream_id, fields in batch:
            article_id = article_of(fields)
            if article_id in enqueued and article_id not in found:
                found[article_id] = int(stream_id.split("-")[0]) - enqueued[article_id] * 1000
        last = "(" + batch[-1][0]
    return list(found.values())
