"""Workers killed mid-batch: the batch is redelivered and the idempotent publish writes each event once."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import psutil
import pytest
from celery import Celery

from tests.faults.harness import WorkerProcess, audit, corpus, expected_event_ids, wait_until
from worker.app import create_app
from worker.producer import enqueue, wait_for
from worker.services import Services
from worker.settings import Settings

# 40 articles x 30 ms of analysis: a batch takes about 1.2 s, and the kill lands inside it.
SLOW = {"EVENTWIRE_TEST_SLOW_MS": "30"}
BATCH = 40


def kill_children(worker: WorkerProcess) -> int:
    killed = 0
    for child in worker.children():
        try:
            child.kill()
            killed += 1
        except psutil.NoSuchProcess:
            pass
    return killed


@pytest.mark.timeout(900)
def test_a_pool_child_killed_at_a_random_point_twenty_times_loses_and_duplicates_nothing(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker(fault_settings, concurrency=1, extra_env=SLOW)
    worker.wait_ready()
    rng = random.Random(8)
    expected: set[str] = set()
    kills = 0
    for round_number in range(20):
        articles = corpus(BATCH, tag=f"r{round_number}-")
        expected |= expected_event_ids(articles)
        run = enqueue(app, articles, batch_size=BATCH)
        wait_until(lambda: run.batch_ids[0] in worker.log_text(), 30, "the worker to receive the batch")
        time.sleep(rng.uniform(0.0, 1.2))
        kills += kill_children(worker)
        wait_for(run, services.ledger, timeout=90)

    assert kills == 20
    assert worker.alive(), "the main worker process survives its children's deaths"
    result = audit(services.sink, services.keys.events, expected)
    assert result.clean, result
    assert worker.log_text().count("task.redelivered") >= 1


def test_a_whole_worker_killed_mid_batch_is_finished_by_another_after_the_visibility_timeout(
    fault_settings: Settings, services: Services, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings = fault_settings.replace(visibility_timeout=6, task_soft_time_limit=4, task_time_limit=5)
    app_short = create_app(settings)
    first = start_worker(settings, concurrency=1, name="first", extra_env=SLOW)
    first.wait_ready()
    articles = corpus(BATCH * 2, tag="whole-")
    expected = expected_event_ids(articles)
    run = enqueue(app_short, articles, batch_size=BATCH)
    wait_until(lambda: run.batch_ids[0] in first.log_text(), 30, "the first worker to receive a batch")
    time.sleep(0.5)
    first.kill()
    assert services.ledger.outcomes(run.run_id) == {}, "the kill landed before any batch finished"

    second = start_worker(settings, concurrency=1, name="second", extra_env=SLOW)
    wait_for(run, services.ledger, timeout=settings.visibility_timeout + 60)
    result = audit(services.sink, services.keys.events, expected)
    assert result.clean, result
    assert second.alive()
