"""The naive baseline, on a bench-only Celery app: one task per article, the same stages, one Redis round trip per call."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import Any

from celery import Celery, Task

from worker.app import celery_config
from worker.pipeline.batch import process_batch
from worker.pipeline.dedup import DedupPolicy
from worker.protocols import PublishResult, StreamEntry
from worker.services import Services, services_for
from worker.settings import Settings

NAIVE_QUEUE = "bench-naive"
PROCESS_ARTICLE = "bench.process_article"


def done_key(prefix: str) -> str:
    """Counter of articles the naive tasks finished."""
    return f"{prefix}bench:naive:done"


def events_key(prefix: str) -> str:
    """Counter of events the naive tasks published."""
    return f"{prefix}bench:naive:events"


class UnpipelinedSink:
    """Publishes entry by entry with the same idempotent Lua script: one round trip per entry, no retention pass."""

    def __init__(self, services: Services, ttl: int) -> None:
        self.services = services
        self.ttl = ttl
        source = resources.files("worker.backends").joinpath("lua/publish.lua").read_text()
        self._publish = services.client.register_script(source)

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        results = []
        keys = self.services.keys
        for entry in entries:
            code, value = self._publish(
                keys=[keys.published(entry.stream, entry.idempotency_key), entry.stream, keys.backpressure(entry.stream)],
                args=[self.ttl, 0, entry.entry_id, entry.type, entry.schema, entry.data],
            )
            results.append(PublishResult(entry=entry, stream_id=str(value), written=bool(int(code))))
        return results


def create_naive_app(settings: Settings | None = None) -> Celery:
    """A Celery app with eventwire's own configuration, carrying only the per-article task."""
    settings = settings or Settings.from_env()
    naive = Celery("bench-naive", set_as_current=False)
    naive.conf.update(celery_config(settings))
    naive.conf.update(task_default_queue=NAIVE_QUEUE, beat_schedule={})
    naive.eventwire_settings = settings  # type: ignore[attr-defined]

    @naive.task(name=PROCESS_ARTICLE, bind=True, acks_late=True, reject_on_worker_lost=True)
    def process_article(self: Task, payload: dict[str, Any]) -> None:
        services = services_for(settings)
        sink = _sinks.setdefault(id(services), UnpipelinedSink(services, settings.idempotency_ttl))
        outcome, _again = process_batch(
            [payload], owner=self.request.id or "naive", seen=services.seen, near=services.near, clusters=services.clusters,
            policy=DedupPolicy.from_settings(settings), sink=sink, analyze=services.analyze, keys=services.keys,
        )  # fmt: skip
        services.client.incrby(events_key(settings.prefix), outcome.events)
        services.client.incr(done_key(settings.prefix))

    return naive


_sinks: dict[int, UnpipelinedSink] = {}


def __getattr__(name: str) -> Any:
    # `celery -A bench.naive_tasks worker` looks up `app`; build it from EVENTWIRE_* on first use.
    if name in {"app", "celery"}:
        global app
        app = create_naive_app()
        return app
    raise AttributeError(name)
