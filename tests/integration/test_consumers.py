"""Consumer groups on real Redis: a killed consumer, two janitors at once, a poison entry."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter

import pytest
import redis

from worker.backends.effects import EffectLedger
from worker.backends.groups import Delivery, RedisGroups
from worker.consumers.group import ConsumerOptions, GroupConsumer
from worker.protocols import StreamEntry
from worker.services import Services

pytestmark = pytest.mark.integration


class Killed(BaseException):
    """The consumer process died here (think SIGKILL): nothing after this point ran, not even the ack."""


def publish_events(services: Services, count: int) -> list[str]:
    keys = services.keys
    entries = [
        StreamEntry(keys.events, f"e_{i:03d}", "event.created", "event/1", json.dumps({"event_id": f"e_{i:03d}"}).encode())
        for i in range(count)
    ]
    services.sink.publish(entries)
    return [entry.entry_id for entry in entries]


def consumer(  # type: ignore[no-untyped-def]
    services: Services, name: str, handler, *, client: redis.Redis | None = None, **options: int
) -> GroupConsumer:
    store = RedisGroups(client or services.client, services.keys.events, "daemon")
    defaults = {"claim_idle_ms": 200, "block_ms": 100, "max_deliveries": 5}
    return GroupConsumer(
        store, services.sink, services.keys, consumer=name, handler=handler, options=ConsumerOptions(**{**defaults, **options})
    )


def test_a_killed_consumers_unacked_entries_are_reclaimed_and_each_side_effect_happens_once(
    services: Services, redis_client: redis.Redis
) -> None:
    ids = publish_events(services, 100)
    sent = services.keys.prefix + "notifications"
    ledger = EffectLedger(services.client, services.keys, "notify", ttl=600, lease_ms=100)

    def notifying(owner: str, die_at: int | None = None):  # type: ignore[no-untyped-def]
        handled: list[str] = []

        def handle(delivery: Delivery) -> None:
            ledger.once(delivery.entry_id, owner, lambda: redis_client.hincrby(sent, delivery.entry_id, 1))
            handled.append(delivery.entry_id)
            if len(handled) == die_at:
                raise Killed  # after the side effect, before the ack

        return handle

    first = consumer(services, "worker-a", notifying("worker-a", die_at=51))
    with pytest.raises(Killed):
        first.run()
    assert first.stats.handled == 50
    assert RedisGroups(services.client, services.keys.events, "daemon").pending_count() == 50

    time.sleep(0.3)  # past claim_idle_ms: worker-a is not coming back
    second = consumer(services, "worker-b", notifying("worker-b"))
    stats = second.run(until_idle=True)

    assert stats.reclaimed == 50 and stats.handled == 50
    assert RedisGroups(services.client, services.keys.events, "daemon").pending_count() == 0
    counts = {k: int(v) for k, v in redis_client.hgetall(sent).items()}
    assert sorted(counts) == ids
    assert set(counts.values()) == {1}, "entry 51 had sent its notification before the kill; it was not sent again"


def test_a_restarted_consumer_with_the_same_name_takes_back_its_own_entries_at_once(services: Services) -> None:
    publish_events(services, 10)
    handled: list[str] = []

    def die_at_fourth(delivery: Delivery) -> None:
        if len(handled) == 3:
            raise Killed
        handled.append(delivery.entry_id)

    with pytest.raises(Killed):
        consumer(services, "host-1", die_at_fourth, claim_idle_ms=60_000).run()
    restarted = consumer(services, "host-1", lambda d: handled.append(d.entry_id), claim_idle_ms=60_000)
    stats = restarted.run(until_idle=True)
    assert stats.handled == 7 and stats.reclaimed == 0, "its own pending entries came back without waiting for a janitor"
    assert sorted(handled) == [f"e_{i:03d}" for i in range(10)]


def sweep(janitor: GroupConsumer, start: threading.Barrier) -> None:
    start.wait()
    janitor.janitor()


def test_two_janitors_claiming_at_once_never_process_an_entry_twice(services: Services, redis_url: str) -> None:
    rounds, per_round, idle_ms = 25, 20, 200
    processed: Counter[str] = Counter()
    claims: list[int] = []
    lock = threading.Lock()

    def record(delivery: Delivery) -> None:
        with lock:
            processed[delivery.stream_id] += 1
            claims.append(delivery.deliveries)

    # each janitor on its own connection, as two processes would be
    janitors = [
        consumer(
            services, name, record, client=redis.Redis.from_url(redis_url, decode_responses=True), count=5, claim_idle_ms=idle_ms
        )
        for name in ("janitor-a", "janitor-b")
    ]
    dead = RedisGroups(services.client, services.keys.events, "daemon")
    dead.ensure()
    for round_number in range(rounds):
        batch = [f"r{round_number}-{i}" for i in range(per_round)]
        services.sink.publish([StreamEntry(services.keys.events, i, "event.created", "event/1", b"{}") for i in batch])
        assert len(dead.read_new("crashed", per_round, None)) == per_round
        time.sleep(idle_ms / 1000 + 0.05)
        start = threading.Barrier(2)
        threads = [threading.Thread(target=sweep, args=(j, start)) for j in janitors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

    assert len(processed) == rounds * per_round
    assert set(processed.values()) == {1}, "no entry was processed by both janitors"
    assert set(claims) == {2}, "one read by the crashed consumer plus exactly one claim"
    assert all(j.stats.reclaimed > 0 for j in janitors), "both janitors took part"
    assert dead.pending_count() == 0


def test_a_poison_entry_is_dead_lettered_once_after_n_deliveries_while_later_entries_keep_flowing(
    services: Services,
) -> None:
    ids = publish_events(services, 30)
    poison = ids[5]
    attempts: list[str] = []

    def handle(delivery: Delivery) -> None:
        attempts.append(delivery.entry_id)
        if delivery.entry_id == poison:
            raise ValueError("cannot parse this one")

    daemon = consumer(services, "worker-a", handle, max_deliveries=3, claim_idle_ms=50, block_ms=50)
    runner = threading.Thread(target=daemon.run, kwargs={"max_entries": 30})
    runner.start()
    runner.join(timeout=30)
    daemon.stop()
    assert not runner.is_alive()

    assert attempts.count(poison) == 3
    assert Counter(attempts) == Counter({**{i: 1 for i in ids}, poison: 3})
    assert attempts.index(ids[-1]) < len(attempts) - 1 - attempts[::-1].index(poison), "later entries did not wait"
    letters = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.dlq)]
    assert len(letters) == 1
    (letter,) = letters
    assert (letter["payload"]["id"], letter["attempts"], letter["reason"]) == (poison, 3, "ValueError")
    assert (letter["stream"], letter["group"]) == (services.keys.events, "daemon")
    assert RedisGroups(services.client, services.keys.events, "daemon").pending_count() == 0


class AckKilledOnce(RedisGroups):
    """The process dies once right before an ack: after the dead letter was written."""

    died = False

    def ack(self, stream_ids: list[str]) -> int:
        if not self.died:
            self.died = True
            raise Killed
        return super().ack(stream_ids)


def test_a_crash_between_the_dead_letter_and_its_ack_still_leaves_one_dead_letter(services: Services) -> None:
    (poison,) = publish_events(services, 1)
    calls: list[str] = []

    def handle(delivery: Delivery) -> None:
        calls.append(delivery.entry_id)
        raise ValueError("cannot parse this one")

    options = ConsumerOptions(max_deliveries=1, claim_idle_ms=50, block_ms=50)
    store = AckKilledOnce(services.client, services.keys.events, "daemon")
    dying = GroupConsumer(store, services.sink, services.keys, consumer="worker-a", handler=handle, options=options)
    with pytest.raises(Killed):
        dying.run()
    assert services.sink.length(services.keys.dlq) == 1, "the dead letter was written before the ack"

    time.sleep(0.1)
    survivor = consumer(services, "worker-b", handle, max_deliveries=1, claim_idle_ms=50, block_ms=50)
    stats = survivor.run(until_idle=True)
    assert stats.dead_lettered == 1
    assert calls == [poison], "delivered past max_deliveries: given up without running the handler again"
    assert services.sink.length(services.keys.dlq) == 1, "the same give-up wrote no second record"
    assert json.loads(services.sink.read(services.keys.dlq)[0][1]["data"])["payload"]["id"] == poison
    assert RedisGroups(services.client, services.keys.events, "daemon").pending_count() == 0
