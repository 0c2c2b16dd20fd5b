"""A real worker polls 200 local feeds, a third of them hostile, keeps going, and `feeds list` shows each one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from celery import Celery

from tasks.feeds import POLL_FEEDS, feed_store
from tests.feed_fleet import EXPECTED_OUTCOME, install_fleet
from tests.feed_server import FeedServer
from worker.pipeline.feed_list import new_feed
from worker.services import Services
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
FEEDS = 200

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("celery_worker")]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.replace(
        fetch_allow="127.0.0.1/32", fetch_deadline=1, fetch_max_bytes=2 * 1024 * 1024, feed_parse_budget=1
    )


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(
        EVENTWIRE_BROKER_URL=settings.broker_url or "",
        EVENTWIRE_PREFIX=settings.prefix,
        EVENTWIRE_QUEUE=settings.queue,
        EVENTWIRE_LOG_LEVEL="WARNING",
    )
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *args], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def test_a_third_of_200_feeds_misbehave_and_the_worker_keeps_going(
    app: Celery, settings: Settings, services: Services, server: FeedServer
) -> None:
    fleet = install_fleet(server, FEEDS)
    store = feed_store(settings)
    now = datetime.now(UTC)
    feeds = [new_feed(url, interval=600, now=now) for url, _kind in fleet]
    for feed in feeds:
        store.add(feed, due_at=now)
    kinds = Counter(kind for _url, kind in fleet)
    assert kinds["good"] == 134 and sum(kinds.values()) - kinds["good"] == 66

    app.send_task(POLL_FEEDS)
    deadline = time.monotonic() + 180
    ids = [feed.feed_id for feed in feeds]
    while not all(state.last_fetch_at for state in store.states(ids)):
        assert time.monotonic() < deadline, "not every feed was fetched"
        time.sleep(0.2)

    states = store.states(ids)
    outcomes = {(kind, state.last_outcome) for (_url, kind), state in zip(fleet, states, strict=True)}
    assert outcomes == {(kind, EXPECTED_OUTCOME[kind]) for kind in kinds}
    for (_url, kind), state in zip(fleet, states, strict=True):
        if EXPECTED_OUTCOME[kind] in {"error", "throttled", "rejected", "ill_formed"}:
            assert state.consecutive_errors == 1 and state.last_error, kind
    expected_articles = 2 * kinds["good"] + 2 * kinds["malformed"]
    while services.sink.length(services.keys.articles) < expected_articles:
        assert time.monotonic() < deadline, "the entries did not all reach the articles stream"
        time.sleep(0.2)
    assert services.sink.length(services.keys.articles) == expected_articles

    listed = cli(settings, "feeds", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == FEEDS and all(row["state"]["last_outcome"] for row in rows)
    table = cli(settings, "feeds", "list")
    assert table.returncode == 0, table.stderr
    for url, _kind in fleet:
        assert url in table.stdout
    ill_formed = sum(kinds[k] for k in ("entity_bomb", "html_page", "empty", "malformed", "redos"))
    assert f"{FEEDS} feeds, {ill_formed} unhealthy" in table.stderr
