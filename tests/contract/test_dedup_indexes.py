"""One contract for the dedup indexes: the memory twins and the Lua scripts on real Redis give the same verdicts."""

from __future__ import annotations

import random
import time
from typing import Any

import pytest
import redis

from worker.backends.dedup_index import RedisClusterIndex, RedisNearIndex
from worker.backends.memory import MemoryClusterIndex, MemoryNearIndex, MemorySeenStore
from worker.backends.redis import RedisSeenStore
from worker.keys import Keys
from worker.pipeline.minhash import equal_bins_for, sketch
from worker.protocols import ClusterClaim, ClusterIndex, ExactClaim, NearClaim, NearIndex, SeenStore

WINDOW = 86_400
NOW = time.time()  # Redis expires generations on its own clock
STORY = (
    "Artillery shells struck a residential district in the north of Kharkiv on Monday morning, killing 4 civilians "
    "and wounding 11 others, the regional governor said. The shelling damaged two apartment blocks, a kindergarten "
    "and a pharmacy near the market. Emergency crews worked for several hours to put out fires."
)
OTHER = (
    "Several hundred tram and trolleybus drivers gathered outside the city council in Kharkiv on Thursday to protest "
    "against wage arrears of up to three months, demanding that the transport company pay what it owes before winter."
)


@pytest.fixture(params=["memory", "redis"])
def indexes(request: pytest.FixtureRequest, namespace: str) -> dict[str, Any]:
    if request.param == "memory":
        return {"seen": MemorySeenStore(ttl=WINDOW), "near": MemoryNearIndex(window=WINDOW), "clusters": MemoryClusterIndex(window=WINDOW)}
    client: redis.Redis = request.getfixturevalue("redis_client")
    keys = Keys(namespace)
    return {
        "seen": RedisSeenStore(client, keys, ttl=WINDOW, daily=100),
        "near": RedisNearIndex(client, keys, window=WINDOW, daily=100),
        "clusters": RedisClusterIndex(client, keys, window=WINDOW, daily=100),
    }


def aid(n: int) -> str:
    return f"a_{n:024x}"


def exact(guid: int | None, url: int | None, content: str, publisher: str = "") -> ExactClaim:
    keys = [("guid", 1000 + guid, aid(guid)) for _ in [0] if guid is not None]
    keys += [("url", 2000 + url, aid(100 + url)) for _ in [0] if url is not None]
    keys.append(("content", int(content, 16), aid(500 + int(content, 16) % 1000)))
    return ExactClaim(keys=tuple(keys), content=content, publisher=publisher)


def near(n: int, text: str, info: bytes = b"info", publisher: bytes = b"pub1") -> NearClaim:
    found = sketch(text)
    return NearClaim(ref=n, article_id=aid(n), signature=found.signature, bands=found.bands, info=info, publisher=publisher)


def event(n: int, story: int, place: int | None, actors: tuple[str, ...] = (), article: int = 0, coarse: bool = False) -> ClusterClaim:
    window = () if place is None else (place, place + 1, place - 1)
    return ClusterClaim(
        ref=n, event_id=f"e_{n:024x}", story=story, place=place, window=window, coarse=coarse, actors=actors,
        article_id=aid(article or n), publisher=f"outlet {n}", syndicated=False,
    )  # fmt: skip


def test_implements_the_protocols(indexes: dict[str, Any]) -> None:
    assert isinstance(indexes["seen"], SeenStore)
    assert isinstance(indexes["near"], NearIndex)
    assert isinstance(indexes["clusters"], ClusterIndex)


def test_exact_first_owner_wins_and_keeps_its_claims(indexes: dict[str, Any]) -> None:
    seen = indexes["seen"]
    first = seen.judge([exact(1, 1, "aaaa0001")], "task-1", NOW)
    again = seen.judge([exact(1, 1, "aaaa0001")], "task-1", NOW)
    other = seen.judge([exact(2, 1, "aaaa0001"), exact(3, 3, "aaaa0001")], "task-2", NOW)
    assert [(v.duplicate, v.kind) for v in first + again] == [(False, "guid"), (False, "guid")]
    assert [(v.duplicate, v.kind, v.matched) for v in other] == [(True, "url", aid(1)), (True, "content", aid(1))]


def test_exact_a_reused_guid_is_a_collision_not_a_duplicate(indexes: dict[str, Any]) -> None:
    seen = indexes["seen"]
    seen.judge([exact(1, 1, "aaaa0001")], "task-1", NOW)
    (reused,) = seen.judge([exact(1, 2, "bbbb0002")], "task-2", NOW)
    (again,) = seen.judge([exact(1, 2, "bbbb0002")], "task-2", NOW)
    assert (reused.duplicate, reused.kind, reused.collisions) == (False, "url", (("guid", aid(1)),))
    assert again == reused
    (later,) = seen.judge([exact(None, 2, "bbbb0002")], "task-3", NOW)
    assert (later.duplicate, later.matched) == (True, aid(102))


def test_exact_the_same_content_from_another_publisher_is_a_copy(indexes: dict[str, Any]) -> None:
    seen = indexes["seen"]
    seen.judge([exact(1, 1, "aaaa0001", "times")], "task-1", NOW)
    (copy,) = seen.judge([exact(None, 2, "aaaa0001", "herald")], "task-2", NOW)
    (same_outlet,) = seen.judge([exact(None, 3, "aaaa0001", "times")], "task-3", NOW)
    (no_link,) = seen.judge([exact(None, None, "aaaa0001", "wire")], "task-4", NOW)
    (repoll,) = seen.judge([exact(None, 2, "aaaa0001", "herald")], "task-5", NOW)
    assert (copy.duplicate, copy.copy, copy.kind, copy.matched) == (False, True, "url", aid(1))
    assert [(v.duplicate, v.kind) for v in (same_outlet, no_link, repoll)] == [(True, "content"), (True, "content"), (True, "url")]


def test_exact_forgets_after_its_window(indexes: dict[str, Any]) -> None:
    seen = indexes["seen"]
    seen.judge([exact(1, 1, "aaaa0001")], "task-1", NOW)
    assert seen.judge([exact(1, 1, "aaaa0001")], "task-2", NOW + WINDOW * 0.99)[0].duplicate
    assert not seen.judge([exact(1, 1, "aaaa0001")], "task-2", NOW + WINDOW * 1.6)[0].duplicate


def test_near_matches_the_first_of_a_story_and_skips_itself(indexes: dict[str, Any]) -> None:
    index, needed = indexes["near"], equal_bins_for(0.5)
    wire = STORY + " Reporting by the Kharkiv bureau; editing by the world news desk."
    verdicts = index.check_and_insert([near(1, STORY), near(2, OTHER), near(3, wire, publisher=b"pub2")], needed, NOW)
    assert [v.matched for v in verdicts] == [None, None, aid(1)]
    assert (verdicts[2].same_info, verdicts[2].same_publisher) == (True, False)
    assert verdicts[2].equal_bins >= needed
    redelivered = index.check_and_insert([near(1, STORY), near(3, wire, publisher=b"pub2")], needed, NOW)
    assert [v.matched for v in redelivered] == [None, aid(1)]
    (chained,) = index.check_and_insert([near(4, wire + " Updated.")], needed, NOW)
    assert chained.matched == aid(1), "a copy of a copy names the first article of the story"


def test_near_forgets_after_its_window(indexes: dict[str, Any]) -> None:
    index, needed = indexes["near"], equal_bins_for(0.5)
    index.check_and_insert([near(1, STORY)], needed, NOW)
    (late,) = index.check_and_insert([near(2, STORY + " More.")], needed, NOW + WINDOW * 1.6)
    assert late.matched is None


def test_clusters_first_event_heads_later_sources_get_revisions(indexes: dict[str, Any]) -> None:
    clusters = indexes["clusters"]
    first, second, third = clusters.join(
        [event(1, story=11, place=500, actors=("army",)), event(2, story=12, place=500, actors=("army", "civilians")), event(3, story=13, place=501)],
        50, NOW,
    )  # fmt: skip
    assert (first.new, first.cluster_id, first.revision) == (True, "e_" + f"{1:024x}", 1)
    assert (second.new, second.cluster_id, second.revision, second.matched_by) == (False, first.cluster_id, 2, "place")
    assert (third.new, third.cluster_id, third.revision) == (False, first.cluster_id, 3), "the next day is in the window"
    assert [source[0] for source in third.sources] == [aid(1), aid(2), aid(3)]
    (repeated,) = clusters.join([event(2, story=12, place=500, actors=("army",))], 50, NOW)
    assert (repeated.cluster_id, repeated.revision, repeated.sources) == (second.cluster_id, 2, second.sources), "a repeated source keeps its revision"
    assert clusters.join([event(1, story=11, place=500)], 50, NOW)[0].new, "the head's own redelivery stays new"


def test_clusters_need_shared_actors_and_the_same_story_key_wins(indexes: dict[str, Any]) -> None:
    clusters = indexes["clusters"]
    army, police, coarse, undated, copy = clusters.join(
        [
            event(1, story=21, place=700, actors=("army",)),
            event(2, story=22, place=700, actors=("police",)),
            event(3, story=23, place=900, coarse=True),
            event(4, story=24, place=None),
            event(5, story=24, place=None, article=6),
        ],
        50, NOW,
    )  # fmt: skip
    assert (army.new, police.new, coarse.new, undated.new) == (True, True, True, True)
    assert (copy.new, copy.cluster_id, copy.matched_by) == (False, undated.cluster_id, "story")
    (region,) = clusters.join([event(7, story=25, place=900, coarse=True)], 50, NOW)
    assert region.new, "at region level, events without a shared actor stay apart"


def test_a_full_cluster_merges_without_a_new_revision(indexes: dict[str, Any]) -> None:
    clusters = indexes["clusters"]
    verdicts = clusters.join([event(n, story=30 + n, place=800) for n in range(1, 5)], 3, NOW)
    assert [(v.new, v.revision) for v in verdicts] == [(True, 1), (False, 2), (False, 3), (False, 0)]


def test_redis_index_keys_carry_one_hash_tag_and_expire(redis_client: redis.Redis, namespace: str) -> None:
    client, keys = redis_client, Keys(namespace)
    RedisSeenStore(client, keys, ttl=WINDOW, daily=100).judge([exact(1, 1, "aaaa0001")], "task-1", NOW)
    RedisNearIndex(client, keys, window=WINDOW, daily=100).check_and_insert([near(1, STORY)], equal_bins_for(0.5), NOW)
    RedisClusterIndex(client, keys, window=WINDOW, daily=100).join([event(1, story=1, place=1)], 50, NOW)
    tag = "{" + keys.prefix + "dedup}"
    found = [key for key in client.scan_iter(match="*" + keys.prefix + "dedup*")]
    assert found and all(key.startswith(tag + ":") for key in found)
    assert all(0 < client.ttl(key) <= WINDOW * 1.5 for key in found)
    compact = [key for key in found if ":sources:" not in key and not key.endswith(":m")]
    assert {client.object("encoding", key) for key in compact} == {"listpack"}, "every index hash but cluster sources stays a listpack"


def on_day(n: int, place: int, day: int, actors: tuple[str, ...] = ("army",), story: int | None = None) -> ClusterClaim:
    """Event ``n`` at ``place`` on ``day``; place-day digests are place * 1000 + day, the window is the day and its neighbours."""
    days = (day, day - 1, day + 1)
    return ClusterClaim(
        ref=n, event_id=f"e_{n:024x}", story=story or 100_000 + n, place=place * 1000 + day,
        window=tuple(place * 1000 + d for d in days), coarse=False, actors=actors, article_id=aid(n), publisher=f"outlet {n}",
        syndicated=False,
    )  # fmt: skip


def test_clusters_are_anchored_on_their_first_event_so_a_daily_series_is_not_chained(indexes: dict[str, Any]) -> None:
    clusters = indexes["clusters"]
    series = clusters.join([on_day(n, place=7, day=n) for n in range(1, 6)], 50, NOW)
    assert [(v.new, v.cluster_id) for v in series] == [
        (True, f"e_{1:024x}"), (False, f"e_{1:024x}"), (True, f"e_{3:024x}"), (False, f"e_{3:024x}"), (True, f"e_{5:024x}"),
    ], "day 3 is two days after the first event, though one after day 2"  # fmt: skip


def test_the_head_an_event_joins_does_not_depend_on_which_cluster_started_first(indexes: dict[str, Any]) -> None:
    clusters = indexes["clusters"]
    army, police = on_day(2, place=8, day=10, actors=("army",)), on_day(1, place=8, day=10, actors=("police",))
    late_army, late_police = on_day(4, place=9, day=10, actors=("army",)), on_day(3, place=9, day=10, actors=("police",))
    clusters.join([army, police], 50, NOW)
    clusters.join([late_police, late_army], 50, NOW)  # the other order at another place
    (both,) = clusters.join([on_day(5, place=8, day=10, actors=("army", "police"))], 50, NOW)
    (again,) = clusters.join([on_day(6, place=9, day=10, actors=("army", "police"))], 50, NOW)
    assert (both.cluster_id, again.cluster_id) == (f"e_{1:024x}", f"e_{3:024x}"), "the lowest ref of the closest day's heads"


@pytest.mark.parametrize("seed", range(8))
def test_cluster_count_does_not_depend_on_arrival_order_when_every_source_is_within_the_window(indexes: dict[str, Any], seed: int) -> None:
    # Six happenings, four sources each, reported on the happening's day or the next: any two sources are one event.
    claims = [on_day(10 * story + n, place=story, day=20 + story + n // 2) for story in range(1, 7) for n in range(4)]
    random.Random(seed).shuffle(claims)
    verdicts = indexes["clusters"].join(claims, 50, NOW)
    by_story = {claim.place // 1000: set() for claim in claims}
    for claim, verdict in zip(claims, verdicts, strict=True):
        by_story[claim.place // 1000].add(verdict.cluster_id)
    assert sum(v.new for v in verdicts) == 6 and all(len(ids) == 1 for ids in by_story.values())


@pytest.mark.parametrize("order", [(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)])
def test_a_chain_a_b_c_of_neighbouring_days_clusters_by_arrival_but_never_spans_more_than_the_window(
    indexes: dict[str, Any], order: tuple[int, int, int]
) -> None:
    # A (day 1) ~ B (day 2) ~ C (day 3), A and C two days apart: B arriving first gathers all three, else two events.
    verdicts = indexes["clusters"].join([on_day(n, place=11, day=n) for n in order], 50, NOW)
    heads = {v.cluster_id: n for n, v in zip(order, verdicts, strict=True) if v.new}
    assert len(heads) == (1 if order[0] == 2 else 2)
    for n, verdict in zip(order, verdicts, strict=True):
        assert abs(n - heads[verdict.cluster_id]) <= 1, "every source within the window of its cluster's first event"
