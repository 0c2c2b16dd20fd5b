"""Streams and dedup state on a 3-master Redis Cluster: idempotent publish, dedup, a consumer group read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest

from tests.faults.harness import corpus, expected_event_ids
from worker.backends.groups import RedisGroups
from worker.embedded_cluster import EmbeddedCluster, cluster_tools
from worker.pipeline.batch import process_batch
from worker.pipeline.dedup import DedupPolicy
from worker.protocols import StreamEntry
from worker.services import Services, services_for
from worker.settings import Settings

pytestmark = pytest.mark.skipif(cluster_tools() is None, reason="redis-server and redis-cli must be on PATH to start a cluster")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedCluster]:
    with EmbeddedCluster(tmp_path_factory.mktemp("cluster"), masters=3) as started:
        yield started


@pytest.fixture
def services(cluster: EmbeddedCluster, namespace: str, tmp_path: Path) -> Services:
    # The broker stays a standalone Redis; only the streams and dedup state live on the cluster.
    settings = Settings(broker_url="redis://127.0.0.1:1/0", streams_url=cluster.url, prefix=namespace, data_dir=tmp_path)
    return services_for(settings)


def run_batch(services: Services, payloads: list, owner: str):
    outcome, again = process_batch(
        payloads, owner=owner, seen=services.seen, near=services.near, clusters=services.clusters,
        policy=DedupPolicy(), sink=services.sink, analyze=services.analyze, keys=services.keys,
    )  # fmt: skip
    assert again == []
    return outcome


def test_a_cluster_url_gives_a_client_of_all_three_masters(services: Services) -> None:
    assert len(services.client.get_primaries()) == 3


def test_publishing_across_slots_is_idempotent(services: Services) -> None:
    streams = [services.keys.events_of(f"type{index}") for index in range(12)]
    nodes = {services.client.get_node_from_key(stream).name for stream in streams}
    assert len(nodes) == 3, "the streams must land on every master for this test to mean something"
    entries = [StreamEntry(stream=s, entry_id=f"e{i}", type="event.created", schema="event/1", data=b"{}") for i, s in enumerate(streams)]

    first = services.sink.publish(entries)
    second = services.sink.publish(entries)

    assert [r.written for r in first] == [True] * 12
    assert [r.written for r in second] == [False] * 12
    assert [r.stream_id for r in second] == [r.stream_id for r in first]
    assert all(services.sink.length(stream) == 1 for stream in streams)
    assert set(services.sink.streams()) == set(streams)


def test_the_pipeline_dedups_and_publishes_on_the_cluster(services: Services) -> None:
    articles = corpus(9, tag="cluster")
    payloads = [msgspec.to_builtins(article) for article in articles]

    first = run_batch(services, payloads, owner="batch-1")
    again = run_batch(services, payloads, owner="batch-2")

    assert (first.unique, first.failed) == (9, 0)
    assert (again.unique, again.duplicate) == (0, 9)
    published = [fields["id"] for _sid, fields in services.sink.read(services.keys.events)]
    assert sorted(published) == sorted(expected_event_ids(articles))


def test_a_consumer_group_reads_and_acks_on_the_cluster(services: Services) -> None:
    stream = services.keys.events
    entries = [StreamEntry(stream=stream, entry_id=f"g{i}", type="event.created", schema="event/1", data=b"{}") for i in range(5)]
    services.sink.publish(entries)
    group = RedisGroups(services.client, stream, "alerts")
    assert group.ensure()

    delivered = group.read_new("consumer-1", count=10, block_ms=None)
    assert [d.fields["id"] for d in delivered] == [f"g{i}" for i in range(5)]
    assert group.pending_count() == 5
    assert group.ack([d.stream_id for d in delivered]) == 5
    assert group.pending_count() == 0
    assert group.read_new("consumer-1", count=10, block_ms=None) == []
