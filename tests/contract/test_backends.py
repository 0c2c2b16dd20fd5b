"""One contract, two implementations: the memory twins must behave like the Redis backends."""

from __future__ import annotations

from typing import Any

import pytest
import redis

from worker.backends.memory import MemoryOutbox, MemoryRunLedger, MemorySeenStore, MemoryStreamSink
from worker.backends.redis import RedisOutbox, RedisRunLedger, RedisSeenStore, RedisStreamSink
from worker.keys import Keys
from worker.protocols import Outbox, RunLedger, SeenStore, StreamEntry, StreamSink


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest, namespace: str) -> dict[str, Any]:
    keys = Keys(namespace)
    if request.param == "memory":
        return {
            "keys": keys,
            "sink": MemoryStreamSink(),
            "seen": MemorySeenStore(),
            "ledger": MemoryRunLedger(),
            "outbox": MemoryOutbox(),
        }
    client: redis.Redis = request.getfixturevalue("redis_client")
    return {
        "keys": keys,
        "sink": RedisStreamSink(client, keys, maxlen=10_000, idempotency_ttl=600),
        "seen": RedisSeenStore(client, keys, ttl=600),
        "ledger": RedisRunLedger(client, keys),
        "outbox": RedisOutbox(client, keys),
    }


def entry(keys: Keys, entry_id: str, stream: str | None = None) -> StreamEntry:
    return StreamEntry(stream or keys.events, entry_id, "event.created", "event/1", b'{"event_id": "%s"}' % entry_id.encode())


def test_implements_the_protocols(backend: dict[str, Any]) -> None:
    assert isinstance(backend["sink"], StreamSink)
    assert isinstance(backend["seen"], SeenStore)
    assert isinstance(backend["ledger"], RunLedger)


def test_publish_appends_in_order_with_the_entry_fields(backend: dict[str, Any]) -> None:
    keys, sink = backend["keys"], backend["sink"]
    results = sink.publish([entry(keys, "e1"), entry(keys, "e2")])
    assert [r.written for r in results] == [True, True]
    stored = sink.read(keys.events)
    assert [fields["id"] for _sid, fields in stored] == ["e1", "e2"]
    assert stored[0][1] == {"id": "e1", "type": "event.created", "schema": "event/1", "data": '{"event_id": "e1"}'}
    assert [sid for sid, _ in stored] == [r.stream_id for r in results]


def test_publishing_the_same_entry_again_writes_nothing(backend: dict[str, Any]) -> None:
    keys, sink = backend["keys"], backend["sink"]
    first = sink.publish([entry(keys, "e1")])
    again = sink.publish([entry(keys, "e1"), entry(keys, "e1"), entry(keys, "e2")])
    assert [r.written for r in again] == [False, False, True]
    assert again[0].stream_id == first[0].stream_id
    assert sink.length(keys.events) == 2


def test_the_same_id_on_two_streams_is_two_entries(backend: dict[str, Any]) -> None:
    keys, sink = backend["keys"], backend["sink"]
    sink.publish([entry(keys, "e1"), entry(keys, "e1", keys.events_of("Protests"))])
    assert sink.length(keys.events) == 1
    assert sink.length(keys.events_of("Protests")) == 1
    assert sink.streams() == sorted([keys.events, keys.events_of("Protests")])


def test_empty_publish_and_missing_stream(backend: dict[str, Any]) -> None:
    keys, sink = backend["keys"], backend["sink"]
    assert sink.publish([]) == []
    assert sink.length(keys.dlq) == 0
    assert sink.read(keys.dlq) == []


def test_run_ledger_keeps_one_outcome_per_batch(backend: dict[str, Any]) -> None:
    ledger = backend["ledger"]
    ledger.record("run-1", "b1", b"first")
    ledger.record("run-1", "b1", b"again")
    ledger.record("run-1", "b2", b"x")
    assert ledger.outcomes("run-1") == {"b1": b"again", "b2": b"x"}
    assert ledger.outcomes("run-2") == {}


def test_each_lifecycle_change_of_one_event_is_written_once(backend: dict[str, Any]) -> None:
    keys, sink = backend["keys"], backend["sink"]
    created = entry(keys, "e1")
    revised = StreamEntry(keys.events, "e1", "event.updated", "event/1", b'{"revision": 2}', dedup_key="e1:r2")
    retracted = StreamEntry(keys.events, "e1", "event.retracted", "event/1", b'{"revision": 3}', dedup_key="e1:retracted")
    assert [r.written for r in sink.publish([created, revised, retracted])] == [True, True, True]
    assert [r.written for r in sink.publish([created, revised, retracted])] == [False, False, False]
    stored = sink.read(keys.events)
    assert [(f["id"], f["type"]) for _sid, f in stored] == [("e1", "event.created"), ("e1", "event.updated"), ("e1", "event.retracted")]



def test_outbox_finds_batches_passed_over_by_newer_started_ones(backend: dict[str, Any]) -> None:
    outbox = backend["outbox"]
    assert isinstance(outbox, Outbox)
    for number, enqueued_at in enumerate([100.0, 110.0, 120.0, 200.0], start=1):
        outbox.add(f"b{number}", f"[{number}]".encode(), enqueued_at)
    assert outbox.lost(now=1000.0, grace=30.0) == [], "nothing started yet: all may just be queued"

    outbox.start("b3", deadline=500.0)  # b1 and b2 were queued before b3 and never started
    assert outbox.lost(now=400.0, grace=15.0) == [("b1", b"[1]")], "b2 is within the grace"
    assert outbox.lost(now=400.0, grace=5.0) == [("b1", b"[1]"), ("b2", b"[2]")]

    outbox.resent("b1", enqueued_at=400.0)
    outbox.done("b2")
    assert outbox.lost(now=400.0, grace=5.0) == []
    assert outbox.lost(now=600.0, grace=5.0) == [("b3", b"[3]")], "a started batch past its deadline"
    outbox.done("b3")
    outbox.resent("b3", enqueued_at=650.0)
    outbox.start("b4", deadline=900.0)
    assert outbox.lost(now=700.0, grace=5.0) == [], "finished batches are never resent"


def test_with_the_broker_queue_empty_the_last_unstarted_batches_count_as_lost_after_the_grace(
    backend: dict[str, Any],
) -> None:
    outbox = backend["outbox"]
    outbox.add("first", b"[1]", 100.0)
    outbox.add("last", b"[2]", 200.0)
    outbox.start("first", deadline=1000.0)
    assert outbox.lost(now=260.0, grace=30.0) == [], "nothing newer started, so no FIFO evidence"
    assert outbox.lost(now=220.0, grace=30.0, queue_empty=True) == [], "still within the grace"
    assert outbox.lost(now=260.0, grace=30.0, queue_empty=True) == [("last", b"[2]")]
