"""Redis near-duplicate and event-cluster indexes: one check-and-insert Lua script per article or event, pipelined."""

from __future__ import annotations

import json
from collections.abc import Sequence

import redis

from worker.backends.generations import Generations, index_script
from worker.backends.packing import actor_digest, packed_event_id, packed_id, split
from worker.backends.redis import classified_errors
from worker.keys import Keys
from worker.pipeline.minhash import LEVELS
from worker.protocols import ClusterClaim, ClusterVerdict, NearClaim, NearVerdict

BAND_FIELD_BITS = 24
"""A band key's field: 3 bytes (5 in a listpack); a chance match only costs one candidate check."""


class RedisNearIndex:
    """NearIndex on Redis (near.lua): LSH bands and 52-byte article records in generation hashes."""

    def __init__(self, client: redis.Redis, keys: Keys, *, window: int, daily: int = 1000) -> None:
        self.client = client
        self.base = keys.dedup_index("near")
        self.generations = Generations.for_rate(window, daily)
        self._check = client.register_script(index_script("near"))

    def check_and_insert(self, claims: Sequence[NearClaim], needed_bins: int, now: float) -> list[NearVerdict]:
        if not claims:
            return []
        leading = self.generations.script_args(now)
        with classified_errors("dedup.near"):
            pipe = self.client.pipeline(transaction=False)
            for claim in claims:
                record = claim.signature + packed_id(claim.article_id) + claim.info + claim.publisher
                self._check(keys=[self.base], args=[*leading, claim.ref, record, needed_bins, LEVELS, _packed_bands(claim.bands)], client=pipe)
            replies = pipe.execute()
        return [
            NearVerdict(matched=matched or None, equal_bins=int(equal), same_info=same_info == 1, same_publisher=same_publisher == 1)
            for matched, equal, same_info, same_publisher in replies
        ]


def _packed_bands(bands: Sequence[int]) -> bytes:
    """Each band key as a 4-byte bucket hash and a 3-byte field, in one argument (near.lua unpacks them)."""
    return b"".join(hash_.to_bytes(4, "big") + field.to_bytes(3, "big") for hash_, field in (split(band, BAND_FIELD_BITS) for band in bands))


class RedisClusterIndex:
    """ClusterIndex on Redis (cluster.lua): story and place-day keys pointing at cluster heads, in generation hashes."""

    def __init__(self, client: redis.Redis, keys: Keys, *, window: int, daily: int = 1000) -> None:
        self.client = client
        self.base = keys.dedup_index("event")
        self.generations = Generations.for_rate(window, daily)
        self._join = client.register_script(index_script("cluster"))

    def join(self, claims: Sequence[ClusterClaim], max_sources: int, now: float) -> list[ClusterVerdict]:
        if not claims:
            return []
        leading = self.generations.script_args(now)
        with classified_errors("dedup.event"):
            pipe = self.client.pipeline(transaction=False)
            for claim in claims:
                place = ("", "") if claim.place is None else split(claim.place)
                args = [
                    *leading, claim.ref, packed_event_id(claim.event_id), *split(claim.story), *place, int(claim.coarse),
                    b"".join(actor_digest(actor) for actor in claim.actors), claim.article_id, claim.publisher,
                    int(claim.syndicated), max_sources, *(part for day in claim.window for part in split(day)),
                ]  # fmt: skip
                self._join(keys=[self.base], args=args, client=pipe)
            replies = pipe.execute()
        return [
            ClusterVerdict(
                new=kind == "new",
                cluster_id=cluster_id,
                revision=int(revision),
                sources=tuple((str(a), str(p), bool(s)) for a, p, s in json.loads(sources)),
                matched_by=matched_by,
                started=float(started),
            )
            for kind, cluster_id, revision, sources, matched_by, started in replies
        ]
