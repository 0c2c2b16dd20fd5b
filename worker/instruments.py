"""Prometheus instruments of the pipeline, shared by a worker's forked processes (prometheus_client multiprocess mode)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, MutableMapping, Sequence
from functools import cache, wraps
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import msgspec

from worker.protocols import PublishResult
from worker.settings import Settings

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
ARTICLE_OUTCOMES = ("read", "unique", "duplicate", "near_duplicate", "failed", "retrying")
F = TypeVar("F", bound=Callable[..., Any])


class Instruments(NamedTuple):
    """Every metric a worker process updates."""

    articles: Any
    dedup: Any
    events: Any
    dead_letters: Any
    fetches: Any
    stage_seconds: Any


def metrics_dir(settings: Settings) -> Path:
    """Where a worker's processes keep their metric files."""
    return (settings.metrics_dir or settings.data_dir / "metrics").resolve()


def enable_multiprocess(settings: Settings) -> Path:
    """Share metrics between this process and the ones it forks; call before anything imports prometheus_client."""
    path = Path(os.environ.get(MULTIPROC_ENV) or metrics_dir(settings))
    path.mkdir(parents=True, exist_ok=True)
    os.environ[MULTIPROC_ENV] = str(path)
    return path


@cache
def instruments() -> Instruments:
    """The metrics, created on first use (after enable_multiprocess, when a worker calls it)."""
    from prometheus_client import Counter, Histogram

    return Instruments(
        articles=Counter("eventwire_articles", "Articles by outcome: read (in), unique, duplicate, near_duplicate, failed.", ["outcome"]),
        dedup=Counter("eventwire_dedup_verdicts", "Dedup verdicts by layer (exact, near, event) and verdict.", ["layer", "verdict"]),
        events=Counter("eventwire_events", "Events published (new entries on the firehose) by type and modality.", ["type", "modality"]),
        dead_letters=Counter("eventwire_dead_letters", "Entries written to the dead-letter stream, by failed stage.", ["stage"]),
        fetches=Counter("eventwire_fetches", "Feed fetches by outcome and HTTP status.", ["outcome", "status"]),
        stage_seconds=Histogram(
            "eventwire_stage_seconds", "Seconds spent per call of a pipeline stage.", ["stage"], buckets=STAGE_BUCKETS
        ),
    )


def observe(stage: str, seconds: float) -> None:
    """Record one call of ``stage`` taking ``seconds``."""
    instruments().stage_seconds.labels(stage=stage).observe(seconds)


def timed(stage: str, function: F) -> F:
    """``function`` recording each call's duration as ``stage``."""

    @wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            observe(stage, time.perf_counter() - start)

    return call  # type: ignore[return-value]


def count_batch(fields: MutableMapping[str, Any]) -> None:
    """Count the articles of one finished batch from its ``batch.done`` log fields."""
    m = instruments()
    for outcome in ARTICLE_OUTCOMES:
        if amount := int(fields.get(outcome) or 0):
            m.articles.labels(outcome=outcome).inc(amount)
    for label, amount in (fields.get("dedup") or {}).items():
        layer, _, verdict = str(label).partition(":")
        m.dedup.labels(layer=layer, verdict=verdict or "?").inc(int(amount))


def count_fetch(fields: MutableMapping[str, Any]) -> None:
    """Count one feed fetch from its ``feed.fetched`` / ``feed.fetch_failed`` log fields."""
    m = instruments()
    m.fetches.labels(outcome=str(fields.get("outcome") or "?"), status=str(fields.get("status") or "none")).inc()
    if isinstance(fields.get("ms"), int | float):
        observe("fetch", fields["ms"] / 1000)


def count_published(results: Sequence[PublishResult], events_stream: str, dlq: str) -> None:
    """Count newly written events by type and modality, and dead letters by stage."""
    m = instruments()
    for result in results:
        entry = result.entry
        if not result.written or entry.stream not in (events_stream, dlq):
            continue
        try:
            data = msgspec.json.decode(entry.data)
        except msgspec.DecodeError:
            data = {}
        data = data if isinstance(data, dict) else {}
        if entry.stream == dlq:
            m.dead_letters.labels(stage=str(data.get("stage") or "?")).inc()
        elif entry.type == "event.created":
            m.events.labels(type=str(data.get("event_type") or "?"), modality=str(data.get("modality") or "?")).inc()


LOG_COUNTERS: dict[str, Callable[[MutableMapping[str, Any]], None]] = {
    "batch.done": count_batch,
    "feed.fetched": count_fetch,
    "feed.fetch_failed": count_fetch,
}


def count_log_event(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: lines that report finished work also update the metrics; never fails the log call."""
    counter = LOG_COUNTERS.get(str(event_dict.get("event")))
    if counter is not None:
        try:
            counter(event_dict)
        except Exception:  # noqa: BLE001, S110 - a metrics hiccup must not break logging
            pass
    return event_dict


def instrument(services: Any) -> None:
    """Time the dedup layers, analysis and publishing of a Services and count what it publishes."""
    for stage, owner, method in (
        ("dedup_exact", services.seen, "judge"),
        ("dedup_near", services.near, "check_and_insert"),
        ("dedup_event", services.clusters, "join"),
    ):
        setattr(owner, method, timed(stage, getattr(owner, method)))
    publish = timed("publish", services.sink.publish)
    keys = services.keys

    def counted_publish(entries: Any) -> Any:
        results = publish(entries)
        count_published(results, keys.events, keys.dlq)
        return results

    services.sink.publish = counted_publish
