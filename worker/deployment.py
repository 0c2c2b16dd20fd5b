"""A local deployment for `eventwire run`: embedded Redis when none is configured, plus a Celery worker process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import TracebackType

import structlog

from worker.embedded import EmbeddedRedis, die_with_parent, discover, stop_child
from worker.errors import EventwireError
from worker.settings import ENV_PREFIX, Settings, to_env

log = structlog.get_logger("eventwire.deployment")


def connected_settings(settings: Settings) -> Settings:
    """Settings pointing at a Redis: the configured one, else a running embedded server from data_dir."""
    if not settings.embedded:
        return settings
    url = discover(settings.data_dir / "redis")
    if url is None:
        raise EventwireError(
            "no Redis configured: set EVENTWIRE_BROKER_URL (and EVENTWIRE_STREAMS_URL), "
            "or keep `eventwire run --follow` running in this directory"
        )
    return settings.replace(broker_url=url, streams_url=url)


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment of a child process that must see the same settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(ENV_PREFIX)}
    env.update(to_env(settings))
    env["PYTHONUNBUFFERED"] = "1"
    return env


class LocalDeployment:
    """Redis (embedded if needed) and one Celery worker process; stops both on exit."""

    def __init__(self, settings: Settings, *, concurrency: int | None = None, worker_log: Path | None = None) -> None:
        self.settings = settings
        self.concurrency = concurrency or settings.worker_concurrency
        self.worker_log = worker_log
        self.redis: EmbeddedRedis | None = None
        self.worker: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> LocalDeployment:
        try:
            if self.settings.embedded:
                self.redis = EmbeddedRedis(self.settings.data_dir / "redis", binary=self.settings.redis_server).start()
                self.settings = self.settings.replace(broker_url=self.redis.url, streams_url=self.redis.url)
            self.worker = self._start_worker()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _start_worker(self) -> subprocess.Popen[bytes]:
        command = [
            sys.executable, "-m", "celery", "-A", "worker.app", "worker",
            "--concurrency", str(self.concurrency),
            "--queues", self.settings.queue,
            "--hostname", f"eventwire-{os.getpid()}@%h",
            "--without-gossip", "--without-mingle",
            "--loglevel", self.settings.log_level,
        ]  # fmt: skip
        output = None
        if self.worker_log is not None:
            self.worker_log.parent.mkdir(parents=True, exist_ok=True)
            output = self.worker_log.open("ab")
        process = subprocess.Popen(
            command,
            env=settings_env(self.settings),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
            preexec_fn=die_with_parent,
        )
        log.info("worker.started", pid=process.pid, concurrency=self.concurrency, log=str(self.worker_log or "-"))
        return process

    def worker_alive(self) -> bool:
        """True while the worker process runs."""
        return self.worker is not None and self.worker.poll() is None

    def wait(self) -> None:
        """Block until the worker exits (for `run --follow`)."""
        if self.worker is not None:
            self.worker.wait()

    def stop(self, timeout: float = 30.0) -> None:
        """Warm-shut the worker (SIGTERM), then stop the embedded Redis; nothing is left running."""
        if self.worker is not None and self.worker.poll() is None:
            if stop_child(self.worker, timeout):
                log.warning("worker.killed", pid=self.worker.pid)
            log.info("worker.stopped", returncode=self.worker.returncode)
        if self.redis is not None:
            self.redis.stop()
