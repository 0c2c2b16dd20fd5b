"""Redis near-duplicate and event-cluster indexes: one check-and-insert Lua script per article or event, pipelined."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

import redis

from worker.backends.generations import Generations
from worker.backends.redis import classified_errors
from worker.backends.packing import packed_id
from worker.keys import Keys
from worker.pipeline.minhash import MAX_CANDIDATES
from worker.protocols import ClusterClaim, ClusterVerdict, NearClaim, NearVerdict

_SEPARATOR = "\x1f"


def _lua(name: str) -> str:
    return resources.files("worker.backends").joinpath(f"lua/{name}.lua").read_text()


class RedisNearIndex:
    """NearIndex on Redis (near.lua): LSH band hashes and 52-byte article records in generation hashes."""

    def __init__(self, client: redis.Redis, keys: Keys, *, window: int, buckets: int = 1024) -> None:
        self.client = client
        self.base = keys.dedup_index("near")
        self.generations = Generations(window=window, buckets=buckets)
        self._check = client.register_script(_lua("near"))

    def check_and_insert(self, claims: Sequence[NearClaim], needed_bins: int, now: float) -> list[NearVerdict]:
        if not claims:
            return []
        leading = self.generations.script_args(now)
        with classified_errors("dedup.near"):
            pipe = self.client.pipeline(transaction=False)
            for claim in claims:
                record = claim.signature + packed_id(claim.article_id) + claim.info + claim.publisher
                bands = [str(band) for band in claim.bands]
                self._check(keys=[self.base], args=[*leading, claim.ref, record, needed_bins, MAX_CANDIDATES, *bands], client=pipe)
            replies = pipe.execute()
        return [
            NearVerdict(matched=matched or None, equal_bins=int(equal), same_info=same_info == 1, same_publisher=same_publisher == 1)
            for matched, equal, same_info, same_publisher in replies
        ]


class RedisClusterIndex:
    """ClusterIndex on Redis (cluster.lua): story and place keys pointing at cluster records, in generation hashes."""

    def __init__(self, client: redis.Redis, keys: Keys, *, window: int, buckets: int = 1024) -> None:
        self.client = client
        self.base = keys.dedup_index("event")
        self.generations = Generations(window=window, buckets=buckets)
        self._join = client.register_script(_lua("cluster"))

    def join(self, claims: Sequence[ClusterClaim], max_sources: int, now: float) -> list[ClusterVerdict]:
        if not claims:
            return []
        leading = self.generations.script_args(now)
        with classified_errors("dedup.event"):
            pipe = self.client.pipeline(transaction=False)
            for claim in claims:
                args = [
                    *leading, claim.ref, claim.event_id, claim.story, "" if claim.place is None else claim.place,
                    int(claim.coarse), _SEPARATOR.join(claim.actors), claim.article_id, claim.publisher,
                    int(claim.syndicated), max_sources, *claim.window,
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
            )
            for kind, cluster_id, revision, sources, matched_by in replies
        ]
