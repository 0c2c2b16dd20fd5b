"""A throwaway Redis Cluster of N masters on loopback ports, for tests and benchmarks of streams on a cluster."""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from worker.embedded import die_with_parent
from worker.errors import EventwireError


def cluster_tools() -> tuple[str, str] | None:
    """Paths of redis-server and redis-cli (both needed to build a cluster), or None when either is missing."""
    server, cli = shutil.which("redis-server"), shutil.which("redis-cli")
    return (server, cli) if server and cli else None


def _cluster_port() -> int:
    # A node also listens on port + 10000 (the cluster bus), so both must be free and below 65536.
    for _ in range(100):
        port = random.randint(20_000, 55_000)
        if _free(port) and _free(port + 10_000):
            return port
    raise EventwireError("no free port pair for a cluster node")


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class EmbeddedCluster:
    """``masters`` redis-server processes with cluster mode on, joined by ``redis-cli --cluster create``."""

    def __init__(self, directory: Path, masters: int = 3) -> None:
        tools = cluster_tools()
        if tools is None:
            raise EventwireError("redis-server and redis-cli must both be on PATH to start a cluster")
        self.server, self.cli = tools
        self.directory = directory
        self.ports = [_cluster_port() for _ in range(masters)]
        self.processes: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        """The EVENTWIRE_STREAMS_URL of this cluster (one seed node; the client discovers the rest)."""
        return f"redis+cluster://127.0.0.1:{self.ports[0]}"

    def start(self, timeout: float = 30) -> EmbeddedCluster:
        for port in self.ports:
            node = self.directory / str(port)
            node.mkdir(parents=True, exist_ok=True)
            command = [
                self.server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(node),
                "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000",
                "--appendonly", "no", "--save", "", "--maxmemory-policy", "noeviction", "--protected-mode", "no",
            ]  # fmt: skip
            log = (node / "redis.log").open("wb")
            self.processes.append(
                subprocess.Popen(command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
            )
        deadline = time.monotonic() + timeout
        for port in self.ports:
            while self._cli(port, "ping").stdout.strip() != "PONG":
                if time.monotonic() > deadline:
                    raise EventwireError(f"cluster node on port {port} did not start")
                time.sleep(0.05)
        nodes = [f"127.0.0.1:{port}" for port in self.ports]
        created = subprocess.run(
            [self.cli, "--cluster", "create", *nodes, "--cluster-replicas", "0", "--cluster-yes"],
            capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if created.returncode != 0:
            raise EventwireError(f"redis-cli --cluster create failed: {created.stdout}{created.stderr}")
        while "cluster_state:ok" not in self._cli(self.ports[0], "cluster", "info").stdout:
            if time.monotonic() > deadline:
                raise EventwireError("cluster did not reach cluster_state:ok")
            time.sleep(0.1)
        return self

    def _cli(self, port: int, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([self.cli, "-p", str(port), *args], capture_output=True, text=True, timeout=10)

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()

    def __enter__(self) -> EmbeddedCluster:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
