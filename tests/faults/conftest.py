"""Fault fixtures: a Redis server of the test's own (restartable, fillable) and worker processes to kill."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from celery import Celery

from tests.faults.harness import WorkerProcess
from worker.app import create_app
from worker.embedded import EmbeddedRedis
from worker.services import Services, services_for
from worker.settings import Settings

pytestmark = pytest.mark.faults


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedRedis]:
    """A real redis-server (AOF on, noeviction) that only this test uses."""
    with EmbeddedRedis(tmp_path / "redis") as redis_server:
        yield redis_server


@pytest.fixture
def fault_settings(server: EmbeddedRedis, tmp_path: Path) -> Settings:
    """Short timeouts, fast retries, and the slowed real analyzer so kills land mid-batch."""
    return Settings(
        broker_url=server.url,
        streams_url=server.url,
        prefix="ewfault:",
        queue="ewfault",
        task_soft_time_limit=20,
        task_time_limit=25,
        visibility_timeout=30,
        redeliver_after=60,
        max_retries=3,
        retry_backoff_max=1,
        analyzer="tests.faults.analyzers:slow",
        data_dir=tmp_path / "data",
    )


@pytest.fixture
def app(fault_settings: Settings) -> Celery:
    return create_app(fault_settings)


@pytest.fixture
def services(fault_settings: Settings) -> Services:
    return services_for(fault_settings)


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start worker processes; every one still running is stopped after the test."""
    started: list[WorkerProcess] = []

    def start(settings: Settings, **options: Any) -> WorkerProcess:
        worker = WorkerProcess(settings, **options).start(tmp_path)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.alive():
            worker.stop(timeout=30)
