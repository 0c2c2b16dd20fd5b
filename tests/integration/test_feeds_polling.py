"""Feeds polled by a real Celery worker from a local server; pollers racing; per-host fetch slots."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
import redis
from celery import Celery

from tests.feed_samples import ENTITY_BOMB, news_items, rss
from tests.feed_server import FeedServer, conditional, static
from tasks.feeds import FETCH_FEED, POLL_FEEDS, feed_store
from worker.backends.feeds import RedisFeedStore
from worker.pipeline.feed_list import new_feed
from worker.services import Services
from worker.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test settings, allowed to fetch from 127.0.0.1 only, with short limits."""
    return settings.replace(fetch_allow="127.0.0.1/32", fetch_deadline=2, feed_parse_budget=5, feed_min_interval=1)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def store(settings: Settings) -> RedisFeedStore:
    return feed_store(settings)


def wait_until(check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached within {timeout}s")
        time.sleep(0.1)


def subscribe(store: RedisFeedStore, urls: list[str], interval: int = 300) -> list[str]:
    now = datetime.now(UTC)
    feeds = [new_feed(url, interval=interval, now=now) for url in urls]
    for feed in feeds:
        store.add(feed, due_at=now)
    return [feed.feed_id for feed in feeds]


@pytest.mark.usefixtures("celery_worker")
def test_polled_entries_reach_the_streams_and_bad_feeds_raise_one_alert(
    app: Celery, services: Services, store: RedisFeedStore, server: FeedServer
) -> None:
    recent = rss(news_items(3, start=datetime.now(UTC)))
    server.routes["/good"] = conditional(recent, '"v1"', "Sat, 01 Mar 2025 12:00:00 GMT")
    server.routes["/bomb"] = static(ENTITY_BOMB)
    server.routes["/down"] = static(b"", 500)
    ids = subscribe(store, [server.url("/good"), server.url("/bomb"), server.url("/down")])

    app.send_task(POLL_FEEDS)
    wait_until(lambda: all(s.last_fetch_at for s in store.states(ids)))
    good, bomb, down = store.states(ids)
    assert (good.last_outcome, good.entries, good.etag) == ("new", 3, '"v1"')
    assert bomb.last_outcome == "rejected" and bomb.health == ["feed_ill_formed"]
    assert (down.last_outcome, down.last_status, down.consecutive_errors) == ("error", 500, 1)
    wait_until(lambda: services.sink.length(services.keys.articles) == 3)
    articles = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.articles)]
    assert {a["feed"] for a in articles} == {server.url("/good")}
    alerts = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.alerts)]
    assert [(a["kind"], a["feed"]) for a in alerts] == [("feed_ill_formed", server.url("/bomb"))]

    now = datetime.now(UTC)
    for feed_id in ids:
        store.reschedule(feed_id, now)
    app.send_task(POLL_FEEDS)
    wait_until(lambda: store.states(ids)[2].consecutive_errors == 2)
    wait_until(lambda: store.states(ids)[0].last_outcome == "not_modified")
    assert server.hits("/good") == 2 and store.states(ids)[0].entries_total == 3
    assert services.sink.length(services.keys.alerts) == 1, "the same condition in the same window alerts once"
    assert services.sink.length(services.keys.articles) == 3


def test_two_pollers_racing_enqueue_each_due_feed_once(
    app: Celery, settings: Settings, store: RedisFeedStore, redis_client: redis.Redis
) -> None:
    ids = subscribe(store, [f"https://feeds.example/{i}" for i in range(150)])
    poll = app.tasks[POLL_FEEDS]
    start = threading.Barrier(4)
    counts: list[int] = []

    def poller() -> None:
        start.wait()
        for _ in range(3):
            counts.append(poll.apply().get())

    threads = [threading.Thread(target=poller) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == len(ids) == 150
    messages = [json.loads(m) for m in redis_client.lrange(settings.queue, 0, -1)]
    enqueued = [json.loads(base64.b64decode(m["body"]))[0][0] for m in messages]
    assert sorted(enqueued) == sorted(ids)
    assert store.due_count(datetime.now(UTC)) == 0


def test_a_hosts_fetch_slots_are_limited_across_workers_and_expire(store: RedisFeedStore) -> None:
    start = threading.Barrier(10)
    won: list[str] = []

    def fetcher(name: str) -> None:
        start.wait()
        if store.acquire_host("news.example", name, limit=2, lease_seconds=0.5):
            won.append(name)

    threads = [threading.Thread(target=fetcher, args=(f"task-{i}",)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 2
    assert not store.acquire_host("news.example", "late", limit=2, lease_seconds=0.5)
    assert store.acquire_host("other.example", "late", limit=2, lease_seconds=0.5)
    store.release_host("news.example", won[0])
    assert store.acquire_host("news.example", "late", limit=2, lease_seconds=0.5)
    time.sleep(0.6)
    assert store.acquire_host("news.example", "after-expiry-1", limit=2, lease_seconds=5)
    assert store.acquire_host("news.example", "after-expiry-2", limit=2, lease_seconds=5)


def test_a_removed_feed_is_not_resurrected_by_a_fetch_in_flight(store: RedisFeedStore) -> None:
    (feed_id,) = subscribe(store, ["https://feeds.example/gone"])
    state = store.states([feed_id])[0]
    assert store.remove(feed_id)
    store.save(feed_id, state)
    assert store.get(feed_id) is None and store.feeds() == []
    assert store.due_count(datetime(2100, 1, 1, tzinfo=UTC)) == 0
    assert store.states([feed_id])[0].last_fetch_at is None


@pytest.mark.usefixtures("celery_worker")
def test_a_fetch_waits_while_its_host_is_at_the_limit(
    app: Celery, settings: Settings, store: RedisFeedStore, server: FeedServer, redis_client: redis.Redis
) -> None:
    server.routes["/feed"] = static(rss(news_items(1, start=datetime.now(UTC))))
    (feed_id,) = subscribe(store, [server.url("/feed")])
    for holder in ("other-worker-1", "other-worker-2"):
        assert store.acquire_host("127.0.0.1", holder, limit=settings.feed_host_concurrency, lease_seconds=60)
    before = datetime.now(UTC).timestamp()
    app.send_task(FETCH_FEED, args=[feed_id, 0])
    wait_until(lambda: (redis_client.zscore(store.keys.feeds_due, feed_id) or 0) > before)
    assert server.hits("/feed") == 0 and store.states([feed_id])[0].last_fetch_at is None
    store.release_host("127.0.0.1", "other-worker-1")
    app.send_task(FETCH_FEED, args=[feed_id, 1])
    wait_until(lambda: store.states([feed_id])[0].last_outcome == "new")
    assert server.hits("/feed") == 1
