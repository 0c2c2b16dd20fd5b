"""Prometheus metrics of a real worker's forked processes, scraped over HTTP on 127.0.0.1 after a small replay."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.faults.harness import ROOT, corpus, wait_until
from tests.operations.conftest import free_port
from worker.app import create_app
from worker.deployment import settings_env
from worker.producer import enqueue, wait_for
from worker.services import services_for
from worker.settings import Settings


def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of /metrics as {(name, sorted labels): value}."""
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def replayed(settings: Settings, start_worker, tmp_path: Path) -> tuple[Settings, int]:
    """A worker (2 forked processes, metrics on a port) that processed 12 articles, 3 of them sent twice."""
    port = free_port()
    settings = settings.replace(metrics_port=port, metrics_dir=tmp_path / "metrics", batch_size=3)
    start_worker(settings, concurrency=2)
    articles = corpus(12, tag="metrics")
    services = services_for(settings)
    app = create_app(settings)
    totals = wait_for(enqueue(app, articles, batch_size=3), services.ledger, timeout=60)
    again = wait_for(enqueue(app, articles[:3], batch_size=3), services.ledger, timeout=60)
    assert (totals.unique, again.duplicate) == (12, 3)
    return settings, port


def test_the_worker_serves_counts_summed_over_its_processes(replayed: tuple[Settings, int]) -> None:
    settings, port = replayed
    samples = scrape(port)

    assert value(samples, "eventwire_articles_total", outcome="read") == 15
    assert value(samples, "eventwire_articles_total", outcome="unique") == 12
    assert value(samples, "eventwire_articles_total", outcome="duplicate") == 3
    assert value(samples, "eventwire_dedup_verdicts_total", layer="exact", verdict="duplicate") == 3
    events = {labels: v for (name, labels), v in samples.items() if name == "eventwire_events_total"}
    assert sum(events.values()) == services_for(settings).sink.length(settings.prefix + "events")
    assert any(dict(labels)["modality"] == "occurred" for labels in events)
    assert value(samples, "eventwire_stage_seconds_count", stage="analyze") == 12
    assert value(samples, "eventwire_stage_seconds_count", stage="dedup_exact") == 5  # one call per batch
    assert value(samples, "eventwire_stream_length", stream="events") == sum(events.values())
    assert value(samples, "eventwire_streams_up") == 1


def test_eventwire_metrics_serves_the_same_files_and_the_group_lag(replayed: tuple[Settings, int]) -> None:
    settings, _ = replayed
    services = services_for(settings)
    services.client.xgroup_create(services.keys.events, "dashboard", id="0")
    port = free_port()
    command = [sys.executable, "-m", "worker.cli", "metrics", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, env=settings_env(settings), stderr=subprocess.PIPE)
    try:
        wait_until(lambda: _answers(port), 30, "eventwire metrics listening")
        samples = scrape(port)
    finally:
        server.terminate()
        server.wait(10)

    length = services.sink.length(services.keys.events)
    assert value(samples, "eventwire_articles_total", outcome="unique") == 12
    assert value(samples, "eventwire_group_lag", stream="events", group="dashboard") == length
    assert value(samples, "eventwire_group_pending", stream="events", group="dashboard") == 0


def _answers(port: int) -> bool:
    try:
        scrape(port)
    except OSError:
        return False
    return True
