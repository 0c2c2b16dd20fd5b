"""Redis restarted under load, Redis out of memory, a poison article: nothing lost, nothing doubled, workers stay up."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery

from tests.faults.harness import WorkerProcess, audit, corpus, expected_event_ids
from worker.app import create_app
from worker.backends.redis import RedisStreamSink, eviction_policy_problem
from worker.embedded import EmbeddedRedis
from worker.errors import TransientError
from worker.keys import Keys
from worker.producer import enqueue, wait_for
from worker.protocols import StreamEntry
from worker.services import Services, services_for
from worker.settings import Settings


def test_workers_keep_consuming_after_redis_restarts_and_nothing_acknowledged_is_lost(
    server: EmbeddedRedis, app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker(fault_settings, concurrency=2, extra_env={"EVENTWIRE_TEST_SLOW_MS": "10"})
    worker.wait_ready()
    before = corpus(300, tag="before-")
    during = enqueue(app, before, batch_size=20)
    time.sleep(1.5)

    server.stop()  # graceful: the AOF is flushed, as in a rolling restart
    time.sleep(2)
    server.start()

    after = corpus(100, tag="after-")
    later = enqueue(app, after, batch_size=20)
    for run in (during, later):
        wait_for(run, services.ledger, timeout=180)

    assert worker.alive(), "the same worker process went on consuming: no restart needed"
    result = audit(services.sink, services.keys.events, expected_event_ids(before + after))
    assert result.clean, result


def test_out_of_memory_inside_a_pipeline_is_a_transient_error_that_leaves_no_key(server: EmbeddedRedis) -> None:
    keys = Keys("oom:")
    client = redis.Redis.from_url(server.url, decode_responses=True)
    sink = RedisStreamSink(client, keys, maxlen=100, idempotency_ttl=60)
    entry = StreamEntry(keys.events, "e1", "event.created", "event/1", b"{}")
    client.config_set("maxmemory", 1)
    with pytest.raises(TransientError, match="OutOfMemoryError"):
        sink.publish([entry])
    client.config_set("maxmemory", 0)
    assert sink.length(keys.events) == 0
    assert client.exists(keys.published(keys.events, "e1")) == 0, "no idempotency key without its entry"
    assert [result.written for result in sink.publish([entry])] == [True]


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[EmbeddedRedis]:
    """A second server for the broker, so only the streams Redis runs out of memory."""
    with EmbeddedRedis(tmp_path / "broker") as broker_server:
        yield broker_server


def test_streams_redis_out_of_memory_is_retried_and_every_event_lands_once(
    server: EmbeddedRedis, broker: EmbeddedRedis, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings = fault_settings.replace(broker_url=broker.url, max_retries=30, analyzer="worker.pipeline.analyze:analyze")
    app, services = create_app(settings), services_for(settings)
    streams = redis.Redis.from_url(server.url)
    articles = corpus(100, tag="oom-")
    run = enqueue(app, articles, batch_size=10)

    streams.config_set("maxmemory", 1)  # every write is now refused: OOM command not allowed
    worker = start_worker(settings, concurrency=2)
    worker.wait_ready()
    time.sleep(4)
    assert services.sink.length(services.keys.events) == 0
    assert worker.alive()
    streams.config_set("maxmemory", 0)

    wait_for(run, services.ledger, timeout=120)
    result = audit(services.sink, services.keys.events, expected_event_ids(articles))
    assert result.clean, result
    log = worker.log_text()
    assert "redis OutOfMemoryError" in log and "batch.retry" in log, "a classified error, retried"
    for key in streams.scan_iter(match=f"{settings.prefix}published:*"):
        stream = key.decode().split("{", 1)[1].split("}", 1)[0]
        stream_id = streams.get(key)
        assert streams.xrange(stream, stream_id, stream_id), f"{key!r} has no entry"


def test_a_poison_article_is_dead_lettered_once_after_the_retries_and_the_rest_flows(
    fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings = fault_settings.replace(analyzer="tests.faults.analyzers:poison", max_retries=3)
    app, services = create_app(settings), services_for(settings)
    start_worker(settings, concurrency=2).wait_ready()
    good = corpus(60, tag="good-")
    poison = corpus(1, tag="POISON-")

    run = enqueue(app, good[:30] + poison + good[30:], batch_size=61)
    totals = wait_for(run, services.ledger, timeout=120)

    assert (totals.read, totals.unique, totals.failed) == (61, 60, 1)
    letters = [json.loads(fields["data"]) for _sid, fields in services.sink.read(services.keys.dlq)]
    assert len(letters) == 1
    assert (letters[0]["reason"], letters[0]["attempts"], letters[0]["stage"]) == ("RuntimeError", 4, "analyze")
    assert "POISON" in letters[0]["payload"]["text"]
    result = audit(services.sink, services.keys.events, expected_event_ids(good))
    assert result.clean, result


def test_a_redis_that_may_evict_keys_is_reported(server: EmbeddedRedis) -> None:
    client = redis.Redis.from_url(server.url, decode_responses=True)
    assert eviction_policy_problem(client) is None
    client.config_set("maxmemory-policy", "allkeys-lru")
    assert "noeviction" in (eviction_policy_problem(client) or "")
