"""eventwire.process_articles: one batch of raw articles through the pipeline, retried with backoff."""

from __future__ import annotations

import random
from typing import Any

import msgspec
import structlog
from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded

from schemas import DeadLetter
from worker.errors import TransientError
from worker.ids import stable_hash
from worker.pipeline.batch import BatchOutcome, process_batch
from worker.pipeline.publish import dead_letter_entry
from worker.services import services_for
from worker.settings import Settings

log = structlog.get_logger("eventwire.tasks")
_encode = msgspec.json.Encoder().encode


def _settings(task: Task) -> Settings:
    return getattr(task.app, "eventwire_settings", None) or Settings.from_env()


PROCESS_ARTICLES = "eventwire.process_articles"


@shared_task(name=PROCESS_ARTICLES, bind=True, acks_late=True, reject_on_worker_lost=True)
def process_articles(self: Task, articles: list[dict[str, Any]], run_id: str | None = None) -> None:
    """Normalize, deduplicate, analyze and publish a batch; record its outcome under ``run_id``."""
    settings = _settings(self)
    services = services_for(settings)
    batch_id = self.request.id or stable_hash(repr(articles))
    attempts = self.request.retries + 1
    structlog.contextvars.bind_contextvars(batch_id=batch_id, run_id=run_id, attempt=attempts)
    if self.request.delivery_info and self.request.delivery_info.get("redelivered"):
        log.warning("task.redelivered")
    try:
        outcome = process_batch(
            articles,
            owner=batch_id,
            seen=services.seen,
            sink=services.sink,
            analyze=services.analyze,
            keys=services.keys,
            attempts=attempts,
        )
    except (TransientError, SoftTimeLimitExceeded) as exc:
        if self.request.retries >= settings.max_retries:
            outcome = _dead_letter_batch(services, articles, batch_id, attempts, exc)
        else:
            countdown = min(settings.retry_backoff_max, 2**self.request.retries) * random.uniform(0.5, 1.0)
            log.warning("batch.retry", error=str(exc), countdown=round(countdown, 2))
            raise self.retry(exc=exc, countdown=countdown, max_retries=settings.max_retries) from exc
    log.info(
        "batch.done",
        read=outcome.read,
        unique=outcome.unique,
        duplicate=outcome.duplicate,
        failed=outcome.failed,
        events=outcome.events,
    )
    if run_id:
        services.ledger.record(run_id, batch_id, _encode(outcome))


def _dead_letter_batch(services: Any, articles: list[Any], batch_id: str, attempts: int, exc: BaseException) -> BatchOutcome:
    letter = DeadLetter(
        dead_letter_id="d_" + stable_hash(batch_id, "batch"),
        reason=type(exc).__name__,
        error=str(exc)[:2000],
        stage="batch",
        attempts=attempts,
        payload=articles,
    )
    log.error("batch.dead_lettered", reason=letter.reason, error=letter.error, articles=len(articles))
    services.sink.publish([dead_letter_entry(letter, services.keys)])
    return BatchOutcome(read=len(articles), failed=len(articles))
