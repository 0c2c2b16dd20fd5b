"""In-memory twins of the near-duplicate and event-cluster indexes (near.lua, cluster.lua), for unit tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from worker.backends.generations import Generations
from worker.pipeline.minhash import LEVELS
from worker.protocols import ClusterClaim, ClusterVerdict, NearClaim, NearVerdict


def _equal_bins(first: bytes, second: bytes) -> int:
    return sum(((a ^ b) & 0x0F == 0) + ((a ^ b) & 0xF0 == 0) for a, b in zip(first, second, strict=True))


class MemoryNearIndex:
    """NearIndex in dicts: band key -> (generation, ref) and ref -> (generation, signature, root, info, publisher)."""

    def __init__(self, window: int) -> None:
        self.generations = Generations(window=window)
        self.bands: dict[int, tuple[int, int]] = {}
        self.docs: dict[int, tuple[int, bytes, str, bytes, bytes]] = {}

    def check_and_insert(self, claims: Sequence[NearClaim], needed_bins: int, now: float) -> list[NearVerdict]:
        return [self._check(claim, needed_bins, now) for claim in claims]

    def _check(self, claim: NearClaim, needed_bins: int, now: float) -> NearVerdict:
        visible = self.generations.visible
        hits: Counter[int] = Counter()
        filed = []
        for start in range(0, len(claim.bands), LEVELS):
            for band in claim.bands[start : start + LEVELS]:
                held = self.bands.get(band)
                if not (held and visible(held[0], now)):
                    filed.append(band)
                    break
                if held[1] != claim.ref:
                    hits[held[1]] += 1
        best, best_equal = None, -1
        for ref in sorted(hits, key=lambda ref: (-hits[ref], ref)):
            doc = self.docs.get(ref)
            if doc and visible(doc[0], now) and doc[2] != claim.article_id:
                equal = _equal_bins(doc[1], claim.signature)
                if equal > best_equal:
                    best, best_equal = doc, equal
        root = claim.article_id
        verdict = NearVerdict(matched=None, equal_bins=best_equal)
        if best and best_equal >= needed_bins:
            root = best[2]
            verdict = NearVerdict(root, best_equal, best[3] == claim.info, best[4] == claim.publisher)
        if not (self.docs.get(claim.ref) and visible(self.docs[claim.ref][0], now)):
            generation = self.generations.current(now)
            self.docs[claim.ref] = (generation, claim.signature, root, claim.info, claim.publisher)
            for band in filed:
                self.bands[band] = (generation, claim.ref)
        return verdict


@dataclass
class _Cluster:
    generation: int
    event_id: str
    actors: tuple[str, ...]
    started: float
    sources: list[tuple[str, str, bool]] = field(default_factory=list)


class MemoryClusterIndex:
    """ClusterIndex in dicts: story digests -> head ref, the head's place-day digest -> head refs, head ref -> cluster."""

    def __init__(self, window: int) -> None:
        self.generations = Generations(window=window)
        self.stories: dict[int, tuple[int, int]] = {}
        self.places: dict[int, tuple[int, list[int]]] = {}
        self.clusters: dict[int, _Cluster] = {}

    def join(self, claims: Sequence[ClusterClaim], max_sources: int, now: float) -> list[ClusterVerdict]:
        return [self._join(claim, max_sources, now) for claim in claims]

    def _join(self, claim: ClusterClaim, max_sources: int, now: float) -> ClusterVerdict:
        visible = self.generations.visible
        generation = self.generations.current(now)
        story = self.stories.get(claim.story)
        head, matched_by = (story[1], "story") if story and visible(story[0], now) else (None, "place")
        if head is None and claim.place is not None:
            for day in claim.window:
                held = self.places.get(day)
                refs = held[1] if held and visible(held[0], now) else []
                head = min((ref for ref in refs if self._overlaps(ref, claim, now)), default=None)
                if head is not None:
                    break
        cluster = self.clusters.get(head) if head is not None else None
        if cluster is None or not visible(cluster.generation, now):
            source = (claim.article_id, claim.publisher, claim.syndicated)
            self.clusters[claim.ref] = _Cluster(generation, claim.event_id, claim.actors, float(int(now)), [source])
            self.stories[claim.story] = (generation, claim.ref)
            if claim.place is not None:
                held = self.places.get(claim.place)
                refs = held[1] if held and visible(held[0], now) else []
                self.places[claim.place] = (generation, [*refs, claim.ref])
            return ClusterVerdict(True, claim.event_id, 1, (source,), "", float(int(now)))
        if cluster.event_id == claim.event_id:
            return ClusterVerdict(True, claim.event_id, 1, tuple(cluster.sources[:1]), "", cluster.started)
        assert head is not None
        if not (story and visible(story[0], now)):
            self.stories[claim.story] = (generation, head)
        for index, source in enumerate(cluster.sources):
            if source[0] == claim.article_id:
                return ClusterVerdict(False, cluster.event_id, index + 1, tuple(cluster.sources[: index + 1]), matched_by, cluster.started)
        if len(cluster.sources) >= max_sources:
            return ClusterVerdict(False, cluster.event_id, 0, (), matched_by, cluster.started)
        cluster.sources.append((claim.article_id, claim.publisher, claim.syndicated))
        return ClusterVerdict(False, cluster.event_id, len(cluster.sources), tuple(cluster.sources), matched_by, cluster.started)

    def _overlaps(self, ref: int, claim: ClusterClaim, now: float) -> bool:
        cluster = self.clusters.get(ref)
        if cluster is None or not self.generations.visible(cluster.generation, now):
            return False
        if (not cluster.actors or not claim.actors) and not claim.coarse:
            return True
        return bool(set(cluster.actors) & set(claim.actors))
