"""A v1 reader still reads today's entries: the JSON Schemas as first released (tests/contract/v1/) validate them.

The files under v1/ are frozen copies of schemas/json/*-1.json from the first release of the stream
contract. Never regenerate them: within a major version changes must be additive.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest
from jsonschema import Draft202012Validator

from schemas import DeadLetter
from schemas.generate import MODELS, schema_file
from worker.backends.memory import MemoryRateWindows, MemorySeenStore, MemoryStreamSink
from worker.consumers.alerts import event_alerts
from worker.consumers.rules import load_rules
from worker.keys import Keys
from worker.pipeline.analyze import analyze
from worker.pipeline.batch import process_batch
from worker.pipeline.publish import (
    alert_entry,
    dead_letter_entry,
    merged_entries,
    retracted_entries,
    updated_entries,
)
from worker.pipeline.replay import read_paths
from worker.protocols import StreamEntry
from worker.retention import Held, backpressure_alert
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]
V1 = Path(__file__).parent / "v1"
KEYS = Keys("eventwire:")


def v1_reader(schema: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((V1 / (schema.replace("/", "-") + ".json")).read_text()))


def todays_entries() -> list[StreamEntry]:
    """Every kind of entry the code writes today, from the seeds through the real stages."""
    taxonomy = load_taxonomy(None)
    sink = MemoryStreamSink()
    raws = [msgspec.to_builtins(raw) for raw in read_paths([ROOT / "seeds"])]
    process_batch(
        [*raws, {"title": "no text"}],
        owner="batch-1",
        seen=MemorySeenStore(),
        sink=sink,
        analyze=lambda article: analyze(article, taxonomy),
        keys=KEYS,
    )
    entries = [
        StreamEntry(stream, f["id"], f["type"], f["schema"], f["data"].encode())
        for stream, found in sink.entries.items()
        for _sid, f in found
    ]
    events = [msgspec.json.decode(e.data, type=MODELS["event/1"]) for e in entries if e.schema == "event/1"]
    first = events[0]
    entries += updated_entries(msgspec.structs.replace(first, revision=2, sources_count=2), KEYS)
    entries += merged_entries(events[1], into=first.event_id, keys=KEYS)
    entries += retracted_entries(events[2], reason="misread article", keys=KEYS)
    rules = load_rules(ROOT / "seeds" / "alert_rules.toml")
    now = datetime(2024, 12, 6, tzinfo=UTC)
    entries += [alert_entry(a, KEYS) for e in events for a in event_alerts(e, rules, MemoryRateWindows(), now)]
    entries.append(alert_entry(backpressure_alert(Held("eventwire:events", "alerts", 12, 10, "1-0"), now), KEYS))
    consumer_letter = DeadLetter(
        dead_letter_id="d_1",
        reason="ValueError",
        error="boom",
        stage="consume",
        attempts=5,
        stream="eventwire:events",
        stream_id="1-0",
        group="alerts",
        payload={"id": "e_1"},
    )
    entries.append(dead_letter_entry(consumer_letter, KEYS))
    return entries


ENTRIES = todays_entries()


def test_every_kind_of_entry_is_covered() -> None:
    kinds = {(e.type, e.schema) for e in ENTRIES}
    assert kinds == {
        ("article.accepted", "article/1"),
        ("event.created", "event/1"),
        ("event.updated", "event/1"),
        ("event.merged", "event/1"),
        ("event.retracted", "event/1"),
        ("alert.raised", "alert/1"),
        ("dlq.created", "dlq/1"),
    }


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.type}:{e.entry_id}")
def test_a_v1_reader_validates_todays_entry(entry: StreamEntry) -> None:
    data = json.loads(entry.data)
    errors = [f"{'/'.join(map(str, err.path))}: {err.message}" for err in v1_reader(entry.schema).iter_errors(data)]
    assert not errors
    assert not list(Draft202012Validator(json.loads(schema_file(entry.schema).read_text())).iter_errors(data))


def _definitions(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())["$defs"]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_todays_schema_only_adds_to_v1(name: str) -> None:
    before = _definitions(V1 / schema_file(name).name)
    now = _definitions(schema_file(name))
    for model, old in before.items():
        assert model in now, f"{model} removed"
        new = now[model]
        assert set(old.get("properties", {})) <= set(new.get("properties", {})), f"{model}: a field was removed"
        assert set(new.get("required", [])) <= set(old.get("required", [])), f"{model}: a new field is required"
        for field, spec in old.get("properties", {}).items():
            if "enum" in spec:
                assert set(spec["enum"]) <= set(new["properties"][field].get("enum", [])), f"{model}.{field}: value removed"
