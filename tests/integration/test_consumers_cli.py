"""`eventwire consume`, `alerts` and `streams` as a shell user runs them, against the real test Redis."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from worker.backends.groups import RedisGroups
from worker.pipeline.normalize import normalize
from worker.pipeline.publish import event_entries
from worker.pipeline.replay import read_paths
from worker.services import Services
from worker.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def environment(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(
        EVENTWIRE_BROKER_URL=settings.broker_url or "",
        EVENTWIRE_STREAMS_URL=settings.streams_url or "",
        EVENTWIRE_PREFIX=settings.prefix,
        EVENTWIRE_LOG_LEVEL="WARNING",
        EVENTWIRE_LOG_FORMAT="json",
    )
    return env


def eventwire(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "worker.cli", *args]
    return subprocess.run(command, env=environment(settings), capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def seed_published(services: Services) -> int:
    """The seed articles' events on the firehose, as the worker would publish them; how many."""
    events = [e for raw in read_paths([ROOT / "seeds"]) for e in services.analyze(normalize(raw))]
    services.sink.publish(event_entries(events, services.keys))
    return len(events)


def test_consume_exec_cat_hands_each_event_to_the_command_as_json(
    settings: Settings, services: Services, seed_published: int
) -> None:
    result = eventwire(settings, "consume", "events", "--group", "shell", "--exec", "cat", "--once")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == seed_published
    assert {line["type"] for line in lines} == {"event.created"}
    assert any(line["data"]["sub_event_type"] == "Air/drone strike" for line in lines)
    assert RedisGroups(services.client, services.keys.events, "shell").pending_count() == 0

    again = eventwire(settings, "consume", "events", "--group", "shell", "--jsonl", "--once")
    assert again.stdout == "", "the group had read everything"


def test_a_failing_command_is_retried_then_the_entry_is_dead_lettered(
    settings: Settings, services: Services, seed_published: int
) -> None:
    result = eventwire(
        settings,
        "consume",
        "events",
        "--group",
        "shell",
        "--exec",
        "sh -c 'exit 3'",
        "--max",
        str(seed_published),
        "--max-deliveries",
        "2",
        "--retry-after",
        "0.1",
    )
    assert result.returncode == 0, result.stderr
    letters = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.dlq)]
    assert len(letters) == seed_published
    assert {(letter["attempts"], letter["reason"], letter["group"]) for letter in letters} == {(2, "TransientError", "shell")}
    assert "exited with 3" in letters[0]["error"]


def test_sigterm_stops_the_daemon_after_the_entry_in_hand_and_a_restart_resumes(
    settings: Settings, services: Services, seed_published: int
) -> None:
    command = [sys.executable, "-m", "worker.cli", "consume", "events", "--group", "daemon", "--jsonl"]
    process = subprocess.Popen(
        command, env=environment(settings), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    printed = [json.loads(process.stdout.readline())]
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    printed += [json.loads(line) for line in stdout.splitlines()]
    pending = RedisGroups(services.client, services.keys.events, "daemon").pending_count()
    assert len(printed) + pending == seed_published, "each entry was either handled and acked, or is still pending"

    restarted = eventwire(settings, "consume", "events", "--group", "daemon", "--jsonl", "--once")
    printed += [json.loads(line) for line in restarted.stdout.splitlines()]
    assert sorted(e["stream_id"] for e in printed) == sorted(sid for sid, _ in services.sink.read(services.keys.events))
    assert RedisGroups(services.client, services.keys.events, "daemon").pending_count() == 0


def test_the_sample_rules_raise_an_alert_for_the_seed_drone_strike(
    settings: Settings, services: Services, seed_published: int
) -> None:
    result = eventwire(settings, "alerts", "--rules", "seeds/alert_rules.toml", "--once")
    assert result.returncode == 0, result.stderr
    alerts = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.alerts)]
    drone = [a for a in alerts if a["rule"] == "drone-strike-russia"]
    assert [(a["sub_event_type"], a["location"], a["country"]) for a in drone] == [("Air/drone strike", "Kursk", "Russia")]
    logged = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert {line["alert_id"] for line in logged if line.get("event") == "alert"} == {a["alert_id"] for a in alerts}

    again = eventwire(settings, "alerts", "--rules", "seeds/alert_rules.toml", "--once", "--group", "alerts-2")
    assert again.returncode == 0, again.stderr
    assert len(services.sink.read(services.keys.alerts)) == len(alerts), "another group raises the same alert ids"


def test_streams_shows_length_groups_lag_pending_and_dead_letters(
    settings: Settings, services: Services, seed_published: int
) -> None:
    group = RedisGroups(services.client, services.keys.events, "slow")
    group.ensure()
    group.read_new("slow-1", 2, None)
    result = eventwire(settings, "streams", "--json")
    assert result.returncode == 0, result.stderr
    shown = {item["stream"]: item for item in json.loads(result.stdout)}
    events = shown[services.keys.events]
    assert events["length"] == seed_published
    (slow,) = events["groups"]
    assert (slow["name"], slow["pending"], slow["lag"]) == ("slow", 2, seed_published - 2)
    table = eventwire(settings, "streams")
    assert "slow (1)" in table.stdout and "oldest pending" in table.stdout
