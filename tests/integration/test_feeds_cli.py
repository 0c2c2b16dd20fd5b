"""`eventwire feeds add / import / list / remove` against the real test Redis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tasks.feeds import feed_store
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration


def eventwire(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(EVENTWIRE_BROKER_URL=settings.broker_url or "", EVENTWIRE_PREFIX=settings.prefix, EVENTWIRE_LOG_LEVEL="WARNING")
    command = [sys.executable, "-m", "worker.cli", "feeds", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_add_list_and_remove_a_feed(settings: Settings) -> None:
    added = eventwire(settings, "add", "https://news.example/rss", "--interval", "120", "--tags", "world,local")
    assert added.returncode == 0, added.stderr
    assert "added" in added.stdout
    again = eventwire(settings, "add", "https://news.example/rss", "--interval", "300")
    assert "updated" in again.stdout
    (row,) = [json.loads(line) for line in eventwire(settings, "list", "--json").stdout.splitlines()]
    assert (row["feed"]["url"], row["feed"]["interval"], row["feed"].get("tags")) == ("https://news.example/rss", 300, None)
    table = eventwire(settings, "list")
    assert "https://news.example/rss" in table.stdout and "never fetched" in table.stdout
    assert eventwire(settings, "remove", "https://news.example/rss").returncode == 0
    assert feed_store(settings).feeds() == []
    gone = eventwire(settings, "remove", "https://news.example/rss")
    assert gone.returncode == 1 and "no such feed" in gone.stderr


def test_a_url_that_is_not_http_is_refused(settings: Settings) -> None:
    result = eventwire(settings, "add", "file:///etc/passwd")
    assert result.returncode == 2 and "only http and https" in result.stderr
    assert feed_store(settings).feeds() == []


def test_import_subscribes_the_feed_list_once(settings: Settings) -> None:
    path = str(ROOT / "seeds" / "feeds.toml")
    first = eventwire(settings, "import", path)
    assert first.returncode == 0, first.stderr
    count = len(feed_store(settings).feeds())
    assert count > 0 and f"{count} added" in first.stdout
    second = eventwire(settings, "import", path)
    assert f"0 added, {count} updated" in second.stdout
    assert len(feed_store(settings).feeds()) == count
