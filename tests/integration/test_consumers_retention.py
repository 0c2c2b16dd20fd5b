"""Retention on real Redis: streams stay bounded, but never by trimming what a consumer group has not read."""

from __future__ import annotations

import json
import time

import pytest
import redis

from worker.backends.groups import RedisGroups
from worker.consumers.group import ConsumerOptions, GroupConsumer
from worker.errors import BackpressureError, TransientError
from worker.protocols import StreamEntry
from worker.services import Services, services_for
from worker.settings import Settings

pytestmark = pytest.mark.integration


def entries(services: Services, start: int, count: int) -> list[StreamEntry]:
    return [
        StreamEntry(services.keys.events, f"e_{i:04d}", "event.created", "event/1", b"{}") for i in range(start, start + count)
    ]


def ids_on_stream(services: Services) -> list[str]:
    return [fields["id"] for _sid, fields in services.sink.read(services.keys.events)]


def test_without_groups_a_stream_is_trimmed_to_its_maxlen(settings: Settings) -> None:
    services = services_for(settings.replace(stream_maxlen=50))
    for start in range(0, 200, 20):
        services.sink.publish(entries(services, start, 20))
    assert ids_on_stream(services) == [f"e_{i:04d}" for i in range(150, 200)]


def test_a_stalled_group_keeps_every_entry_it_has_not_read_and_publishing_waits_with_an_alert(settings: Settings) -> None:
    services = services_for(settings.replace(stream_maxlen=50, stream_overflow=30))
    stalled = RedisGroups(services.client, services.keys.events, "alerts")
    stalled.ensure("0")
    services.sink.publish(entries(services, 0, 20))
    read = stalled.read_new("alerts-1", 10, None)
    stalled.ack([d.stream_id for d in read[:5]])  # e_0000..e_0004 done, e_0005..e_0009 pending, the rest unread

    published, refused = 20, None
    while published < 300:
        try:
            services.sink.publish(entries(services, published, 10))
        except BackpressureError as exc:
            refused = exc
            break
        published += 10

    assert isinstance(refused, TransientError), "a Celery task retries it later"
    assert 50 + 30 <= published < 300
    kept = ids_on_stream(services)
    assert kept[0] == "e_0005", "trimmed up to the oldest pending entry, not one further"
    assert kept == [f"e_{i:04d}" for i in range(5, published)]
    (alert,) = [json.loads(f["data"]) for _sid, f in services.sink.read(services.keys.alerts)]
    assert (alert["kind"], alert["stream"], alert["details"]["group"]) == ("backpressure", services.keys.events, "alerts")
    with pytest.raises(BackpressureError):
        services.sink.publish(entries(services, published, 10))
    assert len(services.sink.read(services.keys.alerts)) == 1, "one alert per stream, group and hour"

    # the group catches up: it gets every entry it had not read, and publishing resumes
    for delivery in stalled.read_own("alerts-1", 100) + stalled.read_new("alerts-1", 1000, None):
        stalled.ack([delivery.stream_id])
    services.sink.publish(entries(services, published, 10))
    assert services.sink.length(services.keys.events) <= 50 + 10
    assert ids_on_stream(services)[-1] == f"e_{published + 9:04d}"


def test_a_reader_that_keeps_up_lets_the_stream_trim_as_usual(settings: Settings) -> None:
    services = services_for(settings.replace(stream_maxlen=50, stream_overflow=5))
    reader = RedisGroups(services.client, services.keys.events, "daemon")
    reader.ensure("0")
    for start in range(0, 300, 10):
        services.sink.publish(entries(services, start, 10))
        reader.ack([d.stream_id for d in reader.read_new("daemon-1", 100, None)])
    assert services.sink.length(services.keys.events) <= 50 + 10
    assert services.sink.length(services.keys.alerts) == 0


def test_age_retention_trims_old_entries_but_not_those_a_group_still_needs(settings: Settings) -> None:
    services = services_for(settings.replace(stream_maxlen=0, stream_max_age=1))
    group = RedisGroups(services.client, services.keys.events, "slow")
    services.sink.publish(entries(services, 0, 10))
    group.ensure("$")  # a group that starts after e_0000..e_0009
    services.sink.publish(entries(services, 10, 10))
    time.sleep(1.1)
    services.sink.publish(entries(services, 20, 1))
    assert ids_on_stream(services) == [f"e_{i:04d}" for i in range(10, 21)], "expired and unneeded entries went"
    group.ack([d.stream_id for d in group.read_new("slow-1", 100, None)])
    time.sleep(1.1)
    services.sink.publish(entries(services, 21, 1))
    assert ids_on_stream(services) == ["e_0021"]


def test_the_janitor_reports_pending_entries_someone_trimmed_instead_of_skipping_them_silently(
    settings: Settings, redis_client: redis.Redis
) -> None:
    services = services_for(settings)
    group = RedisGroups(services.client, services.keys.events, "daemon")
    group.ensure("0")
    services.sink.publish(entries(services, 0, 5))
    group.read_new("crashed", 5, None)
    redis_client.xtrim(services.keys.events, maxlen=0)  # a bare trim, as an outside tool might do
    time.sleep(0.06)
    options = ConsumerOptions(claim_idle_ms=50)
    janitor = GroupConsumer(group, services.sink, services.keys, consumer="janitor", handler=lambda _: None, options=options)
    janitor.janitor()
    assert janitor.stats.trimmed_unacked == 5
    assert group.pending_count() == 0
