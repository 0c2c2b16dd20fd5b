"""Exact deduplication by article id: the first claimant of an id publishes it, later copies are duplicates."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from schemas import Article, DedupVerdict
from worker.protocols import SeenStore


def deduplicate(articles: Sequence[Article], store: SeenStore, owner: str) -> list[Article]:
    """Each article with its verdict; one claim round trip for the whole batch.

    ``owner`` is the task id: a redelivered task finds its own claims and goes on, so a crash
    between claim and publish loses nothing.
    """
    first_ids = list(dict.fromkeys(article.article_id for article in articles))
    holders = dict(zip(first_ids, store.claim(first_ids, owner), strict=True))
    judged: list[Article] = []
    claimed_here: set[str] = set()
    for article in articles:
        article_id = article.article_id
        holder = holders[article_id]
        if holder is None and article_id not in claimed_here:
            claimed_here.add(article_id)
            verdict = DedupVerdict(verdict="unique", key=article_id)
        else:
            verdict = DedupVerdict(verdict="duplicate", key=article_id, matched=article_id)
        judged.append(msgspec.structs.replace(article, dedup=verdict))
    return judged
