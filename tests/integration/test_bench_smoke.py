"""The throughput benchmark runs end to end on a tiny corpus (real Redis and Celery workers); no timing asserted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.throughput import main  # noqa: E402

pytestmark = pytest.mark.integration


def test_bench_runs_and_writes_its_report(tmp_path: Path) -> None:
    argv = [
        "--articles", "60", "--naive-articles", "20", "--sweep", "5,60", "--sweep-articles", "30",
        "--rate", "100", "--latency-seconds", "0.3", "--profile-articles", "30", "--ceiling-entries", "500",
        "--out", str(tmp_path),
    ]  # fmt: skip
    plots = importlib.util.find_spec("matplotlib") is not None  # the `bench` extra
    if not plots:
        argv.append("--no-plots")
    assert main(argv) == 0
    report = (tmp_path / "RESULTS.md").read_text()
    for heading in ("Side by side", "Latency at a fixed offered load", "Memory (e)", "Per-stage cost (f)", "Machine"):
        assert heading in report
    assert "(a) eventwire, batched" in report and "(b) naive" in report and "(c) ceiling" in report
    for png in ("throughput_vs_batch_size.png", "latency.png") if plots else ():
        assert (tmp_path / png).read_bytes().startswith(b"\x89PNG")
