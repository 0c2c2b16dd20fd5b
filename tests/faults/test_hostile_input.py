"""Hostile input: arbitrary bytes and text into replay, submit, the feed parser and a real worker.

Every input is processed or refused with a reason, within a time bound; no worker dies.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from celery import Celery
from hypothesis import HealthCheck, given, settings, strategies as st

from schemas import RawArticle
from tests.faults.harness import WorkerProcess
from worker.errors import PermanentError
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.pipeline.parse import parse_feed
from worker.pipeline.replay import decode_article_line, read_path
from worker.producer import Run, wait_for
from worker.services import Services
from worker.settings import Settings
from worker.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
TIME_BOUND = 2.0
SEED = (Path(__file__).parents[2] / "seeds" / "kursk_drone_strike.txt").read_text(encoding="utf-8")

FEEDISH = st.one_of(
    st.binary(max_size=4000),
    st.text(max_size=2000).map(lambda text: f'<?xml version="1.0"?><rss><channel><item><title>{text}</title></item></channel></rss>'.encode()),
    st.text(max_size=2000).map(lambda text: f"<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>1</id><content>{text}</content></entry></feed>".encode("utf-8", "surrogatepass")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=50), lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)).map(lambda value: json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": value}).encode()),
)
ARTICLE_JSON = st.dictionaries(
    st.sampled_from(["text", "title", "url", "guid", "published_at", "publisher", "feed", "language", "extra"]),
    st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.text(max_size=300), st.lists(st.text(max_size=5), max_size=3)),
    max_size=9,
)


@pytest.fixture(scope="module", autouse=True)
def loaded_tables() -> None:
    """The gazetteer and word lists load once, as a worker loads them when it starts; the bound is on handling input."""
    analyze(normalize(RawArticle(text=SEED, title="Shelling Hits Donetsk")), TAXONOMY)


def bounded(function: Callable[[], Any]) -> Any:
    started = time.monotonic()
    try:
        return function()
    finally:
        assert time.monotonic() - started < TIME_BOUND, "hostile input must be handled quickly"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FEEDISH)
def test_the_feed_parser_parses_or_refuses_any_bytes(body: bytes) -> None:
    try:
        parsed = bounded(lambda: parse_feed(body))
    except PermanentError as exc:
        assert str(exc)
        return
    for entry in parsed.entries:
        assert isinstance(entry, RawArticle)
    assert parsed.bozo or parsed.bozo_reason is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000), ARTICLE_JSON.map(lambda d: json.dumps(d).encode())))
def test_a_submitted_line_is_an_article_or_a_clear_error(line: bytes) -> None:
    try:
        raw = bounded(lambda: decode_article_line(line))
    except PermanentError as exc:
        assert str(exc)
        return
    analysed_or_refused(raw)


def analysed_or_refused(raw: RawArticle) -> None:
    try:
        article = bounded(lambda: normalize(raw))
    except PermanentError as exc:
        assert str(exc)
        return
    events = bounded(lambda: analyze(article, TAXONOMY))
    for event in events:
        assert 0 <= event.evidence.start <= event.evidence.end <= len(article.text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000), st.datetimes(timezones=st.timezones()) | st.none())
def test_any_text_is_normalized_and_analysed_or_refused(text: str, published_at: Any) -> None:
    analysed_or_refused(RawArticle(text=text, published_at=published_at))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".xml", ".rss", ".atom", ".bin"]))
def test_replay_reads_or_skips_any_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for raw in bounded(lambda: list(read_path(path))):
        analysed_or_refused(raw)


LONG_TEXTS = {
    "one sentence": "Protesters marched in Lima, Peru. ",
    "a wire story": "Gunmen killed 12 villagers in Zamfara State, Nigeria, police said on Monday. Troops of the Nigerian army clashed "
                    "with Boko Haram near Maiduguri, and two soldiers were wounded. ",
    "the seed article": SEED,
}


@pytest.mark.parametrize("name", LONG_TEXTS)
def test_analysis_time_grows_in_step_with_the_length_of_a_huge_article(name: str) -> None:
    """An article of the largest size kept costs about eight times one of an eighth of it, never its square."""
    def seconds(size: int) -> float:
        base = LONG_TEXTS[name]
        article = normalize(RawArticle(text=(base * (size // len(base) + 1))[:size]))
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            analyze(article, TAXONOMY)
            timings.append(time.perf_counter() - started)
        return min(timings)

    small, large = seconds(25_000), seconds(200_000)
    assert large < 3 * 8 * small + 0.5, f"{large:.2f}s for 200 KB against {small:.3f}s for 25 KB"


def hostile_payload(rng: random.Random) -> Any:
    """One task payload item of the kinds producers get wrong or attackers send."""
    junk = "".join(chr(rng.choice([rng.randint(0, 0x1F), rng.randint(0x20, 0x7E), rng.randint(0x80, 0x2FFF)])) for _ in range(rng.randint(0, 400)))
    kinds: list[Any] = [
        {"text": junk},
        {"text": junk, "published_at": rng.choice(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "yesterday", ""])},
        {"text": "Protesters marched in Lima, Peru. " * rng.randint(1, 20000)},
        {"text": "<script>alert(1)</script><p>Shelling hit Donetsk, killing 2.</p>", "url": "javascript:alert(1)"},
        {"text": None, "title": junk},
        {"title": junk},
        {"text": rng.randint(-(10**30), 10**30)},
        {"text": ["nested", {"deep": junk}]},
        junk,
        rng.random(),
        None,
    ]
    return rng.choice(kinds)


@pytest.mark.timeout(600)
def test_a_real_worker_processes_or_dead_letters_every_hostile_payload(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    settings_ = fault_settings.replace(analyzer="worker.pipeline.analyze:analyze")
    worker = start_worker(settings_, concurrency=2)
    worker.wait_ready()
    rng = random.Random(10)
    run = Run()
    for number in range(40):
        batch = [hostile_payload(rng) for _ in range(rng.randint(1, 20))]
        batch_id = f"hostile-{number}"
        app.send_task("eventwire.process_articles", args=[batch, run.run_id], task_id=batch_id)
        run.batch_ids.append(batch_id)
        run.articles += len(batch)

    totals = wait_for(run, services.ledger, timeout=300)

    assert totals.read == run.articles
    assert totals.unique + totals.duplicate + totals.failed == run.articles, "every input accounted for"
    letters = [json.loads(fields["data"]) for _sid, fields in services.sink.read(services.keys.dlq)]
    assert len(letters) == totals.failed
    assert all(letter["reason"] and letter["error"] for letter in letters)
    assert worker.alive() and len(worker.children()) == 2, "no worker process died"
