"""Event-level dedup through a whole batch on the memory twins: one event per happening, updates for later sources."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import msgspec

from schemas import RawArticle
from worker.backends.memory import MemoryClusterIndex, MemoryNearIndex, MemorySeenStore, MemoryStreamSink
from worker.keys import Keys
from worker.pipeline.analyze import analyze
from worker.pipeline.batch import process_batch
from worker.pipeline.clusters import CREATED_IF_ABSENT_FOR, cluster_events
from worker.pipeline.dedup import Judged
from worker.pipeline.normalize import normalize
from worker.protocols import PublishResult, StreamEntry
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

    def run(self, payloads: list[Any], owner: str, sink: Any = None) -> Any:
        outcome, _again = process_batch(
            payloads, owner=owner, seen=self.seen, sink=sink or self.sink, analyze=lambda a: analyze(a, TAXONOMY), keys=KEYS,
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


class Overtaken:
    """A sink through which, between a batch's cluster join and its publish, another worker runs a whole batch."""

    def __init__(self, sink: MemoryStreamSink, meanwhile: Callable[[], object]) -> None:
        self.sink, self.meanwhile = sink, meanwhile

    def publish(self, entries: list[StreamEntry]) -> list[PublishResult]:
        self.meanwhile()
        return self.sink.publish(entries)


def test_a_source_published_before_its_cluster_s_first_event_never_shows_an_update_first() -> None:
    pipeline = Pipeline()
    first = payload(STRIKE, title="Shelling kills four in Kharkiv", publisher="Example Times")
    second = payload(OTHER_OUTLET, title="Four killed in Kharkiv", publisher="Example Herald")
    pipeline.run([first], "task-1", sink=Overtaken(pipeline.sink, lambda: pipeline.run([second], "task-2")))

    entries = pipeline.events()
    assert [entry_type for entry_type, _ in entries] == ["event.created", "event.updated"]
    (_, created), (_, updated) = entries
    assert created["event_id"] == updated["event_id"] == created["cluster_id"]
    assert [s["publisher"] for s in created["sources"]] == ["Example Times", "Example Herald"], "the later source announced the event"
    assert updated["revision"] == 2
    pipeline.run([first], "task-1")  # the first task's redelivery writes nothing new
    assert len(pipeline.events()) == 2


def test_updates_carry_the_created_entry_only_while_the_first_event_may_still_be_pending() -> None:
    index, start = MemoryClusterIndex(window=7 * 86400), MONDAY.timestamp()
    sources = [normalize(RawArticle(text=STRIKE, title=f"Report {n}", publisher=f"Outlet {n}", published_at=MONDAY)) for n in range(3)]
    events = [analyze(article, TAXONOMY) for article in sources]
    batch = [(Judged(article, root=article.article_id), found) for article, found in zip(sources, events, strict=True)]

    (head,) = cluster_events(batch[:1], index, window_days=1, max_sources=50, now=start)
    (soon,) = cluster_events(batch[1:2], index, window_days=1, max_sources=50, now=start + 600)
    (late,) = cluster_events(batch[2:], index, window_days=1, max_sources=50, now=start + CREATED_IF_ABSENT_FOR + 600)
    assert (len(head.created), len(soon.updated), len(late.updated)) == (1, 1, 1)
    assert [e.event_id for e in soon.created_if_absent] == [head.created[0].event_id]
    assert late.created_if_absent == [], "a day on, the first event is on the stream: no second event.created"
