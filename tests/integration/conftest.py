"""Integration fixtures: a real Celery worker (celery.contrib.testing) on the real test Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker

from worker.app import create_app
from worker.services import Services, services_for
from worker.settings import Settings


@pytest.fixture
def app(settings: Settings) -> Celery:
    return create_app(settings)


@pytest.fixture
def services(settings: Settings) -> Services:
    return services_for(settings)


@pytest.fixture
def celery_worker(app: Celery) -> Iterator[None]:
    """A real worker consuming the test's queue in a thread, never eager mode."""
    with start_worker(app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30):
        yield
