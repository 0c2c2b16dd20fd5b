"""The per-process objects a task needs — Redis clients, sinks, taxonomy — built once from settings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import redis

from schemas import Article, Event
from worker.backends.redis import RedisRunLedger, RedisSeenStore, RedisStreamSink, connect
from worker.keys import Keys
from worker.pipeline.analyze import analyze
from worker.settings import Settings
from worker.taxonomy import Taxonomy, load_taxonomy


@dataclass(frozen=True)
class Services:
    """Everything a batch needs, wired to one streams Redis."""

    client: redis.Redis
    keys: Keys
    sink: RedisStreamSink
    seen: RedisSeenStore
    ledger: RedisRunLedger
    taxonomy: Taxonomy

    def analyze(self, article: Article) -> list[Event]:
        """The analysis stage bound to this process's taxonomy."""
        return analyze(article, self.taxonomy)


@cache
def services_for(settings: Settings) -> Services:
    """Services for these settings, made once per process (redis-py reconnects after a fork)."""
    url = settings.resolved_streams_url
    if not url:
        raise ValueError("no Redis configured: set EVENTWIRE_BROKER_URL or EVENTWIRE_STREAMS_URL")
    client = connect(url)
    keys = Keys(settings.prefix)
    return Services(
        client=client,
        keys=keys,
        sink=RedisStreamSink(client, keys, maxlen=settings.stream_maxlen, idempotency_ttl=settings.idempotency_ttl),
        seen=RedisSeenStore(client, keys, ttl=settings.seen_ttl),
        ledger=RedisRunLedger(client, keys),
        taxonomy=load_taxonomy(settings.taxonomy_path),
    )
