"""Article dedup on the memory twins: exact keys with their fallback chain, then near-duplicate text."""

from __future__ import annotations

from typing import Any

from schemas import Article, RawArticle
from worker.backends.memory import MemoryNearIndex, MemorySeenStore
from worker.pipeline.dedup import DedupPolicy, Judged, deduplicate
from worker.pipeline.normalize import normalize

NOW = 1_750_000_000.0
STRIKE = (
    "Artillery shells struck a residential district in the north of Kharkiv on Monday morning, killing 4 civilians "
    "and wounding 11 others, the regional governor said. The shelling damaged two apartment blocks, a kindergarten "
    "and a pharmacy near the market. Emergency crews worked for several hours to put out fires on the upper floors "
    "and pulled two people from the rubble. The governor urged residents to stay in shelters while sirens sounded."
)
PROTEST = (
    "Several hundred tram and trolleybus drivers gathered outside the city council in Kharkiv on Thursday to protest "
    "against wage arrears of up to three months. The drivers carried banners demanding that the municipal transport "
    "company pay what it owes before the winter. Union representatives said about 600 employees had not received "
    "full salaries since August and warned of a strike next week."
)
WIRE_TAIL = "\n\nReporting by the Kharkiv bureau; editing by the world news desk. Copyright 2025 Global Wire."


def article(text: str, title: str = "Shelling hits Kharkiv", **fields: Any) -> Article:
    return normalize(RawArticle(text=text, title=title, **fields))


def judge(articles: list[Article], owner: str, seen: MemorySeenStore, near: MemoryNearIndex | None = None) -> list[Judged]:
    return deduplicate(articles, seen, owner, now=NOW, near=near)


def verdict(item: Judged) -> tuple[str, str, str]:
    assert item.article.dedup is not None
    return item.article.dedup.verdict, item.article.dedup.layer, item.article.dedup.key


def test_copies_inside_one_batch_are_duplicates_of_the_first() -> None:
    first, second, copy = judge([article(STRIKE), article(PROTEST), article(STRIKE)], "task-1", MemorySeenStore())
    assert [verdict(first)[0], verdict(second)[0], verdict(copy)[0]] == ["unique", "unique", "duplicate"]
    assert copy.article.dedup is not None and copy.article.dedup.matched == first.article.article_id
    assert copy.drop


def test_the_same_link_with_a_new_guid_and_tracking_parameters_is_a_duplicate() -> None:
    seen = MemorySeenStore()
    (first,) = judge([article(STRIKE, guid="poll-1", url="https://news.example/kharkiv")], "task-1", seen)
    (again,) = judge([article(STRIKE, guid="poll-2", url="https://www.news.example/kharkiv/?utm_source=rss#top")], "task-2", seen)
    assert verdict(first) == ("unique", "exact", "guid")
    assert verdict(again) == ("duplicate", "exact", "url")
    assert again.article.dedup is not None and again.article.dedup.matched == first.article.article_id


def test_a_redelivered_task_keeps_its_claims() -> None:
    seen = MemorySeenStore()
    batch = [article(STRIKE, guid="g1"), article(PROTEST, guid="g2")]
    first = judge(batch, "task-1", seen)
    again = judge(batch, "task-1", seen)
    assert [verdict(item)[0] for item in again] == ["unique", "unique"]
    assert [item.article.article_id for item in again] == [item.article.article_id for item in first]


def test_a_guid_shared_by_every_entry_of_a_feed_is_not_an_identity() -> None:
    batch = [article(STRIKE, guid="same", url="https://feed.example/"), article(PROTEST, guid="same", url="https://feed.example/")]
    first, second = judge(batch, "task-1", MemorySeenStore())
    assert verdict(first) == verdict(second) == ("unique", "exact", "content")
    assert first.article.article_id != second.article.article_id
    assert first.article.dedup is not None and "guid shared by different articles of the batch" in (first.article.dedup.reason or "")


def test_a_guid_reused_later_for_other_content_falls_back_to_the_url() -> None:
    seen = MemorySeenStore()
    (first,) = judge([article(STRIKE, guid="entry", url="https://news.example/1")], "task-1", seen)
    (later,) = judge([article(PROTEST, guid="entry", url="https://news.example/2")], "task-2", seen)
    assert verdict(later) == ("unique", "exact", "url")
    assert later.article.dedup is not None and first.article.article_id in (later.article.dedup.reason or "")


def test_a_wire_copy_from_another_outlet_is_a_syndicated_near_duplicate() -> None:
    seen, near = MemorySeenStore(), MemoryNearIndex(window=86400)
    (original,) = judge([article(STRIKE, publisher="Example Times")], "task-1", seen, near)
    (copy,) = judge([article("KHARKIV (Global Wire) - " + STRIKE + WIRE_TAIL, publisher="Global Wire")], "task-2", seen, near)
    assert verdict(original) == ("unique", "exact", "content")
    assert verdict(copy) == ("near_duplicate", "near", "minhash")
    assert copy.article.dedup is not None and copy.article.dedup.matched == original.article.article_id
    assert (copy.article.dedup.score or 0) >= DedupPolicy().near_threshold
    assert copy.syndicated and not copy.drop and copy.root == original.article.article_id


def test_an_update_with_a_new_toll_is_kept_and_a_copy_adding_nothing_is_dropped() -> None:
    seen, near = MemorySeenStore(), MemoryNearIndex(window=86400)
    judge([article(STRIKE, publisher="Example Times")], "task-1", seen, near)
    (update,) = judge([article(STRIKE.replace("killing 4", "killing 9"), publisher="Example Times")], "task-2", seen, near)
    (reposted,) = judge([article(STRIKE + " Read more on our website.", publisher="Example Times")], "task-3", seen, near)
    assert verdict(update)[:2] == ("near_duplicate", "near") and not update.syndicated
    assert verdict(reposted)[:2] == ("duplicate", "near") and reposted.drop


def test_a_different_event_at_the_same_place_is_unique() -> None:
    seen, near = MemorySeenStore(), MemoryNearIndex(window=86400)
    judge([article(STRIKE)], "task-1", seen, near)
    (other,) = judge([article(PROTEST, title="Kharkiv tram drivers protest")], "task-2", seen, near)
    assert verdict(other)[:2] == ("unique", "exact")


def test_short_texts_skip_the_near_layer() -> None:
    seen, near = MemorySeenStore(), MemoryNearIndex(window=86400)
    judge([article("Shelling hit Kharkiv on Monday, killing 4 civilians.")], "task-1", seen, near)
    (other,) = judge([article("Shelling hit Kharkiv on Monday, killing 5 civilians.")], "task-2", seen, near)
    assert verdict(other)[:2] == ("unique", "exact")


def test_the_near_index_forgets_after_its_window() -> None:
    seen, near = MemorySeenStore(), MemoryNearIndex(window=86400)
    deduplicate([article(STRIKE)], seen, "task-1", now=NOW, near=near)
    (late,) = deduplicate([article(STRIKE + WIRE_TAIL)], seen, "task-2", now=NOW + 2 * 86400, near=near)
    assert verdict(late)[:2] == ("unique", "exact")


def test_the_same_text_from_another_outlet_under_its_own_link_is_a_syndicated_copy() -> None:
    seen = MemorySeenStore()
    (original,) = judge([article(STRIKE, url="https://times.example/1", publisher="Example Times")], "task-1", seen)
    (copy,) = judge([article(STRIKE, url="https://herald.example/9", publisher="Example Herald")], "task-2", seen)
    (repoll,) = judge([article(STRIKE, url="https://herald.example/9", publisher="Example Herald")], "task-3", seen)
    assert verdict(copy) == ("near_duplicate", "exact", "content") and copy.syndicated and not copy.drop
    assert copy.article.dedup is not None and copy.article.dedup.matched == original.article.article_id
    assert copy.article.article_id != original.article.article_id
    assert verdict(repoll) == ("duplicate", "exact", "url")
