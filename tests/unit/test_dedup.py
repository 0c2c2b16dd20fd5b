"""Exact dedup: first claimant publishes, copies are duplicates, a redelivered task keeps its claims."""

from schemas import Article
from worker.backends.memory import MemorySeenStore
from worker.pipeline.dedup import deduplicate


def article(article_id: str) -> Article:
    return Article(article_id=article_id, title="t", text="x", content_hash="h")


def verdicts(articles: list[Article]) -> list[tuple[str, str]]:
    return [(a.article_id, a.dedup.verdict) for a in articles if a.dedup]


def test_copies_inside_one_batch_are_duplicates_of_the_first() -> None:
    judged = deduplicate([article("a"), article("b"), article("a")], MemorySeenStore(), "task-1")
    assert verdicts(judged) == [("a", "unique"), ("b", "unique"), ("a", "duplicate")]
    assert judged[2].dedup is not None and judged[2].dedup.matched == "a"


def test_an_article_seen_by_another_task_is_a_duplicate() -> None:
    store = MemorySeenStore()
    deduplicate([article("a")], store, "task-1")
    assert verdicts(deduplicate([article("a"), article("c")], store, "task-2")) == [("a", "duplicate"), ("c", "unique")]


def test_a_redelivered_task_sees_its_own_articles_as_unique() -> None:
    store = MemorySeenStore()
    deduplicate([article("a")], store, "task-1")
    assert verdicts(deduplicate([article("a")], store, "task-1")) == [("a", "unique")]
