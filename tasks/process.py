"""eventwire.process_articles: one batch of raw articles through the pipeline, retried with backoff."""

from __future__ import annotations

import random
import time
from typing import Any

import msgspec
import structlog
from celery import Task, shared_task
from celery.exceptions import Reject, Retry, SoftTimeLimitExceeded

from schemas import DeadLetter
from worker.errors import TransientError
from worker.ids import stable_hash
from worker.pipeline.batch import BatchOutcome, process_batch
from worker.pipeline.dedup import DedupPolicy
from worker.pipeline.publish import dead_letter_entry
from worker.services import Services, services_for
from worker.settings import Settings

PROCESS_ARTICLES = "eventwire.process_articles"

log = structlog.get_logger("eventwire.tasks")
_encode = msgspec.json.Encoder().encode


def _settings(task: Task) -> Settings:
    return getattr(task.app, "eventwire_settings", None) or Settings.from_env()


@shared_task(name=PROCESS_ARTICLES, bind=True, acks_late=True, reject_on_worker_lost=True)
def process_articles(self: Task, articles: list[Any], run_id: str | None = None) -> None:
    """Normalize, deduplicate, analyze and publish a batch; record each attempt's outcome under ``run_id``."""
    settings = _settings(self)
    services = services_for(settings)
    batch_id = self.request.id or stable_hash(repr(articles))
    attempt = self.request.retries + 1
    structlog.contextvars.bind_contextvars(batch_id=batch_id, run_id=run_id, attempt=attempt)
    if self.request.delivery_info and self.request.delivery_info.get("redelivered"):
        log.warning("task.redelivered")
    try:
        services.outbox.start(batch_id, time.time() + settings.redeliver_after)
        outcome, again = process_batch(
            articles,
            owner=batch_id,
            seen=services.seen,
            near=services.near,
            clusters=services.clusters,
            policy=DedupPolicy.from_settings(settings),
            sink=services.sink,
            analyze=services.analyze,
            keys=services.keys,
            attempts=attempt,
            max_attempts=settings.max_retries + 1,
        )
        _record(services, run_id, batch_id, outcome)
    except (TransientError, SoftTimeLimitExceeded) as exc:
        if self.request.retries < settings.max_retries:
            _retry(self, settings, exc, articles)
        outcome, again = _dead_letter_batch(self, settings, services, articles, batch_id, attempt, exc), []
        _record(services, run_id, batch_id, outcome)
    except Exception as exc:
        # A failure of the batch machinery itself: never acked silently, always dead-lettered.
        log.exception("batch.crashed")
        outcome, again = _dead_letter_batch(self, settings, services, articles, batch_id, attempt, exc), []
        _record(services, run_id, batch_id, outcome)
    if again:
        _retry(self, settings, RuntimeError(f"{len(again)} article(s) failed"), again)


def _record(services: Services, run_id: str | None, batch_id: str, outcome: BatchOutcome) -> None:
    log.info(
        "batch.done",
        read=outcome.read,
        unique=outcome.unique,
        duplicate=outcome.duplicate,
        near_duplicate=outcome.near_duplicate,
        merged=outcome.merged,
        dedup=outcome.dedup,
        failed=outcome.failed,
        retrying=outcome.retrying,
        events=outcome.events,
    )
    if run_id:
        services.ledger.record(run_id, f"{batch_id}#{outcome.attempt}", _encode(outcome))
    if not outcome.retrying:
        services.outbox.done(batch_id)


def _retry(task: Task, settings: Settings, exc: BaseException, articles: list[Any]) -> None:
    """Send the articles round again after an exponential, jittered backoff; never lose them."""
    countdown = min(settings.retry_backoff_max, 2**task.request.retries) * random.uniform(0.5, 1.0)
    log.warning("batch.retry", error=repr(exc), countdown=round(countdown, 2), articles=len(articles))
    try:
        task.retry(args=[articles, *task.request.args[1:]], exc=exc, countdown=countdown, max_retries=None)
    except Retry:
        raise
    except Exception as publish_error:
        # The retry message could not be sent (broker down): leave the original for redelivery.
        log.error("batch.retry_unsent", error=repr(publish_error))
        raise Reject(publish_error, requeue=True) from publish_error


def _dead_letter_batch(
    task: Task, settings: Settings, services: Services, articles: list[Any], batch_id: str, attempt: int, exc: BaseException
) -> BatchOutcome:
    """Record the whole batch on the dead-letter stream; if even that fails, keep retrying."""
    letter = DeadLetter(
        dead_letter_id="d_" + stable_hash(batch_id, "batch"),
        reason=type(exc).__name__,
        error=(str(exc) or repr(exc))[:2000],
        stage="batch",
        attempts=attempt,
        payload=articles,
    )
    try:
        services.sink.publish([dead_letter_entry(letter, services.keys)])
    except TransientError as dlq_error:
        log.critical("batch.dead_letter_failed", error=repr(dlq_error))
        _retry(task, settings, dlq_error, articles)
    log.error("batch.dead_lettered", reason=letter.reason, error=letter.error, articles=len(articles))
    return BatchOutcome(attempt=attempt, read=len(articles), failed=len(articles))
