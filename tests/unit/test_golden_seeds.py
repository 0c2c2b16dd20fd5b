"""Golden test: every seed article, replayed through the production path, yields the events seeds/expected.toml lists."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import msgspec
import pytest

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.pipeline.replay import read_path
from worker.taxonomy import load_taxonomy

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EXPECTED: dict[str, Any] = tomllib.loads((SEEDS / "expected.toml").read_text(encoding="utf-8"))


def _article(stem: str) -> Article:
    raws = list(read_path(SEEDS / f"{stem}.txt"))
    assert len(raws) == 1
    return normalize(raws[0])


def _partial(actual: Any, expected: dict[str, Any], where: str) -> None:
    assert actual is not None, f"{where}: missing"
    for key, value in expected.items():
        got = getattr(actual, key)
        assert (str(got) if key == "date" else got) == value, f"{where}.{key}: expected {value!r}, got {got!r}"


def _contains_item(items: list[Any], expected: dict[str, Any]) -> bool:
    for item in msgspec.to_builtins(items):
        if all(item.get(k) == v for k, v in expected.items()):
            return True
    return False


def _matches(event: Event, spec: dict[str, Any]) -> bool:
    return (
        event.event_type == spec["event_type"]
        and event.sub_event_type == spec.get("sub_event_type", event.sub_event_type)
        and spec.get("evidence_contains", "") in event.evidence.sentence
    )


def _check(event: Event, spec: dict[str, Any], where: str) -> None:
    for key in ("family", "modality"):
        if key in spec:
            assert getattr(event, key) == spec[key], f"{where}.{key}: got {getattr(event, key)!r}"
    for key in ("location", "occurred", "casualties"):
        if key in spec:
            _partial(getattr(event, key), spec[key], f"{where}.{key}")
    for key in ("people", "actors", "quantities"):
        for item in spec.get(key, []):
            assert _contains_item(getattr(event, key), item), f"{where}.{key}: no {item!r} in {getattr(event, key)!r}"
    for fragment in spec.get("damage_contains", []):
        assert any(fragment in d for d in event.damage), f"{where}.damage: no item contains {fragment!r}: {event.damage!r}"
    if "channel" in spec:
        assert event.source is not None and event.source.channel == spec["channel"], f"{where}.channel"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_seed_yields_expected_events(stem: str) -> None:
    table = EXPECTED[stem]
    taxonomy = load_taxonomy()
    events = analyze(_article(stem), taxonomy)
    remaining = list(events)
    for i, spec in enumerate(table.get("events", [])):
        where = f"{stem}[{i}] {spec['event_type']}/{spec.get('sub_event_type')}"
        found = next((e for e in remaining if _matches(e, spec)), None)
        assert found is not None, f"{where}: not produced; got {[(e.event_type, e.sub_event_type, e.evidence.sentence[:60]) for e in events]}"
        remaining.remove(found)
        _check(found, spec, where)
    if not table.get("allow_extra_events", False):
        assert not remaining, f"{stem}: unexpected events {[(e.event_type, e.sub_event_type, e.evidence.sentence) for e in remaining]}"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_seed_analysis_is_deterministic(stem: str) -> None:
    taxonomy = load_taxonomy()
    first = msgspec.json.encode(analyze(_article(stem), taxonomy))
    second = msgspec.json.encode(analyze(_article(stem), taxonomy))
    assert first == second


def test_every_seed_file_has_expectations() -> None:
    stems = {p.stem for p in SEEDS.glob("*.txt")}
    assert stems == set(EXPECTED)


def test_seed_events_carry_versions_offsets_and_source() -> None:
    article = _article("kursk_drone_strike")
    taxonomy = load_taxonomy()
    for event in analyze(article, taxonomy):
        assert article.text[event.evidence.start:event.evidence.end] == event.evidence.sentence
        assert event.taxonomy_version == taxonomy.version
        assert event.pipeline_version
        assert event.replay is True
        assert event.source is not None and event.source.published_at == article.published_at
        assert event.evidence.cues
        assert event.title


def test_follow_up_and_background_sentences_make_no_events() -> None:
    events = analyze(_article("kursk_drone_strike"), load_taxonomy())
    sentences = [e.evidence.sentence for e in events]
    assert not any(s.startswith("Emergency services") for s in sentences)
    assert not any("latest in a series" in s for s in sentences)
    assert sum(e.sub_event_type == "Air/drone strike" for e in events) == 1
