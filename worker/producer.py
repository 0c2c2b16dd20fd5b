"""Send raw articles to the workers in batches and wait for their recorded outcomes."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import msgspec
import structlog
from celery import Celery

from schemas import RawArticle
from tasks.process import PROCESS_ARTICLES
from worker.errors import EventwireError
from worker.pipeline.batch import BatchOutcome
from worker.protocols import Outbox, RunLedger
from worker.services import services_for
from worker.settings import Settings

log = structlog.get_logger("eventwire.producer")
_encode = msgspec.json.Encoder().encode


def batched(items: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


@dataclass
class Run:
    """The batches one producer sent under one run id."""

    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    batch_ids: list[str] = field(default_factory=list)
    articles: int = 0


def enqueue(
    app: Celery, articles: Iterable[RawArticle], *, batch_size: int, run: Run | None = None, outbox: Outbox | None = None
) -> Run:
    """Send the articles as ``eventwire.process_articles`` batches, each written to the outbox first."""
    run = run or Run()
    settings: Settings = app.eventwire_settings  # type: ignore[attr-defined]
    outbox = outbox or services_for(settings).outbox
    for batch in batched(articles, batch_size):
        batch_id = uuid.uuid4().hex
        task_args = [[msgspec.to_builtins(article) for article in batch], run.run_id]
        outbox.add(batch_id, _encode(task_args), time.time())
        app.send_task(PROCESS_ARTICLES, args=task_args, task_id=batch_id)
        run.batch_ids.append(batch_id)
        run.articles += len(batch)
    return run


def resend_lost(app: Celery, outbox: Outbox, *, grace: float, now: float | None = None) -> int:
    """Send again, under their own task ids, the batches the broker lost; returns how many.

    ``grace`` is how far behind newer started batches an unstarted one may lag (a task time
    limit covers a message reserved by a busy worker). Sending a batch that was merely slow is
    safe: processing is idempotent and the dedup claims belong to the task id.
    """
    now = time.time() if now is None else now
    lost = outbox.lost(now, grace)
    for batch_id, raw_args in lost:
        log.warning("batch.resent", batch_id=batch_id)
        outbox.resent(batch_id, now)
        app.send_task(PROCESS_ARTICLES, args=msgspec.json.decode(raw_args), task_id=batch_id)
    return len(lost)


@dataclass
class RunTotals:
    """The sum of a run's batch outcomes."""

    batches: int = 0
    read: int = 0
    unique: int = 0
    duplicate: int = 0
    failed: int = 0
    events: int = 0
    entries_written: int = 0
    events_by_type: Counter[str] = field(default_factory=Counter)
    sample: list[dict[str, object]] = field(default_factory=list)

    def add(self, outcome: BatchOutcome) -> None:
        """Fold one attempt's outcome in; articles sent round again are counted by their last attempt."""
        self.read += outcome.read - outcome.retrying
        self.unique += outcome.unique
        self.duplicate += outcome.duplicate
        self.failed += outcome.failed
        self.events += outcome.events
        self.entries_written += outcome.entries_written
        self.events_by_type.update(outcome.events_by_type)
        self.sample.extend(outcome.sample)


def wait_for(
    run: Run,
    ledger: RunLedger,
    *,
    timeout: float,
    on_progress: Callable[[int, int], None] | None = None,
    alive: Callable[[], bool] | None = None,
    resend: Callable[[], int] | None = None,
    resend_every: float = 5.0,
    poll: float = 0.1,
) -> RunTotals:
    """Block until every batch of the run has a final outcome; raise on timeout or a dead worker.

    ``resend`` (e.g. :func:`resend_lost`) runs every ``resend_every`` seconds meanwhile, so a
    batch the broker lost is sent again even where no beat runs.
    """
    deadline = time.monotonic() + timeout
    next_resend = time.monotonic() + resend_every
    decoder = msgspec.json.Decoder(BatchOutcome)
    while True:
        attempts = _attempts_by_batch(ledger.outcomes(run.run_id), decoder)
        done = [batch_id for batch_id in run.batch_ids if _finished(attempts.get(batch_id, []))]
        if on_progress:
            on_progress(len(done), len(run.batch_ids))
        if len(done) == len(run.batch_ids):
            break
        if alive is not None and not alive():
            raise EventwireError("the worker process exited before the run finished")
        if resend is not None and time.monotonic() >= next_resend:
            resend()
            next_resend = time.monotonic() + resend_every
        if time.monotonic() > deadline:
            raise EventwireError(f"timed out after {timeout:.0f}s: {len(done)} of {len(run.batch_ids)} batches done")
        time.sleep(poll)
    totals = RunTotals(batches=len(run.batch_ids))
    for batch_id in run.batch_ids:
        for outcome in attempts[batch_id]:
            totals.add(outcome)
    return totals


def _attempts_by_batch(records: dict[str, bytes], decoder: msgspec.json.Decoder[BatchOutcome]) -> dict[str, list[BatchOutcome]]:
    attempts: dict[str, list[BatchOutcome]] = {}
    for field_name, raw in records.items():
        batch_id = field_name.rpartition("#")[0]
        attempts.setdefault(batch_id, []).append(decoder.decode(raw))
    return attempts


def _finished(attempts: list[BatchOutcome]) -> bool:
    return bool(attempts) and max(attempts, key=lambda outcome: outcome.attempt).retrying == 0
