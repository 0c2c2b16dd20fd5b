"""Shared fixtures: a real Redis (the one configured, else an embedded server), namespaced per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from worker.embedded import EmbeddedRedis
from worker.settings import Settings

DEFAULT_TEST_REDIS = "redis://127.0.0.1:6379/15"


def _answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """EVENTWIRE_TEST_REDIS_URL (default db 15 on localhost); the embedded server when nothing answers."""
    url = os.environ.get("EVENTWIRE_TEST_REDIS_URL", DEFAULT_TEST_REDIS)
    if _answers(url):
        yield url
        return
    with EmbeddedRedis(tmp_path_factory.mktemp("redis")) as server:
        yield server.url


@pytest.fixture
def namespace() -> str:
    """A prefix unique to the test, so tests never see each other's keys."""
    return f"ewtest:{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def redis_client(redis_url: str, namespace: str) -> Iterator[redis.Redis]:
    """A client on the test Redis; every key under the test's namespace is deleted afterwards."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    yield client
    for key in client.scan_iter(match=f"*{namespace}*", count=1000):
        client.delete(key)
    client.close()


@pytest.fixture
def settings(redis_url: str, namespace: str, redis_client: redis.Redis, tmp_path: Path) -> Settings:
    """Settings on the test Redis with the test's own key prefix and Celery queue."""
    return Settings(
        broker_url=redis_url,
        streams_url=redis_url,
        prefix=namespace,
        queue=f"{namespace}tasks",
        data_dir=tmp_path / ".eventwire",
        max_retries=2,
        retry_backoff_max=1,
    )
