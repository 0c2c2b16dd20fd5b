"""Fault-test harness: a corpus with known event ids, worker processes to kill, a TCP proxy, a ledger audit."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec
import psutil

from schemas import RawArticle
from worker.deployment import settings_env
from worker.embedded import die_with_parent
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.protocols import StreamSink
from worker.keys import Keys
from worker.settings import Settings
from worker.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parents[2]

PLACES = [("Kharkiv", "Ukraine"), ("Aleppo", "Syria"), ("Mogadishu", "Somalia"), ("Mosul", "Iraq"), ("Kherson", "Ukraine")]
TEMPLATES = [
    "Artillery shelling hit residential districts of {place}, {country} on Monday, killing {n} civilians, officials said. Report {i}.",
    "Hundreds of teachers protested peacefully in {place}, {country} on Tuesday, demanding {n} percent higher pay. Report {i}.",
    "A drone strike hit a warehouse on the outskirts of {place}, {country} on Wednesday, injuring {n} workers. Report {i}.",
]


def corpus(count: int, tag: str = "") -> list[RawArticle]:
    """``count`` distinct articles, each reporting one event somewhere."""
    articles = []
    for i in range(count):
        place, country = PLACES[i % len(PLACES)]
        text = TEMPLATES[i % len(TEMPLATES)].format(place=place, country=country, n=2 + i % 40, i=f"{tag}{i}")
        articles.append(RawArticle(text=text, title=f"Report {tag}{i} from {place}", url=f"https://news.example/{tag}{i}"))
    return articles


def expected_event_ids(articles: list[RawArticle]) -> set[str]:
    """The event ids the pipeline must publish for these articles (each article unique)."""
    taxonomy = load_taxonomy()
    ids = {event.event_id for raw in articles for event in analyze(normalize(raw), taxonomy)}
    assert ids, "the corpus must produce events"
    return ids


@dataclass(frozen=True)
class Audit:
    """Jepsen-style counts of a stream against the ids that should be on it."""

    lost: int
    duplicated: int
    unexpected: int
    found: int

    @property
    def clean(self) -> bool:
        """True when nothing was lost, duplicated or unexpected."""
        return self.lost == self.duplicated == self.unexpected == 0


def audit(sink: StreamSink, stream: str, expected: set[str]) -> Audit:
    """Compare the ids on ``stream`` with ``expected``."""
    seen = Counter(fields["id"] for _sid, fields in sink.read(stream))
    return Audit(
        lost=len(expected - set(seen)),
        duplicated=sum(count - 1 for count in seen.values() if count > 1),
        unexpected=len(set(seen) - expected),
        found=sum(seen.values()),
    )


def wait_until(condition: Callable[[], bool], timeout: float, what: str, poll: float = 0.1) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(poll)


def stream_ids(sink: StreamSink, keys: Keys) -> set[str]:
    """Event ids on the firehose."""
    return {fields["id"] for _sid, fields in sink.read(keys.events)}


class WorkerProcess:
    """A real `celery worker` process with the given settings; killable as a whole or child by child."""

    def __init__(
        self, settings: Settings, *, concurrency: int = 1, name: str = "w", extra_env: dict[str, str] | None = None
    ) -> None:
        self.settings = settings
        self.concurrency = concurrency
        self.name = name
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path: Path | None = None

    def start(self, log_dir: Path) -> WorkerProcess:
        """Start the worker; its log goes to ``log_dir``."""
        env = settings_env(self.settings)
        env.update(self.extra_env)
        env["EVENTWIRE_LOG_FORMAT"] = "json"
        self.log_path = log_dir / f"worker-{self.name}-{time.monotonic_ns()}.log"
        command = [
            sys.executable, "-m", "celery", "-A", "worker.app", "worker",
            "--concurrency", str(self.concurrency), "--queues", self.settings.queue,
            "--hostname", f"{self.name}-{os.getpid()}-{time.monotonic_ns()}@%h",
            "--without-gossip", "--without-mingle", "--loglevel", "INFO",
        ]  # fmt: skip
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent
            )
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def alive(self) -> bool:
        """True while the main process runs."""
        return self.process is not None and self.process.poll() is None

    def children(self) -> list[psutil.Process]:
        """The pool processes."""
        try:
            return psutil.Process(self.pid).children()
        except psutil.NoSuchProcess:
            return []

    def wait_ready(self, timeout: float = 60) -> None:
        """Wait until the worker logs that it is ready to consume."""
        wait_until(lambda: self.log_path is not None and b"ready." in self.log_path.read_bytes(), timeout, "worker ready")

    def kill(self) -> None:
        """SIGKILL the main process and every pool child at once."""
        procs = [psutil.Process(self.pid), *self.children()]
        for proc in procs:
            proc.send_signal(signal.SIGKILL)
        psutil.wait_procs(procs, timeout=10)
        assert self.process is not None
        self.process.wait(10)

    def stop(self, timeout: float = 60) -> int:
        """Warm shutdown (SIGTERM); SIGKILL if it does not exit in time. Returns the exit code."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode

    def log_text(self) -> str:
        """What the worker logged."""
        return self.log_path.read_text(errors="replace") if self.log_path else ""


class ResettingProxy:
    """A TCP proxy on 127.0.0.1 that can drop a connection after forwarding a matching command, before its reply."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.trigger: bytes | None = None
        self.resets = 0
        self._lock = threading.Lock()
        self._connections: list[tuple[socket.socket, socket.socket]] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def reset_after(self, pattern: bytes, times: int = 1) -> None:
        """Drop the connection once a command containing ``pattern`` has reached Redis, ``times`` times."""
        with self._lock:
            self.trigger = pattern
            self._remaining = times

    def reset_all(self) -> None:
        """Drop every open connection now."""
        with self._lock:
            connections, self._connections = self._connections, []
        for client, upstream in connections:
            _close(client, upstream)
        self.resets += 1

    def close(self) -> None:
        """Stop accepting and drop everything."""
        self._closed = True
        self.listener.close()
        self.reset_all()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._connections.append((client, upstream))
            state = {"drop_reply": False}
            threading.Thread(target=self._pump_requests, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._pump_replies, args=(upstream, client, state), daemon=True).start()

    def _pump_requests(self, client: socket.socket, upstream: socket.socket, state: dict[str, bool]) -> None:
        while data := _recv(client):
            with self._lock:
                armed = (
                    not state["drop_reply"] and self.trigger is not None and self.trigger in data and self._remaining > 0
                )
                if armed:
                    self._remaining -= 1
                    state["drop_reply"] = True  # before forwarding: a quick reply must not slip through first
            try:
                upstream.sendall(data)
            except OSError:
                break
        _close(client, upstream)

    def _pump_replies(self, upstream: socket.socket, client: socket.socket, state: dict[str, bool]) -> None:
        while data := _recv(upstream):
            if state["drop_reply"]:
                self.resets += 1
                break
            try:
                client.sendall(data)
            except OSError:
                break
        _close(client, upstream)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _close(*socks: socket.socket) -> None:
    for sock in socks:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


def encode(articles: list[RawArticle]) -> list[dict[str, object]]:
    """Articles as task payload."""
    return [msgspec.to_builtins(article) for article in articles]
