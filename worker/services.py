"""The per-process objects a task needs — Redis clients, sinks, taxonomy — built once from settings."""

from __future__ import annotations

import importlib
import inspect
import resource
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

import redis
import structlog

from schemas import Article, Event
from worker.backends.dedup_index import RedisClusterIndex, RedisNearIndex
from worker.backends.redis import RedisOutbox, RedisRunLedger, RedisSeenStore, RedisStreamSink, connect
from worker.instruments import instrument, timed
from worker.keys import Keys
from worker.pipeline.learned import load_model
from worker.pipeline.publish import alert_entry
from worker.retention import backpressure_alert
from worker.settings import Settings
from worker.taxonomy import Taxonomy, load_taxonomy


@dataclass(frozen=True)
class Services:
    """Everything a batch needs, wired to one streams Redis."""

    client: redis.Redis
    keys: Keys
    sink: RedisStreamSink
    seen: RedisSeenStore
    near: RedisNearIndex
    clusters: RedisClusterIndex
    ledger: RedisRunLedger
    outbox: RedisOutbox
    taxonomy: Taxonomy
    analyzer: Callable[[Article, Taxonomy], list[Event]]

    def analyze(self, article: Article) -> list[Event]:
        """The configured analysis function bound to this process's taxonomy."""
        return self.analyzer(article, self.taxonomy)


def load_analyzer(path: str) -> Callable[[Article, Taxonomy], list[Event]]:
    """The function named ``module:function``; a clear error when it does not exist."""
    module_name, _, attribute = path.partition(":")
    try:
        function = getattr(importlib.import_module(module_name), attribute or "analyze")
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"EVENTWIRE_ANALYZER={path!r} names no function: {exc}") from exc
    if not callable(function):
        raise ValueError(f"EVENTWIRE_ANALYZER={path!r} is not callable")
    return function  # type: ignore[no-any-return]


def with_model(analyzer: Callable[..., list[Event]], settings: Settings, taxonomy: Taxonomy) -> Callable[[Article, Taxonomy], list[Event]]:
    """The analyzer with the configured learned model (EVENTWIRE_MODEL_PATH) bound to it; unchanged when none is set."""
    if settings.model_path is None:
        return analyzer
    if "model" not in inspect.signature(analyzer).parameters:
        raise ValueError(f"EVENTWIRE_MODEL_PATH is set but EVENTWIRE_ANALYZER={settings.analyzer!r} takes no `model` parameter")
    return partial(analyzer, model=load_model(settings.model_path, taxonomy))


_WARM_UP = (
    "Troops shelled the town of Kramatorsk on Monday, killing two civilians, the governor said.",
    "Войска обстреляли город в понедельник, сообщил губернатор.",
)


_MEMORY_HEADROOM = 1.25  # a worker process grows a little past the footprint it forks with


def warm_analysis(settings: Settings) -> None:
    """Load the taxonomy, gazetteer, language model and cue indexes once (before the pool forks, so children share them)."""
    taxonomy = load_taxonomy(settings.taxonomy_path)
    analyzer = with_model(load_analyzer(settings.analyzer), settings, taxonomy)
    for i, text in enumerate(_WARM_UP):
        analyzer(Article(article_id=f"warm-up-{i}", title="", text=text, content_hash=f"warm-up-{i}"), taxonomy)
    footprint = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if footprint * _MEMORY_HEADROOM > settings.max_memory_per_child_kb:
        structlog.get_logger("eventwire.services").warning(
            "worker.memory_limit_too_low", footprint_kb=footprint, max_memory_per_child_kb=settings.max_memory_per_child_kb,
            hint="worker processes would be replaced after almost every task: raise EVENTWIRE_MAX_MEMORY_PER_CHILD_KB")


@cache
def services_for(settings: Settings) -> Services:
    """Services for these settings, made once per process (redis-py reconnects after a fork)."""
    url = settings.resolved_streams_url
    if not url:
        raise ValueError("no Redis configured: set EVENTWIRE_BROKER_URL or EVENTWIRE_STREAMS_URL")
    taxonomy = load_taxonomy(settings.taxonomy_path)
    analyzer = with_model(load_analyzer(settings.analyzer), settings, taxonomy)
    client = connect(url)
    keys = Keys(settings.prefix)
    services = Services(
        client=client,
        keys=keys,
        sink=RedisStreamSink(
            client,
            keys,
            idempotency_ttl=settings.idempotency_ttl,
            retention=settings.retention,
            on_backpressure=lambda held: [alert_entry(backpressure_alert(item), keys) for item in held],
        ),
        seen=RedisSeenStore(client, keys, ttl=settings.seen_ttl, daily=settings.dedup_daily_articles),
        near=RedisNearIndex(client, keys, window=settings.near_dup_window, daily=settings.dedup_daily_articles),
        clusters=RedisClusterIndex(client, keys, window=settings.event_cluster_ttl, daily=settings.dedup_daily_articles),
        ledger=RedisRunLedger(client, keys),
        outbox=RedisOutbox(client, keys),
        taxonomy=taxonomy,
        analyzer=timed("analyze", analyzer),
    )
    instrument(services)
    return services
