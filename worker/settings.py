"""One frozen settings object, read from EVENTWIRE_* environment variables; secrets masked."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from worker.retention import Retention, RetentionPolicy, parse_retention

ENV_PREFIX = "EVENTWIRE_"


def mask_url(url: str | None) -> str | None:
    """The URL with its password replaced by ``***``, for logs and summaries."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def _setting(default: Any, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Settings:
    """Every setting eventwire reads; each field ``x`` comes from ``EVENTWIRE_X``."""

    broker_url: str | None = _setting(None, "Celery broker (Redis). Unset with streams_url unset: the CLI starts an embedded Redis.")
    streams_url: str | None = _setting(None, "Redis (or Redis Cluster) holding the streams and dedup state. Defaults to broker_url.")
    prefix: str = _setting("eventwire:", "Prefix of every Redis key and stream name.")
    queue: str = _setting("eventwire", "Celery queue the tasks travel on.")
    batch_size: int = _setting(100, "Articles per task message.")
    batch_linger_ms: int = _setting(
        20, "Milliseconds a streaming producer holds a partly full batch before sending it; 0 sends each article at once."
    )
    max_retries: int = _setting(5, "Retries of a failing batch before it is dead-lettered.")
    retry_backoff_max: int = _setting(300, "Upper bound in seconds of the exponential retry backoff.")
    task_soft_time_limit: int = _setting(240, "Seconds before a task is asked to stop.")
    task_time_limit: int = _setting(300, "Seconds before a task's process is killed.")
    visibility_timeout: int = _setting(3600, "Seconds before an unacknowledged task is redelivered; must exceed task_time_limit.")
    prefetch_multiplier: int = _setting(1, "Messages each worker process reserves ahead.")
    worker_concurrency: int = _setting(2, "Worker processes started by `eventwire run`.")
    max_tasks_per_child: int = _setting(1000, "Tasks a worker process runs before it is replaced.")
    max_memory_per_child_kb: int = _setting(1_048_576, "Resident memory (KiB) after which a worker process is replaced; the loaded analysis alone takes about 500 MiB.")
    redeliver_after: int = _setting(
        7200, "Seconds a started batch may stay unfinished before it counts as lost by the broker and is sent again."
    )
    idempotency_ttl: int = _setting(7 * 86400, "Seconds a published entry's idempotency key is kept.")
    seen_ttl: int = _setting(30 * 86400, "Seconds an article id is remembered for deduplication.")
    dedup_layers: str = _setting(
        "exact,near,event", "Dedup layers on, comma-separated: exact (always), near (near-duplicate text), event (same event, many articles)."
    )
    dedup_daily_articles: int = _setting(
        10_000, "Articles a day the dedup indexes expect until they have counted one generation; later generations size themselves."
    )
    near_dup_threshold: float = _setting(
        0.5, "Estimated Jaccard similarity of word 3-shingles from which two articles are one story (bench/dedup_eval.py)."
    )
    near_dup_min_shingles: int = _setting(40, "Articles with fewer word 3-shingles skip the near-duplicate layer (too short to judge).")
    near_dup_window: int = _setting(3 * 86400, "Seconds an article's near-duplicate sketch is remembered.")
    event_window_days: int = _setting(1, "Days apart two events of one type, place and actors may be and still be one event.")
    event_cluster_ttl: int = _setting(7 * 86400, "Seconds an event cluster is remembered for later sources to join.")
    event_max_sources: int = _setting(50, "Sources remembered per event cluster; later ones merge without a further update entry.")
    stream_maxlen: int = _setting(1_000_000, "Maximum entries per stream; never trims what a consumer group has not read. 0: unbounded.")
    stream_max_age: int = _setting(0, "Seconds an entry is kept (MINID by age), same proviso as stream_maxlen. 0: no age bound.")
    stream_retention: str = _setting(
        "", "Per-stream overrides NAME=MAXLEN[/MAX_AGE], comma-separated, NAME after the prefix, globs allowed: `events:*=200000/86400`."
    )
    stream_overflow: int = _setting(
        10_000,
        "Entries a lagging consumer group may hold past a stream's retention before publishing waits (backpressure) and an alert is raised.",
    )
    consumer_max_deliveries: int = _setting(5, "Deliveries of a stream entry before a consumer dead-letters it.")
    consumer_claim_idle_ms: int = _setting(
        60_000, "Milliseconds an unacknowledged entry stays idle before the janitor reclaims it; above the slowest handler."
    )
    effect_ttl: int = _setting(7 * 86400, "Seconds a consumer remembers a side effect done (an alert sent) per id.")
    alert_webhook_url: str | None = _setting(None, "Where `eventwire alerts` POSTs each alert (JSON, signed); unset: no webhook.")
    alert_webhook_secret: str | None = _setting(None, "HMAC-SHA256 key of the alert webhook's `X-Eventwire-Signature` header.")
    taxonomy_path: Path | None = _setting(None, "A taxonomy TOML file replacing the packaged one.")
    analyzer: str = _setting(
        "worker.pipeline.analyze:analyze", "The analysis function `module:function(article, taxonomy) -> list[Event]`."
    )
    model_path: Path | None = _setting(
        None, "A model file written by `eventwire train`, blended with the rules when classifying (needs the `learn` extra). Unset: rules only."
    )
    seeds_dir: Path = _setting(Path("seeds"), "What `eventwire run` replays by default.")
    feeds_path: Path = _setting(Path("seeds/feeds.toml"), "Feed list (`[[feed]]` tables: url, interval, tags) read by `eventwire feeds import`.")
    feed_interval: int = _setting(900, "Seconds between polls of a feed that sets no interval of its own.")
    feed_min_interval: int = _setting(60, "Lower bound in seconds of any feed's next check.")
    feed_max_interval: int = _setting(86_400, "Upper bound in seconds of any feed's next check (hints and error backoff included).")
    feed_poll_every: int = _setting(30, "Seconds between runs of the beat task that enqueues the fetches of due feeds.")
    feed_poll_limit: int = _setting(1000, "Most fetches one poll enqueues; the rest wait for the next poll.")
    feed_host_concurrency: int = _setting(2, "Fetches running at once against one host, across all workers.")
    feed_parse_budget: int = _setting(20, "Wall-clock seconds a feed document may take to parse (in a child process that is then killed).")
    feed_failing_after: int = _setting(5, "Consecutive failed fetches after which a feed is failing (alert).")
    feed_silent_factor: int = _setting(10, "A feed is silent (alert) after this many times its usual gap between entries without a new one.")
    fetch_deadline: int = _setting(30, "Total seconds one fetch may take, redirects and slow servers included.")
    fetch_max_bytes: int = _setting(10 * 1024 * 1024, "Largest feed body in bytes, after decompression; enforced while reading.")
    fetch_max_redirects: int = _setting(5, "Redirects followed per fetch.")
    fetch_user_agent: str | None = _setting(None, "User-Agent of feed requests; unset: `eventwire/<version> (feed poller)`.")
    fetch_allow: str = _setting("", "CIDRs, addresses or host names feeds may be fetched from although not public (comma-separated), e.g. `10.1.0.0/16,feeds.lan`.")
    health_max_lag: int = _setting(10_000, "Entries a consumer group may lag behind a stream before `eventwire health` fails.")
    health_beat_every: int = _setting(10, "Seconds between the beat process's liveness marks; `eventwire health` allows three missed.")
    metrics_port: int = _setting(0, "Port on which each `celery worker` serves Prometheus metrics (0: off; `eventwire metrics` serves them too).")
    metrics_dir: Path | None = _setting(
        None, "Directory of the multiprocess metric files shared by a worker's forked processes; unset: `<data_dir>/metrics`."
    )
    data_dir: Path = _setting(Path(".eventwire"), "Where the embedded Redis keeps its data, socket and log.")
    redis_server: str | None = _setting(None, "Path of the redis-server binary for the embedded server.")
    log_level: str = _setting("INFO", "Log level.")
    log_format: str = _setting("auto", "auto (JSON off a terminal), json or console.")

    def __post_init__(self) -> None:
        if self.visibility_timeout <= self.task_time_limit:
            raise ValueError("visibility_timeout must exceed task_time_limit, or running tasks get redelivered")
        if self.redeliver_after <= self.visibility_timeout:
            raise ValueError("redeliver_after must exceed visibility_timeout, or the broker's own redelivery is raced")
        if self.task_soft_time_limit >= self.task_time_limit:
            raise ValueError("task_soft_time_limit must be below task_time_limit")
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.batch_linger_ms < 0:
            raise ValueError("batch_linger_ms must not be negative")
        if self.log_format not in {"auto", "json", "console"}:
            raise ValueError("log_format must be auto, json or console")
        parse_retention(self.stream_retention)
        if self.consumer_max_deliveries < 1:
            raise ValueError("consumer_max_deliveries must be at least 1")
        if not 0 < self.near_dup_threshold <= 1:
            raise ValueError("near_dup_threshold must be in (0, 1]")

    @property
    def resolved_streams_url(self) -> str | None:
        """The streams Redis: streams_url, else the broker."""
        return self.streams_url or self.broker_url

    @property
    def embedded(self) -> bool:
        """True when no Redis is configured and the CLI must start one."""
        return not self.broker_url and not self.streams_url

    @property
    def retention(self) -> RetentionPolicy:
        """Retention of every stream: the defaults plus EVENTWIRE_STREAM_RETENTION overrides."""
        return RetentionPolicy(
            default=Retention(maxlen=self.stream_maxlen, max_age=self.stream_max_age),
            overrides=parse_retention(self.stream_retention),
            overflow=self.stream_overflow,
        )

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed."""
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        shown["broker_url"] = mask_url(self.broker_url)
        shown["streams_url"] = mask_url(self.streams_url)
        shown["alert_webhook_url"] = mask_url(self.alert_webhook_url)
        shown["alert_webhook_secret"] = self.alert_webhook_secret and "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``EVENTWIRE_*`` variables; unknown ``EVENTWIRE_*`` names are an error."""
        env = os.environ if environ is None else environ
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, raw in env.items():
            if not key.startswith(ENV_PREFIX) or key.startswith(ENV_PREFIX + "TEST_"):
                continue
            name = key[len(ENV_PREFIX):].lower()
            if name not in known:
                raise ValueError(f"unknown setting {key}; known: {', '.join(sorted(documented()))}")
            values[name] = _convert(known[name], raw, key)
        return cls(**values)


def _convert(f: dataclasses.Field[Any], raw: str, key: str) -> Any:
    kind = str(f.type)
    if raw == "" and "None" in kind:
        return None
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if "Path" in kind:
            return Path(raw)
    except ValueError as exc:
        raise ValueError(f"{key}={raw!r}: expected a number") from exc
    return raw


def to_env(settings: Settings) -> dict[str, str]:
    """The ``EVENTWIRE_*`` variables that reproduce these settings in another process."""
    return {
        ENV_PREFIX + f.name.upper(): "" if getattr(settings, f.name) is None else str(getattr(settings, f.name))
        for f in fields(settings)
    }


def documented() -> dict[str, tuple[Any, str]]:
    """Every environment variable with its default and meaning, for the README and `eventwire config`."""
    return {ENV_PREFIX + f.name.upper(): (f.default, f.metadata["doc"]) for f in fields(Settings)}
