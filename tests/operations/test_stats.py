"""`eventwire stats` renders rates, events by type, consumer lag and failures from the real streams."""

from __future__ import annotations

import redis
from rich.console import Console

from tests.operations.conftest import eventwire
from worker.keys import Keys
from worker.services import services_for
from worker.settings import Settings
from worker.stats_view import GroupLag, Snapshot, render, take_snapshot


def fill(settings: Settings, client: redis.Redis) -> None:
    keys = Keys(settings.prefix)
    for index in range(6):
        client.xadd(keys.events, {"id": f"e{index}"})
        client.xadd(keys.events_of("Protests" if index % 3 else "Battles"), {"id": f"e{index}"})
    client.xadd(keys.dlq, {"id": "d1"})
    client.xgroup_create(keys.events, "alerts", id="0")
    client.xreadgroup("alerts", "c1", {keys.events: ">"}, count=2)


def test_one_shot_stats_show_rates_types_lag_and_failures(settings: Settings, redis_client: redis.Redis) -> None:
    fill(settings, redis_client)

    result = eventwire(settings, "stats", "--window", "600")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    events = next(line for line in lines if line.startswith("│ events "))
    assert [cell.strip() for cell in events.split("│")[3:5]] == ["6", "6"]  # in the window, total
    row = next(line for line in lines if "│ protests" in line)
    assert row.split("│")[2].strip() == "4"
    group = next(line for line in lines if "alerts (1)" in line)
    assert [cell.strip() for cell in group.split("│")[3:5]] == ["4", "2"]  # lag, pending
    assert "Failures" in result.stdout


def test_snapshot_counts_recent_entries_per_stream(settings: Settings, redis_client: redis.Redis) -> None:
    fill(settings, redis_client)

    snapshot = take_snapshot(services_for(settings), window=600)

    assert snapshot.lengths["events"] == 6 and snapshot.recent["events"] == 6
    assert snapshot.rate("events") == 6 / 600
    assert snapshot.events_by_type == {"protests": 4, "battles": 2}
    assert snapshot.groups == [GroupLag("events", "alerts", 1, 4, 2)]


def test_recent_dead_letters_are_highlighted() -> None:
    snapshot = Snapshot(window=60, recent={"dlq": 3}, lengths={"dlq": 10}, groups=[])
    console = Console(width=100, record=True, color_system="truecolor", force_terminal=True)
    console.print(render(snapshot))
    assert "no consumer groups" in console.export_text(clear=False)
    assert "\x1b[1;31m" in console.export_text(styles=True)  # bold red row of the failures table
