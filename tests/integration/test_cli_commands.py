"""`eventwire submit`, `replay` and `tail` against a running deployment (real Redis, real worker)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from worker.services import Services
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("celery_worker")]


def eventwire(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(
        EVENTWIRE_BROKER_URL=settings.broker_url or "",
        EVENTWIRE_STREAMS_URL=settings.streams_url or "",
        EVENTWIRE_PREFIX=settings.prefix,
        EVENTWIRE_QUEUE=settings.queue,
        EVENTWIRE_LOG_LEVEL="WARNING",
    )
    command = [sys.executable, "-m", "worker.cli", *args]
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_submit_reports_a_malformed_line_and_still_enqueues_the_rest(settings: Settings, services: Services) -> None:
    lines = [
        json.dumps({"text": "Artillery shelling hit Kharkiv on Monday, killing at least 3 people.", "url": "https://n.example/1"}),
        "{not json",
        json.dumps({"title": "An article without text"}),
        json.dumps({"text": "Thousands of teachers protested peacefully in Santiago, Chile, demanding higher pay."}),
    ]
    result = eventwire(settings, "submit", "--wait", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1, result.stderr
    assert "line 2:" in result.stderr and "line 3:" in result.stderr
    assert services.sink.length(services.keys.articles) == 2
    letters = [json.loads(fields["data"]) for _sid, fields in services.sink.read(services.keys.dlq)]
    assert sorted(letter["origin"] for letter in letters) == ["submit:2", "submit:3"]


def test_replay_enqueues_files_and_tail_prints_the_events(settings: Settings, services: Services) -> None:
    result = eventwire(settings, "replay", "--wait", str(ROOT / "seeds" / "kursk_drone_strike.txt"))
    assert result.returncode == 0, result.stderr
    assert services.sink.length(services.keys.events) >= 5

    tailed = eventwire(settings, "tail", "events", "--json", "--count", "0")
    assert tailed.returncode == 0, tailed.stderr
    entries = [json.loads(line) for line in tailed.stdout.splitlines()]
    assert len(entries) == services.sink.length(services.keys.events)
    assert {entry["schema"] for entry in entries} == {"event/1"}
    assert any(entry["data"]["sub_event_type"] == "Air/drone strike" for entry in entries)

    readable = eventwire(settings, "tail", "events", "-n", "2")
    assert len(readable.stdout.splitlines()) == 2
