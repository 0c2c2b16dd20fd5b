"""Log lines of finished work update the Prometheus counters; a malformed line never breaks logging."""

from __future__ import annotations

from prometheus_client import REGISTRY

from worker.instruments import count_log_event


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_batch_done_counts_articles_and_dedup_verdicts() -> None:
    before = sample("eventwire_articles_total", outcome="duplicate"), sample("eventwire_dedup_verdicts_total", layer="near", verdict="near_duplicate")
    line = {"event": "batch.done", "read": 5, "unique": 3, "duplicate": 2, "failed": 0, "dedup": {"near:near_duplicate": 1}}

    assert count_log_event(None, "info", line) is line

    assert sample("eventwire_articles_total", outcome="duplicate") == before[0] + 2
    assert sample("eventwire_dedup_verdicts_total", layer="near", verdict="near_duplicate") == before[1] + 1


def test_fetch_lines_count_by_outcome_and_status() -> None:
    before = sample("eventwire_fetches_total", outcome="error", status="503")
    count_log_event(None, "warning", {"event": "feed.fetch_failed", "outcome": "error", "status": 503, "ms": 120})
    assert sample("eventwire_fetches_total", outcome="error", status="503") == before + 1


def test_a_malformed_line_is_logged_untouched() -> None:
    line = {"event": "batch.done", "read": "many"}
    assert count_log_event(None, "info", line) == {"event": "batch.done", "read": "many"}
