"""Event-level dedup through a whole batch on the memory twins: one event per happening, updates for later sources."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import msgspec

from schemas import RawArticle
from worker.backends.memory import MemoryClusterIndex, MemoryNearIndex, MemorySeenStore, MemoryStreamSink
from worker.keys import Keys
from worker.pipeline.analyze import analyze
from worker.pipeline.batch import process_batch
from worker.taxonomy import load_taxonomy

KEYS = Keys("t:")
TAXONOMY = load_taxonomy()
MONDAY = datetime(2025, 3, 3, 12, tzinfo=UTC)
STRIKE = (
    "Artillery shells struck a residential district in the north of Kharkiv, Ukraine on Monday morning, killing 4 "
    "civilians and wounding 11 others, the regional governor said. The shelling damaged two apartment blocks, a "
    "kindergarten and a pharmacy near the market. Emergency crews worked for several hours to put out fires on the "
    "upper floors and pulled two people from the rubble. The governor urged residents to stay in shelters."
)
OTHER_OUTLET = (
    "Russian shelling killed four civilians in Kharkiv, Ukraine on Monday. Officials in the city said eleven people "
    "were hurt when shells hit apartment buildings in a northern district."
)


def payload(text: str, **fields: Any) -> dict[str, Any]:
    return msgspec.to_builtins(RawArticle(text=text, published_at=MONDAY, **fields))


class Pipeline:
    """The twins one deployment shares, and a way to send batches through them."""

    def __init__(self) -> None:
        self.sink, self.seen = MemoryStreamSink(), MemorySeenStore()
        self.near, self.clusters = MemoryNearIndex(window=86400), MemoryClusterIndex(window=7 * 86400)

    def run(self, payloads: list[Any], owner: str) -> Any:
        outcome, _again = process_batch(
            payloads, owner=owner, seen=self.seen, sink=self.sink, analyze=lambda a: analyze(a, TAXONOMY), keys=KEYS,
            near=self.near, clusters=self.clusters, now=MONDAY.timestamp(),
        )  # fmt: skip
        return outcome

    def events(self) -> list[tuple[str, dict[str, Any]]]:
        return [(fields["type"], json.loads(fields["data"])) for _sid, fields in self.sink.read(KEYS.events)]

    def articles(self) -> list[dict[str, Any]]:
        return [json.loads(fields["data"]) for _sid, fields in self.sink.read(KEYS.articles)]


def test_an_updated_toll_updates_the_original_event_under_its_id() -> None:
    pipeline = Pipeline()
    pipeline.run([payload(STRIKE, title="Shelling kills four in Kharkiv", publisher="Example Times")], "task-1")
    update = payload(STRIKE.replace("killing 4", "killing 7"), title="Kharkiv shelling toll rises to seven", publisher="Example Times")
    pipeline.run([update], "task-2")
    pipeline.run([update], "task-2")  # redelivered: the revision is written once

    (created, first), (updated, second) = pipeline.events()
    assert (created, updated) == ("event.created", "event.updated")
    assert second["event_id"] == first["event_id"] == second["cluster_id"]
    assert (second["revision"], second["sources_count"]) == (2, 2)
    assert second["casualties"]["killed"] == 7
    assert pipeline.articles()[1]["dedup"]["layer"] == "near"


def test_two_outlets_reporting_one_strike_make_one_event_with_two_independent_sources() -> None:
    pipeline = Pipeline()
    pipeline.run([payload(STRIKE, title="Shelling kills four in Kharkiv", publisher="Example Times")], "task-1")
    outcome = pipeline.run([payload(OTHER_OUTLET, title="Four killed in Kharkiv", publisher="Example Herald")], "task-2")

    (created, first), (updated, second) = pipeline.events()
    assert (created, updated) == ("event.created", "event.updated")
    assert second["event_id"] == first["event_id"]
    assert [s["publisher"] for s in second["sources"]] == ["Example Times", "Example Herald"]
    assert (second["sources_count"], second["independent_sources"]) == (2, 2)
    assert not any(s.get("syndicated") for s in second["sources"])
    verdict = pipeline.articles()[1]["dedup"]
    assert (verdict["layer"], verdict["matched"], verdict["events"][0]["verdict"]) == ("event", first["event_id"], "merged")
    assert outcome.merged == 1 and outcome.dedup["event:merged"] == 1


def test_a_wire_copy_is_a_syndicated_source() -> None:
    pipeline = Pipeline()
    pipeline.run([payload(STRIKE, title="Shelling kills four in Kharkiv", publisher="Global Wire")], "task-1")
    copy = "KHARKIV (Global Wire) - " + STRIKE + "\n\nReporting by the Kharkiv bureau. Copyright 2025 Global Wire."
    pipeline.run([payload(copy, title="Shelling kills four in Kharkiv", publisher="Daily Example News")], "task-2")

    _created, (_, update) = pipeline.events()
    assert [s.get("syndicated", False) for s in update["sources"]] == [False, True]
    assert (update["sources_count"], update.get("independent_sources", 1)) == (2, 1)


def test_the_same_kind_of_event_at_the_same_place_days_apart_stays_two_events() -> None:
    pipeline = Pipeline()
    pipeline.run([payload(STRIKE, title="Shelling kills four in Kharkiv")], "task-1")
    later = msgspec.to_builtins(RawArticle(text=OTHER_OUTLET.replace("on Monday", "on Friday"), title="Four killed", published_at=datetime(2025, 3, 7, 12, tzinfo=UTC)))
    pipeline.run([later], "task-2")

    assert [entry_type for entry_type, _ in pipeline.events()] == ["event.created", "event.created"]
