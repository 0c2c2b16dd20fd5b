"""`eventwire health` proves a worker consumes (heartbeat task round trip), beat runs, and lag stays bounded."""

from __future__ import annotations

import redis

from tests.faults.harness import wait_until
from tests.operations.conftest import eventwire
from worker.keys import Keys
from worker.settings import Settings


def test_a_consuming_worker_and_a_running_beat_are_healthy(settings: Settings, start_worker, start_beat, redis_client: redis.Redis) -> None:
    settings = settings.replace(health_beat_every=1)
    start_worker(settings)
    start_beat(settings)
    wait_until(lambda: redis_client.exists(Keys(settings.prefix).health("beat")), 30, "the beat's first mark")

    result = eventwire(settings, "health", "--timeout", "30")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "healthy"
    assert any("worker" in line and "heartbeat task answered by w-" in line for line in lines)
    assert any("beat" in line and "last mark" in line for line in lines)


def test_without_a_worker_the_check_fails_and_says_why(settings: Settings) -> None:
    result = eventwire(settings, "health", "--timeout", "2")

    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == "unhealthy"
    assert "no worker ran the heartbeat task within" in result.stdout
    assert "unknown/not running" in result.stdout  # beat
    assert "ok   broker" in result.stdout and "ok   streams" in result.stdout


def test_a_group_lagging_past_the_limit_is_unhealthy(settings: Settings, redis_client: redis.Redis) -> None:
    stream = Keys(settings.prefix).events
    for index in range(5):
        redis_client.xadd(stream, {"id": str(index)})
    redis_client.xgroup_create(stream, "slow-consumer", id="0")

    lagging = eventwire(settings, "health", "--skip", "worker", "--skip", "beat", "--max-lag", "3")
    within = eventwire(settings, "health", "--skip", "worker", "--skip", "beat", "--max-lag", "5")

    assert lagging.returncode == 1 and "events/slow-consumer: 5 behind (limit 3)" in lagging.stdout
    assert within.returncode == 0, within.stdout


def test_an_unreachable_broker_is_reported(settings: Settings) -> None:
    dead = "redis://127.0.0.1:1/0"
    result = eventwire(settings.replace(broker_url=dead, streams_url=dead), "health", "--timeout", "1")

    assert result.returncode == 1
    assert "FAIL broker" in result.stdout and "FAIL worker   cannot send a heartbeat" in result.stdout
