"""Writes whose outcome the client never learns, and work that runs twice at once: each event lands once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import redis
from celery import Celery

from tests.faults.harness import ResettingProxy, WorkerProcess, audit, corpus, encode, expected_event_ids, wait_until
from worker.backends.redis import RedisStreamSink
from worker.embedded import EmbeddedRedis
from worker.keys import Keys
from worker.producer import Run, enqueue, wait_for
from worker.protocols import StreamEntry
from worker.app import create_app
from worker.services import Services, services_for
from worker.settings import Settings

SLOW = {"EVENTWIRE_TEST_SLOW_MS": "30"}


@pytest.fixture
def proxy(server: EmbeddedRedis) -> Iterator[ResettingProxy]:
    tcp_proxy = ResettingProxy(server.port)
    yield tcp_proxy
    tcp_proxy.close()


def test_a_publish_whose_reply_is_lost_is_not_written_twice_by_the_client_retry(proxy: ResettingProxy) -> None:
    keys = Keys("ambiguous:")
    client = redis.Redis(host="127.0.0.1", port=proxy.port, decode_responses=True)
    sink = RedisStreamSink(client, keys, maxlen=10_000, idempotency_ttl=600)
    entries = [StreamEntry(keys.events, f"e{i}", "event.created", "event/1", b"{}") for i in range(50)]
    sink.publish(entries[:1])  # scripts loaded before the fault
    proxy.reset_after(b"published:{", times=3)

    results = sink.publish(entries)

    assert proxy.resets == 3, "the connection was dropped after the command reached Redis"
    assert len(results) == 50
    assert sorted(fields["id"] for _sid, fields in sink.read(keys.events)) == sorted(f"e{i}" for i in range(50))


def test_a_worker_whose_publish_replies_are_lost_still_writes_each_event_once(
    proxy: ResettingProxy, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings = fault_settings.replace(streams_url=f"redis://127.0.0.1:{proxy.port}/0", analyzer="worker.pipeline.analyze:analyze")
    app = create_app(settings)
    services = services_for(settings)
    start_worker(settings, concurrency=2).wait_ready()
    articles = corpus(120, tag="reset-")
    expected = expected_event_ids(articles)
    proxy.reset_after(b"published:{", times=5)

    run = enqueue(app, articles, batch_size=20)
    wait_for(run, services.ledger, timeout=120)

    assert proxy.resets >= 5
    result = audit(services.sink, services.keys.events, expected)
    assert result.clean, result


def test_the_same_message_running_twice_at_once_publishes_each_event_once(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    # What a redelivery during a slow run looks like: one task id, one payload, two workers at once.
    for name in ("a", "b"):
        start_worker(fault_settings, concurrency=1, name=name, extra_env=SLOW).wait_ready()
    articles = corpus(60, tag="twice-")
    expected = expected_event_ids(articles)
    run = Run(batch_ids=["same-message"])
    for _ in range(2):
        app.send_task("eventwire.process_articles", args=[encode(articles), run.run_id], task_id="same-message")

    wait_for(run, services.ledger, timeout=120)
    wait_until(lambda: services.sink.length(services.keys.articles) == 60, 60, "both runs to finish")

    result = audit(services.sink, services.keys.events, expected)
    assert result.clean, result


def test_the_same_replay_enqueued_twice_at_once_is_published_once(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    start_worker(fault_settings, concurrency=2, extra_env={"EVENTWIRE_TEST_SLOW_MS": "5"}).wait_ready()
    articles = corpus(200, tag="replay-")
    expected = expected_event_ids(articles)

    first = enqueue(app, articles, batch_size=25)
    second = enqueue(app, articles, batch_size=25)
    totals = [wait_for(run, services.ledger, timeout=120) for run in (first, second)]

    assert sum(t.unique for t in totals) == 200
    assert sum(t.duplicate for t in totals) == 200
    result = audit(services.sink, services.keys.events, expected)
    assert result.clean, result
    assert services.sink.length(services.keys.articles) == 200
