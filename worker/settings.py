"""One frozen settings object, read from EVENTWIRE_* environment variables; secrets masked."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

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
    max_retries: int = _setting(5, "Retries of a failing batch before it is dead-lettered.")
    retry_backoff_max: int = _setting(300, "Upper bound in seconds of the exponential retry backoff.")
    task_soft_time_limit: int = _setting(240, "Seconds before a task is asked to stop.")
    task_time_limit: int = _setting(300, "Seconds before a task's process is killed.")
    visibility_timeout: int = _setting(3600, "Seconds before an unacknowledged task is redelivered; must exceed task_time_limit.")
    prefetch_multiplier: int = _setting(1, "Messages each worker process reserves ahead.")
    worker_concurrency: int = _setting(2, "Worker processes started by `eventwire run`.")
    max_tasks_per_child: int = _setting(1000, "Tasks a worker process runs before it is replaced.")
    max_memory_per_child_kb: int = _setting(512_000, "Resident memory (KiB) after which a worker process is replaced.")
    idempotency_ttl: int = _setting(7 * 86400, "Seconds a published entry's idempotency key is kept.")
    seen_ttl: int = _setting(30 * 86400, "Seconds an article id is remembered for deduplication.")
    stream_maxlen: int = _setting(1_000_000, "Approximate maximum entries per stream (MAXLEN ~).")
    taxonomy_path: Path | None = _setting(None, "A taxonomy TOML file replacing the packaged one.")
    seeds_dir: Path = _setting(Path("seeds"), "What `eventwire run` replays by default.")
    data_dir: Path = _setting(Path(".eventwire"), "Where the embedded Redis keeps its data, socket and log.")
    redis_server: str | None = _setting(None, "Path of the redis-server binary for the embedded server.")
    log_level: str = _setting("INFO", "Log level.")
    log_format: str = _setting("auto", "auto (JSON off a terminal), json or console.")

    def __post_init__(self) -> None:
        if self.visibility_timeout <= self.task_time_limit:
            raise ValueError("visibility_timeout must exceed task_time_limit, or running tasks get redelivered")
        if self.task_soft_time_limit >= self.task_time_limit:
            raise ValueError("task_soft_time_limit must be below task_time_limit")
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.log_format not in {"auto", "json", "console"}:
            raise ValueError("log_format must be auto, json or console")

    @property
    def resolved_streams_url(self) -> str | None:
        """The streams Redis: streams_url, else the broker."""
        return self.streams_url or self.broker_url

    @property
    def embedded(self) -> bool:
        """True when no Redis is configured and the CLI must start one."""
        return not self.broker_url and not self.streams_url

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed."""
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        shown["broker_url"] = mask_url(self.broker_url)
        shown["streams_url"] = mask_url(self.streams_url)
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
        if "Path" in kind:
            return Path(raw)
    except ValueError as exc:
        raise ValueError(f"{key}={raw!r}: expected a whole number") from exc
    return raw


def documented() -> dict[str, tuple[Any, str]]:
    """Every environment variable with its default and meaning, for the README and `eventwire config`."""
    return {ENV_PREFIX + f.name.upper(): (f.default, f.metadata["doc"]) for f in fields(Settings)}
