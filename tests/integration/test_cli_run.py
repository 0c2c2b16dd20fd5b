"""`eventwire run` (what `make run` calls): embedded Redis, a real worker process, a summary, nothing left running."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration


def eventwire(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env["EVENTWIRE_LOG_LEVEL"] = "WARNING"
    command = [sys.executable, "-m", "worker.cli", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)


def port_open(url: str) -> bool:
    parts = urlsplit(url)
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((parts.hostname or "", parts.port or 0)) == 0


def test_run_replays_seeds_on_an_embedded_redis_and_a_second_run_adds_nothing(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")

    first = eventwire("run", "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["articles"]["failed"] == 0
    assert summary["articles"]["unique"] == summary["articles"]["read"] > 0
    assert summary["events_by_type"]["Explosions/Remote violence"] >= 1
    assert summary["streams"]["eventwire:events"] == summary["events"] >= 5
    embedded = summary["redis"]["embedded redis"]
    assert str(tmp_path / ".eventwire" / "redis") in embedded
    assert (tmp_path / ".eventwire" / "redis" / "appendonlydir").exists() or list(
        (tmp_path / ".eventwire" / "redis").glob("appendonly*")
    )
    assert not port_open(embedded.split()[0]), "the embedded Redis must be stopped when the run ends"

    second = eventwire("run", "--json", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["articles"]["duplicate"] == summary["articles"]["read"]
    assert again["articles"]["unique"] == 0
    assert again["streams"] == summary["streams"]


def test_run_prints_a_readable_summary(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    result = eventwire("run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for words in ("articles", "Events per type", "Air/drone strike", "Kursk", "eventwire:events", "embedded redis"):
        assert words in result.stdout
