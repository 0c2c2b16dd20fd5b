"""A message the broker loses outright (BRPOP reply lost, broker data lost) is sent again from the outbox."""

from __future__ import annotations

import time
from collections.abc import Callable

import redis
from celery import Celery

from tests.faults.harness import WorkerProcess, audit, corpus, expected_event_ids, wait_until
from worker.producer import enqueue, resend_lost, wait_for
from worker.services import Services
from worker.settings import Settings


def test_a_batch_deleted_from_the_broker_is_resent_and_published_once(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    articles = corpus(60, tag="lost-")
    lost_run = enqueue(app, articles, batch_size=20)
    broker = redis.Redis.from_url(fault_settings.broker_url or "")
    assert broker.delete(fault_settings.queue) == 1, "all three messages vanish from the broker"
    start_worker(fault_settings, concurrency=2).wait_ready()
    later = corpus(20, tag="later-")
    wait_for(enqueue(app, later, batch_size=20), services.ledger, timeout=60)
    assert services.ledger.outcomes(lost_run.run_id) == {}
    assert resend_lost(app, services.outbox, grace=60) == 0, "not yet: a batch may wait that long in a busy worker"

    resent = resend_lost(app, services.outbox, grace=0)

    assert resent == 3
    wait_for(lost_run, services.ledger, timeout=60)
    result = audit(services.sink, services.keys.events, expected_event_ids(articles + later))
    assert result.clean, result
    assert services.outbox.lost(now=time.time() + 10_000, grace=0) == [], "finished batches leave the outbox"


def test_resending_a_batch_that_was_only_slow_writes_nothing_twice(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker(fault_settings, concurrency=2, extra_env={"EVENTWIRE_TEST_SLOW_MS": "20"})
    worker.wait_ready()
    articles = corpus(80, tag="slow-")
    run = enqueue(app, articles, batch_size=40)
    resent = []
    wait_until(
        lambda: resent.append(resend_lost(app, services.outbox, grace=60, now=time.time() + 61)) or sum(resent) >= 1,
        30,
        "a started batch past its deadline to be sent again",
    )

    wait_for(run, services.ledger, timeout=90)
    time.sleep(3)  # let the second copies finish too
    result = audit(services.sink, services.keys.events, expected_event_ids(articles))
    assert result.clean, result
