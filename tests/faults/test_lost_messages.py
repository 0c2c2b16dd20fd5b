"""A message the broker loses outright (BRPOP reply lost, broker data lost) is sent again from the outbox."""

from __future__ import annotations

import time
from collections.abc import Callable

import redis
from celery import Celery

from tests.faults.harness import WorkerProcess, audit, corpus, expected_event_ids
from worker.producer import enqueue, resend_overdue, wait_for
from worker.services import Services
from worker.settings import Settings


def test_a_batch_deleted_from_the_broker_is_resent_and_published_once(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    articles = corpus(60, tag="lost-")
    run = enqueue(app, articles, batch_size=20)
    broker = redis.Redis.from_url(fault_settings.broker_url or "")
    assert broker.delete(fault_settings.queue) == 1, "all three messages vanish from the broker"
    start_worker(fault_settings, concurrency=2).wait_ready()
    time.sleep(1)
    assert services.ledger.outcomes(run.run_id) == {}

    resent = resend_overdue(app, services.outbox, redeliver_after=fault_settings.redeliver_after, now=time.time() + 61)

    assert resent == 3
    wait_for(run, services.ledger, timeout=60)
    result = audit(services.sink, services.keys.events, expected_event_ids(articles))
    assert result.clean, result
    assert services.outbox.overdue(now=time.time() + 10_000) == [], "finished batches leave the outbox"


def test_resending_a_batch_that_was_only_slow_writes_nothing_twice(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    start_worker(fault_settings, concurrency=2, extra_env={"EVENTWIRE_TEST_SLOW_MS": "20"}).wait_ready()
    articles = corpus(80, tag="slow-")
    run = enqueue(app, articles, batch_size=40)
    resent = resend_overdue(app, services.outbox, redeliver_after=fault_settings.redeliver_after, now=time.time() + 61)
    assert resent == 2

    wait_for(run, services.ledger, timeout=90)
    time.sleep(3)  # let the second copies finish too
    result = audit(services.sink, services.keys.events, expected_event_ids(articles))
    assert result.clean, result
