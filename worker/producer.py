"""Send raw articles to the workers in batches and wait for their recorded outcomes."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

import msgspec
import structlog
from celery import Celery

from schemas import RawArticle
from tasks.process import PROCESS_ARTICLES
from worker.errors import EventwireError
from worker.pipeline.batch import BatchOutcome
from worker.backends.redis import broker_queue_length
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
        _send_batch(app, outbox, run, batch)
    return run


def _send_batch(app: Celery, outbox: Outbox, run: Run, batch: list[RawArticle]) -> None:
    batch_id = uuid.uuid4().hex
    task_args = [[msgspec.to_builtins(article) for article in batch], run.run_id]
    outbox.add(batch_id, _encode(task_args), time.time())
    app.send_task(PROCESS_ARTICLES, args=task_args, task_id=batch_id)
    run.batch_ids.append(batch_id)
    run.articles += len(batch)


class Batcher:
    """For producers whose articles trickle in: a batch goes out when full or when its oldest article has waited ``linger``.

    Call :meth:`poll` between arrivals (or after a read times out) so a lone article is sent within
    ``linger`` seconds, and :meth:`flush` at the end. Defaults: ``batch_size`` and ``batch_linger_ms``.
    """

    def __init__(
        self,
        app: Celery,
        *,
        batch_size: int | None = None,
        linger: float | None = None,
        run: Run | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        settings: Settings = app.eventwire_settings  # type: ignore[attr-defined]
        self.app = app
        self.batch_size = batch_size or settings.batch_size
        self.linger = settings.batch_linger_ms / 1000 if linger is None else linger
        self.run = run or Run()
        self.outbox = outbox or services_for(settings).outbox
        self._pending: list[RawArticle] = []
        self._oldest = 0.0

    def add(self, article: RawArticle, now: float | None = None) -> None:
        """Queue one article; sends the batch when it is full or has lingered long enough."""
        now = time.monotonic() if now is None else now
        if not self._pending:
            self._oldest = now
        self._pending.append(article)
        if len(self._pending) >= self.batch_size or now - self._oldest >= self.linger:
            self.flush()

    def poll(self, now: float | None = None) -> None:
        """Send the pending batch if its oldest article has waited ``linger`` seconds."""
        now = time.monotonic() if now is None else now
        if self._pending and now - self._oldest >= self.linger:
            self.flush()

    def due_in(self, now: float | None = None) -> float | None:
        """Seconds until the pending batch must go out; None when nothing is pending."""
        now = time.monotonic() if now is None else now
        return max(0.0, self._oldest + self.linger - now) if self._pending else None

    def flush(self) -> None:
        """Send whatever is pending now."""
        if self._pending:
            batch, self._pending = self._pending, []
            _send_batch(self.app, self.outbox, self.run, batch)


def resend_lost(
    app: Celery, outbox: Outbox, *, grace: float, queue_length: Callable[[], int] | None = None, now: float | None = None
) -> int:
    """Send again, under their own task ids, the batches the broker lost; returns how many.

    ``grace`` is how far behind newer started batches an unstarted one may lag (a task time
    limit covers a message reserved by a busy worker); with the broker queue empty, the last
    batches of a run count as lost after ``grace`` seconds too. Sending a batch that was merely
    slow is safe: processing is idempotent and the dedup claims belong to the task id.
    """
    now = time.time() if now is None else now
    queue_empty = queue_length is not None and queue_length() == 0
    lost = outbox.lost(now, grace, queue_empty=queue_empty)
    for batch_id, raw_args in lost:
        log.warning("batch.resent", batch_id=batch_id)
        outbox.resent(batch_id, now)
        app.send_task(PROCESS_ARTICLES, args=msgspec.json.decode(raw_args), task_id=batch_id)
    return len(lost)


def outbox_sweep(app: Celery, settings: Settings) -> Callable[[], int]:
    """The sweep a deployment runs: resend lost batches, judging the queue by the broker's list."""
    outbox = services_for(settings).outbox

    def sweep() -> int:
        queue_length = partial(broker_queue_length, settings.broker_url or "", settings.queue)
        return resend_lost(app, outbox, grace=settings.task_time_limit, queue_length=queue_length)

    return sweep


class RunTotals(BatchOutcome, kw_only=True):
    """The sum of a run's batch outcomes: counts added, tallies merged, samples joined."""

    batches: int = 0

    def add(self, outcome: BatchOutcome) -> None:
        """Fold one attempt's outcome in; articles sent round again are counted by their last attempt."""
        for name in BatchOutcome.__struct_fields__:
            if name in ("attempt", "retrying"):
                continue
            value = getattr(outcome, name)
            if isinstance(value, dict):
                setattr(self, name, dict(Counter(getattr(self, name)) + Counter(value)))
            elif isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)
        self.read -= outcome.retrying


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
    progress_every: float = 0.5,
) -> RunTotals:
    """Block until every batch of the run has a final outcome; raise on timeout or a dead worker.

    ``resend`` (e.g. :func:`resend_lost`) runs every ``resend_every`` seconds meanwhile, so a
    batch the broker lost is sent again even where no beat runs. The outcomes are fetched only
    once enough are recorded (and every ``progress_every`` seconds for ``on_progress``): a poll
    is otherwise one HLEN, whatever the size of the run.
    """
    deadline = time.monotonic() + timeout
    next_resend = time.monotonic() + resend_every
    next_progress = time.monotonic()
    decoder = msgspec.json.Decoder(BatchOutcome)
    done: list[str] = []
    while True:
        complete = ledger.count(run.run_id) >= len(run.batch_ids)
        if complete or (on_progress and time.monotonic() >= next_progress):
            attempts = _attempts_by_batch(ledger.outcomes(run.run_id), decoder)
            done = [batch_id for batch_id in run.batch_ids if _finished(attempts.get(batch_id, []))]
            next_progress = time.monotonic() + progress_every
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
