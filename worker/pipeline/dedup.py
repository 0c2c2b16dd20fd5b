"""Article dedup, exact then near-duplicate: each article gets a verdict saying which layer decided, on what key."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
import structlog

from schemas import Article, DedupVerdict
from worker.ids import stable_hash
from worker.pipeline.identity import exact_claim, id_for, identity_values, reused_in_batch
from worker.pipeline.minhash import equal_bins_for, estimate, sketch
from worker.protocols import NearClaim, NearIndex, SeenStore

log = structlog.get_logger("eventwire.dedup")

LAYERS = ("exact", "near", "event")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class DedupPolicy:
    """Thresholds and windows of the layers (from Settings; see README, Deduplication)."""

    layers: frozenset[str] = frozenset(LAYERS)
    near_threshold: float = 0.5
    """Estimated Jaccard similarity of word 3-shingles from which two texts are one story."""
    near_min_shingles: int = 40
    """Texts with fewer shingles skip the near layer: too few for a trustworthy estimate."""
    event_window_days: int = 1
    """Events this many days apart or less can be one event."""
    max_sources: int = 50
    """Sources remembered per event cluster; later ones are still merged but publish no update."""

    @classmethod
    def from_settings(cls, settings: Any) -> DedupPolicy:
        """The policy the ``dedup_*``, ``near_dup_*`` and ``event_*`` settings describe."""
        return cls(
            layers=frozenset(name.strip() for name in settings.dedup_layers.split(",") if name.strip()),
            near_threshold=settings.near_dup_threshold,
            near_min_shingles=settings.near_dup_min_shingles,
            event_window_days=settings.event_window_days,
            max_sources=settings.event_max_sources,
        )

    def __post_init__(self) -> None:
        unknown = set(self.layers) - set(LAYERS)
        if unknown or "exact" not in self.layers:
            raise ValueError(f"dedup layers must include exact and be among {', '.join(LAYERS)}; got {sorted(self.layers)}")


@dataclass
class Judged:
    """An article with its verdict, and what the event layer needs to know of it."""

    article: Article
    root: str
    """First article of its near-duplicate group (itself when it matched nothing)."""
    drop: bool = False
    """An exact duplicate, or a near-duplicate from the same publisher adding nothing: not published."""
    syndicated: bool = False
    """A near-duplicate from another publisher: a wire copy, not an independent report."""


def deduplicate(
    articles: Sequence[Article],
    seen: SeenStore,
    owner: str,
    *,
    now: float,
    near: NearIndex | None = None,
    policy: DedupPolicy = DedupPolicy(),
) -> list[Judged]:
    """Each article with its verdict: one exact-index round trip and one near-index round trip for the batch.

    ``owner`` is the task id: a redelivered task finds its own claims and goes on, so a crash between
    claim and publish loses nothing. The article id may change here: when a GUID or URL turns out to be
    shared by different content (in this batch, or with what another task claimed), the next key of
    the chain GUID > canonical URL > content gives the identity.
    """
    unusable = reused_in_batch(articles)
    claims = [exact_claim(article, unusable) for article in articles]
    judged: list[Judged] = []
    claimed_here: set[str] = set()
    for article, claim, verdict in zip(articles, claims, seen.judge(claims, owner, now), strict=True):
        if verdict.duplicate:
            dedup = DedupVerdict(verdict="duplicate", layer="exact", key=verdict.kind, matched=verdict.matched)
            judged.append(Judged(msgspec.structs.replace(article, dedup=dedup), root=verdict.matched or "", drop=True))
            continue
        final_id = id_for(claim, verdict.kind)
        if final_id in claimed_here:
            dedup = DedupVerdict(verdict="duplicate", layer="exact", key=verdict.kind, matched=final_id)
            judged.append(Judged(msgspec.structs.replace(article, article_id=final_id, dedup=dedup), root=final_id, drop=True))
            continue
        claimed_here.add(final_id)
        if verdict.copy and verdict.matched:
            reason = "same text as the matched article, from another publisher"
            dedup = DedupVerdict(verdict="near_duplicate", layer="exact", key="content", matched=verdict.matched, score=1.0, reason=reason)
            copy = Judged(msgspec.structs.replace(article, article_id=final_id, dedup=dedup), root=verdict.matched, syndicated=True)
            judged.append(copy)
            continue
        dedup = DedupVerdict(verdict="unique", layer="exact", key=verdict.kind, reason=_reason(article, unusable, verdict.collisions))
        judged.append(Judged(msgspec.structs.replace(article, article_id=final_id, dedup=dedup), root=final_id))
    if near is not None and "near" in policy.layers:
        _near_layer([j for j in judged if not j.drop and not j.syndicated], near, policy, now)
    for item in judged:
        verdict = item.article.dedup
        assert verdict is not None
        log.info(
            "dedup.verdict", article_id=item.article.article_id, verdict=verdict.verdict, layer=verdict.layer,
            key=verdict.key, matched=verdict.matched, score=verdict.score, reason=verdict.reason,
        )  # fmt: skip
    return judged


def _near_layer(candidates: list[Judged], near: NearIndex, policy: DedupPolicy, now: float) -> None:
    sketched = [(item, sketch(item.article.title + "\n" + item.article.text)) for item in candidates]
    checked = [(item, found) for item, found in sketched if found.shingles >= policy.near_min_shingles]
    claims = [
        NearClaim(
            ref=article_ref(item.article.article_id),
            article_id=item.article.article_id,
            signature=found.signature,
            bands=found.bands,
            info=info_digest(item.article),
            publisher=_digest(publisher_of(item.article)),
        )
        for item, found in checked
    ]
    verdicts = near.check_and_insert(claims, equal_bins_for(policy.near_threshold), now)
    for (item, _found), verdict in zip(checked, verdicts, strict=True):
        if verdict.matched is None:
            continue
        score = round(estimate(verdict.equal_bins), 3)
        adds_nothing = verdict.same_info and verdict.same_publisher
        item.root = verdict.matched
        item.drop = adds_nothing
        item.syndicated = not verdict.same_publisher
        dedup = DedupVerdict(
            verdict="duplicate" if adds_nothing else "near_duplicate",
            layer="near",
            key="minhash",
            matched=verdict.matched,
            score=score,
            reason=None if adds_nothing else ("syndicated copy" if item.syndicated else "update of the same story"),
        )
        item.article = msgspec.structs.replace(item.article, dedup=dedup)


def article_ref(article_id: str) -> int:
    """31-bit reference of an article id in the near index."""
    return int(stable_hash("ref", article_id, length=8), 16) >> 1


def publisher_of(article: Article) -> str:
    """Who published the article: its publisher, else its feed, else ''."""
    return article.publisher or article.feed or ""


def info_digest(article: Article) -> bytes:
    """4 bytes of the title and the numbers of the text: a copy with equal digest brings no new figure or headline."""
    numbers = sorted(set(_NUMBER.findall(article.text)))
    return _digest(article.title.casefold() + "\x1f" + " ".join(numbers))


def _digest(value: str) -> bytes:
    return hashlib.blake2b(value.encode(), digest_size=4).digest()


def _reason(article: Article, unusable: set[tuple[str, str]], collisions: tuple[tuple[str, str], ...]) -> str | None:
    guid, url = identity_values(article)
    notes = [f"{kind} shared by different articles of the batch" for kind, value in (("guid", guid), ("url", url)) if (kind, value) in unusable]
    notes += [f"{kind} already identifies different content ({holder})" for kind, holder in collisions]
    return "; ".join(notes) or None
