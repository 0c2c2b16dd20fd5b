"""Warm shutdown churn: workers started and sent SIGTERM again and again under a trickle of work lose nothing."""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable

import pytest
from celery import Celery

from tests.faults.harness import WorkerProcess, audit, corpus, expected_event_ids
from worker.producer import Run, enqueue, wait_for
from worker.services import Services
from worker.settings import Settings

CYCLES = int(os.environ.get("EVENTWIRE_TEST_CHURN_CYCLES", "100"))


@pytest.mark.timeout(1800)
def test_start_and_sigterm_cycles_under_a_trickle_of_work(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings = fault_settings.replace(visibility_timeout=10, task_soft_time_limit=4, task_time_limit=5)
    runs: list[Run] = []
    sent = []
    stop = threading.Event()

    def trickle() -> None:
        number = 0
        while not stop.is_set():
            articles = corpus(3, tag=f"trickle{number}-")
            sent.extend(articles)
            runs.append(enqueue(app, articles, batch_size=3))
            number += 1
            time.sleep(0.2)

    producer = threading.Thread(target=trickle, daemon=True)
    producer.start()
    rng = random.Random(11)
    ready_exits, early_exits = [], []
    try:
        for cycle in range(CYCLES):
            worker = start_worker(settings, concurrency=1, name=f"churn{cycle}", extra_env={"EVENTWIRE_TEST_SLOW_MS": "20"})
            if cycle % 2:  # every other worker is stopped while consuming, whatever its start-up takes
                worker.wait_ready()
                time.sleep(rng.uniform(0.1, 1.5))
            else:  # the others at any moment of their start-up
                time.sleep(rng.uniform(0.3, 2.5))
            ready = "ready." in worker.log_text()
            (ready_exits if ready else early_exits).append(worker.stop(timeout=30))
    finally:
        stop.set()
        producer.join()

    start_worker(settings, concurrency=2, name="finisher")
    for run in runs:
        wait_for(run, services.ledger, timeout=180)
    assert ready_exits and set(ready_exits) == {0}, f"a worker that was consuming shuts down warm: {ready_exits}"
    # Before its signal handlers exist, a starting worker simply dies of SIGTERM; it held no message.
    assert set(early_exits) <= {0, -15}, early_exits
    result = audit(services.sink, services.keys.events, expected_event_ids(sent))
    assert result.clean, result
