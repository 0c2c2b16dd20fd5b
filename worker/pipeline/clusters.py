"""Event dedup: events of one happening join one cluster; the first is created, later sources update it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import msgspec
import structlog

from schemas import Event, EventDedup, Source
from worker.ids import stable_hash
from worker.keys import type_key
from worker.pipeline.dedup import Judged, publisher_of
from worker.pipeline.identity import key_digest
from worker.protocols import ClusterClaim, ClusterIndex, ClusterVerdict

log = structlog.get_logger("eventwire.dedup")

CREATED_IF_ABSENT_FOR = 86_400
"""Seconds after a cluster starts during which each update also carries the cluster's ``event.created``, written
only if absent: the first event's own task may publish after a later source's (it joined first, then another
worker overtook it; or it was killed and is redelivered after the visibility timeout). Well under the
idempotency keys' life (EVENTWIRE_IDEMPOTENCY_TTL, 7 days), so the created entry is never written twice."""


@dataclass
class Clustered:
    """What to publish for one article's events: new clusters as created, merged sources as updates."""

    created: list[Event]
    updated: list[Event]
    verdicts: list[EventDedup]
    created_if_absent: list[Event] = field(default_factory=list)
    """Before each update, its cluster's ``event.created`` (the update's data) unless one is on the stream:
    consumers never see an update before its event."""


def cluster_events(
    batch: Sequence[tuple[Judged, list[Event]]], index: ClusterIndex, *, window_days: int, max_sources: int, now: float
) -> list[Clustered]:
    """Join every event of the batch to its cluster in one round trip; per article, what to publish."""
    claims = [[event_claim(item, event, ordinal, window_days) for event, ordinal in _ordinals(events)] for item, events in batch]
    flat = index.join([claim for per_article in claims for claim in per_article], max_sources, now)
    results, position = [], 0
    for (item, events), per_article in zip(batch, claims, strict=True):
        verdicts = flat[position : position + len(events)]
        position += len(events)
        results.append(_apply(item, events, per_article, verdicts, now))
    return results


def event_claim(item: Judged, event: Event, ordinal: int, window_days: int) -> ClusterClaim:
    """Where an event may cluster: its story (near-duplicate group, type, ordinal) and its place and day."""
    kind = type_key(event.event_type) + (":planned" if event.modality == "planned" else "")
    place = place_key(event)
    day = event_day(event, item)
    window: tuple[int, ...] = ()
    own: int | None = None
    if place is not None and day is not None:
        own = key_digest("place", kind, place, day.isoformat())
        days = [day + timedelta(days=offset) for offset in range(-window_days, window_days + 1)]
        window = tuple(key_digest("place", kind, place, d.isoformat()) for d in sorted(days, key=lambda d: abs((d - day).days)))
    return ClusterClaim(
        ref=int(stable_hash("ref", event.event_id, length=8), 16) >> 1,
        event_id=event.event_id,
        story=key_digest("story", item.root, kind, str(ordinal)),
        place=own,
        window=window,
        coarse=event.location is not None and event.location.precision == 3,
        actors=tuple(sorted({stable_hash('actor', actor.name.casefold(), length=6) for actor in event.actors}))[:6],
        article_id=item.article.article_id,
        publisher=publisher_of(item.article),
        syndicated=item.syndicated,
    )


def place_key(event: Event) -> str | None:
    """Country code and place name, case-folded; None without a place."""
    location = event.location
    if location is None or not location.name:
        return None
    return f"{(location.country_code or location.country or '').upper()}|{location.name.casefold()}"


def event_day(event: Event, item: Judged) -> date | None:
    """The event's day, else the article's publication day; None when neither is known."""
    occurred = event.occurred
    if occurred is not None and occurred.date is not None and occurred.precision == 1:
        return occurred.date
    published = item.article.published_at
    return published.date() if published is not None else None


def _ordinals(events: list[Event]) -> list[tuple[Event, int]]:
    seen: Counter[str] = Counter()
    numbered = []
    for event in events:
        kind = type_key(event.event_type)
        numbered.append((event, seen[kind]))
        seen[kind] += 1
    return numbered


def _apply(item: Judged, events: list[Event], claims: list[ClusterClaim], verdicts: Sequence[ClusterVerdict], now: float) -> Clustered:
    created, updated, dedups, if_absent = [], [], [], []
    for event, claim, verdict in zip(events, claims, verdicts, strict=True):
        source = msgspec.structs.replace(event.source or Source(), article_id=item.article.article_id, syndicated=item.syndicated)
        sources = [*(_source(found) for found in verdict.sources[:-1]), source] if verdict.sources else [source]
        shaped = msgspec.structs.replace(
            event, cluster_id=verdict.cluster_id, sources=sources, sources_count=len(sources), independent_sources=_independent(sources)
        )
        key = "" if verdict.new else (f"story:{item.root}" if verdict.matched_by == "story" else "place")
        dedups.append(EventDedup(event_id=event.event_id, verdict="new" if verdict.new else "merged", cluster_id=verdict.cluster_id, revision=max(verdict.revision, 1), key=key))
        if verdict.new:
            created.append(shaped)
        elif verdict.revision >= 2:
            update = msgspec.structs.replace(shaped, event_id=verdict.cluster_id, revision=verdict.revision)
            if now - verdict.started < CREATED_IF_ABSENT_FOR:
                if_absent.append(update)
            updated.append(update)
        log.info(
            "dedup.event", event_id=event.event_id, verdict="new" if verdict.new else "merged", cluster_id=verdict.cluster_id,
            revision=verdict.revision, matched_by=verdict.matched_by or None, place=claim.place is not None,
        )  # fmt: skip
    return Clustered(created=created, updated=updated, verdicts=dedups, created_if_absent=if_absent)


def _source(found: tuple[str, str, bool]) -> Source:
    article_id, publisher, syndicated = found
    return Source(article_id=article_id, publisher=publisher or None, syndicated=syndicated)


def _independent(sources: list[Source]) -> int:
    return len({source.publisher or source.article_id for source in sources if not source.syndicated}) or 1
