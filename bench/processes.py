"""The processes a benchmark runs against: a private embedded Redis and real `celery worker` processes, with RSS sampling."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from worker.deployment import settings_env
from worker.embedded import die_with_parent, stop_child
from worker.errors import EventwireError
from worker.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


class CeleryWorker:
    """A real `celery -A <app> worker` process (prefork pool) with the given settings; its log in ``log_dir``."""

    def __init__(self, settings: Settings, *, app: str, queue: str, concurrency: int, log_dir: Path, name: str) -> None:
        self.settings = settings
        self.app = app
        self.queue = queue
        self.concurrency = concurrency
        self.log_path = log_dir / f"worker-{name}.log"
        self.name = name
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 90.0) -> CeleryWorker:
        """Start the worker and wait until it logs that it is ready."""
        env = settings_env(self.settings)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        env["EVENTWIRE_LOG_FORMAT"] = "json"
        command = [
            sys.executable, "-m", "celery", "-A", self.app, "worker",
            "--concurrency", str(self.concurrency), "--queues", self.queue,
            "--hostname", f"bench-{self.name}-{os.getpid()}@%h",
            "--without-gossip", "--without-mingle", "--loglevel", self.settings.log_level,
        ]  # fmt: skip
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent
            )
        deadline = time.monotonic() + timeout
        while b"ready." not in self.log_path.read_bytes():
            if self.process.poll() is not None:
                raise EventwireError(f"{self.name} worker exited with {self.process.returncode}; see {self.log_path}")
            if time.monotonic() > deadline:
                self.stop()
                raise EventwireError(f"{self.name} worker not ready within {timeout}s; see {self.log_path}")
            time.sleep(0.1)
        return self

    def alive(self) -> bool:
        """True while the main process runs."""
        return self.process is not None and self.process.poll() is None

    def pool(self) -> list[psutil.Process]:
        """The pool processes that run the tasks."""
        if self.process is None:
            return []
        try:
            return psutil.Process(self.process.pid).children()
        except psutil.NoSuchProcess:
            return []

    def stop(self, timeout: float = 30.0) -> None:
        """Warm shutdown, then SIGKILL if it hangs."""
        if self.process is not None:
            stop_child(self.process, timeout)


def rss_mb(process: psutil.Process) -> float:
    """Resident set size in MB, 0 when the process is gone."""
    try:
        return process.memory_info().rss / 1e6
    except psutil.Error:
        return 0.0


@dataclass
class RssSamples:
    """RSS of a worker's main process and pool processes over time: (seconds since start, MB per process)."""

    samples: list[tuple[float, float, list[float]]] = field(default_factory=list)

    def peak_pool(self) -> float:
        """Largest RSS any pool process reached."""
        return max((max(pool, default=0.0) for _t, _main, pool in self.samples), default=0.0)

    def peak_main(self) -> float:
        """Largest RSS of the main (consumer) process."""
        return max((main for _t, main, _pool in self.samples), default=0.0)


class RssSampler:
    """A thread sampling a worker's RSS every ``every`` seconds while the benchmark runs."""

    def __init__(self, worker: CeleryWorker, every: float = 0.5) -> None:
        self.worker = worker
        self.every = every
        self.result = RssSamples()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        started = time.monotonic()
        main = psutil.Process(self.worker.process.pid) if self.worker.process else None
        while not self._stop.is_set():
            pool = [rss_mb(child) for child in self.worker.pool()]
            self.result.samples.append((time.monotonic() - started, rss_mb(main) if main else 0.0, pool))
            self._stop.wait(self.every)


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds used so far by each live process."""
    used = {}
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            used[pid] = times.user + times.system
        except psutil.Error:
            continue
    return used


def _busy_seconds() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def _tree_seconds() -> dict[int, float]:
    me = psutil.Process()
    return cpu_seconds([me.pid, *(child.pid for child in me.children(recursive=True))])


class ForeignCpu:
    """Share of the machine's CPU used, while a run lasts, by processes outside this benchmark's process tree."""

    def __init__(self) -> None:
        self.share = 0.0

    def __enter__(self) -> ForeignCpu:
        self._started = time.monotonic()
        self._busy = _busy_seconds()
        self._tree = _tree_seconds()
        return self

    def __exit__(self, *_exc: object) -> None:
        elapsed = time.monotonic() - self._started
        busy = _busy_seconds() - self._busy
        tree = sum(used - self._tree.get(pid, 0.0) for pid, used in _tree_seconds().items())
        capacity = elapsed * (psutil.cpu_count() or 1)
        self.share = max(0.0, busy - tree) / capacity if capacity else 0.0


def pool_cpu_seconds(worker: CeleryWorker) -> float:
    """CPU seconds of the worker's pool so far: live pool processes plus those already replaced and reaped."""
    if worker.process is None:
        return 0.0
    try:
        main = psutil.Process(worker.process.pid).cpu_times()
    except psutil.Error:
        return 0.0
    return main.children_user + main.children_system + sum(cpu_seconds([child.pid for child in worker.pool()]).values())
