"""One batch through the stages: decode, normalize, dedup, analyze, publish — one round trip per stage."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import msgspec
import structlog

from schemas import Article, DeadLetter, DedupVerdict, Event, RawArticle
from worker.errors import PermanentError, TransientError
from worker.ids import stable_hash
from worker.keys import Keys
from worker.pipeline.clusters import Clustered, cluster_events
from worker.pipeline.dedup import DedupPolicy, Judged, deduplicate
from worker.pipeline.normalize import normalize
from worker.pipeline.publish import article_entries, dead_letter_entry, event_entries, updated_entries
from worker.protocols import ClusterIndex, NearIndex, SeenStore, StreamEntry, StreamSink

log = structlog.get_logger("eventwire.batch")

Analyzer = Callable[[Article], list[Event]]
SUMMARY_EVENTS_CAP = 50


class BatchOutcome(msgspec.Struct, kw_only=True):
    """What one attempt at a batch did, recorded in the run ledger and summed by `eventwire run`."""

    attempt: int = 1
    read: int = 0
    retrying: int = 0
    """Articles that failed unexpectedly and go round again in the next attempt."""
    unique: int = 0
    duplicate: int = 0
    """Articles dropped: exact copies, and near-duplicates from the same publisher that add nothing."""
    near_duplicate: int = 0
    """Articles accepted as an update or syndicated copy of a story already seen."""
    merged: int = 0
    """Events that joined an existing cluster (published as ``event.updated`` of the cluster's event)."""
    dedup: dict[str, int] = {}
    """Verdicts by ``<layer>:<verdict>``, e.g. ``exact:duplicate``, ``near:near_duplicate``, ``event:merged``."""
    failed: int = 0
    events: int = 0
    events_by_type: dict[str, int] = {}
    entries_written: int = 0
    sample: list[dict[str, Any]] = []
    """Up to SUMMARY_EVENTS_CAP event summaries, for printing."""


def decode_raw(payload: Any) -> RawArticle:
    """A RawArticle from a task payload item (JSON builtins)."""
    return msgspec.convert(payload, RawArticle, strict=False)


def process_batch(
    payloads: Sequence[Any],
    *,
    owner: str,
    seen: SeenStore,
    sink: StreamSink,
    analyze: Analyzer,
    keys: Keys,
    attempts: int = 1,
    max_attempts: int = 1,
    near: NearIndex | None = None,
    clusters: ClusterIndex | None = None,
    policy: DedupPolicy = DedupPolicy(),
    now: float | None = None,
) -> tuple[BatchOutcome, list[Any]]:
    """Run one attempt at a batch: the outcome, and the payloads to try again.

    A TransientError fails the whole attempt. One article's PermanentError dead-letters it at
    once; any other error sends it round again until ``max_attempts``, then dead-letters it.
    Without ``near`` or ``clusters`` (or with the layer off in ``policy``) that dedup layer is skipped.
    """
    now = time.time() if now is None else now
    outcome = BatchOutcome(attempt=attempts, read=len(payloads))
    letters: list[DeadLetter] = []
    again: list[Any] = []
    articles: list[Article] = []
    sources: list[Any] = []
    for index, payload in enumerate(payloads):
        stage = "decode"
        try:
            raw = decode_raw(payload)
            stage = "normalize"
            articles.append(normalize(raw))
            sources.append(payload)
        except TransientError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of one article must not sink the batch
            letters.append(_dead_letter(exc, stage, payload, owner, index, attempts))

    judged = deduplicate(articles, seen, owner, now=now, near=near, policy=policy)
    verdicts: Counter[str] = Counter()
    analyzed: list[tuple[Judged, list[Event]]] = []
    for item, payload in zip(judged, sources, strict=True):
        article = item.article
        with structlog.contextvars.bound_contextvars(article_id=article.article_id):
            if item.drop:
                outcome.duplicate += 1
                verdicts[_label(article.dedup)] += 1
                continue
            try:
                analyzed.append((item, analyze(article)))
            except TransientError:
                raise
            except Exception as exc:  # noqa: BLE001
                if not isinstance(exc, PermanentError) and attempts < max_attempts:
                    log.warning("article.retry", stage="analyze", error=repr(exc), attempt=attempts)
                    again.append(payload)
                    continue
                letters.append(_dead_letter(exc, "analyze", payload, owner, 0, attempts, article))

    if clusters is not None and "event" in policy.layers:
        batch = cluster_events(analyzed, clusters, window_days=policy.event_window_days, max_sources=policy.max_sources, now=now)
    else:
        batch = [Clustered(created=events, updated=[], verdicts=[]) for _item, events in analyzed]
    entries: list[StreamEntry] = []
    events_by_type: Counter[str] = Counter()
    for (item, _events), result in zip(analyzed, batch, strict=True):
        article = _with_event_verdicts(item.article, result)
        verdicts[_label(article.dedup)] += 1
        verdicts["event:merged"] += sum(v.verdict == "merged" for v in result.verdicts)
        outcome.merged += sum(v.verdict == "merged" for v in result.verdicts)
        if article.dedup is not None and article.dedup.verdict == "near_duplicate":
            outcome.near_duplicate += 1
        else:
            outcome.unique += 1
        entries.extend(article_entries(article, keys))
        entries.extend(event_entries(result.created, keys))
        entries.extend(event_entries(result.created_if_absent, keys))  # an update never precedes its event.created
        for update in result.updated:
            entries.extend(updated_entries(update, keys))
        for event in result.created:
            events_by_type[event.event_type] += 1
            if len(outcome.sample) < SUMMARY_EVENTS_CAP:
                outcome.sample.append(_summary(event))
        log.info("article.accepted", article_id=article.article_id, events=len(result.created), updates=len(result.updated))

    entries.extend(dead_letter_entry(letter, keys) for letter in letters)
    results = sink.publish(entries)
    outcome.failed = len(letters)
    outcome.retrying = len(again)
    outcome.events = sum(events_by_type.values())
    outcome.events_by_type = dict(events_by_type)
    outcome.dedup = {label: count for label, count in sorted(verdicts.items()) if count}
    outcome.entries_written = sum(result.written for result in results)
    return outcome, again


def _with_event_verdicts(article: Article, result: Clustered) -> Article:
    """The article with its events' verdicts; layer ``event`` when every one of its events joined an existing cluster."""
    verdict = article.dedup or DedupVerdict(verdict="unique")
    if not result.verdicts:
        return article
    changes: dict[str, Any] = {"events": result.verdicts}
    if verdict.verdict == "unique" and all(v.verdict == "merged" for v in result.verdicts):
        changes.update(layer="event", key=result.verdicts[0].key, matched=result.verdicts[0].cluster_id)
    return msgspec.structs.replace(article, dedup=msgspec.structs.replace(verdict, **changes))


def _label(verdict: DedupVerdict | None) -> str:
    return f"{verdict.layer}:{verdict.verdict}" if verdict else "exact:unique"


def _dead_letter(
    exc: Exception,
    stage: str,
    payload: Any,
    owner: str,
    index: int,
    attempts: int,
    article: Article | None = None,
) -> DeadLetter:
    article_id = article.article_id if article else None
    origin = article.origin if article else (payload.get("origin") if isinstance(payload, dict) else None)
    letter_id = "d_" + stable_hash(article_id or f"{owner}:{index}", stage)
    log.error("article.dead_lettered", stage=stage, reason=type(exc).__name__, error=repr(exc), origin=origin)
    return DeadLetter(
        dead_letter_id=letter_id,
        reason=type(exc).__name__,
        error=(str(exc) or repr(exc))[:2000],
        stage=stage,
        attempts=attempts,
        article_id=article_id,
        origin=origin,
        payload=payload,
    )


def _summary(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "modality": event.modality,
        "location": event.location.name if event.location else None,
        "country": event.location.country if event.location else None,
        "date": event.occurred.date.isoformat() if event.occurred and event.occurred.date else None,
        "evidence": event.evidence.sentence if len(event.evidence.sentence) <= 160 else event.evidence.sentence[:159] + "…",
    }
