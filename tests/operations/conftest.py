"""Operations fixtures: real `celery worker` / `celery beat` processes and the `eventwire` CLI as a subprocess."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.harness import ROOT, WorkerProcess
from worker.deployment import settings_env
from worker.embedded import die_with_parent
from worker.settings import Settings


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def eventwire(settings: Settings, *args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """Run `eventwire ARGS…` with these settings, as an operator (or a container healthcheck) would."""
    command = [sys.executable, "-m", "worker.cli", *args]
    return subprocess.run(command, cwd=ROOT, env=settings_env(settings), capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start real worker processes; all are stopped after the test."""
    started: list[WorkerProcess] = []

    def start(settings: Settings, concurrency: int = 1) -> WorkerProcess:
        worker = WorkerProcess(settings, concurrency=concurrency).start(tmp_path)
        started.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in started:
        worker.stop(timeout=30)


@pytest.fixture
def start_beat(tmp_path: Path) -> Iterator[Callable[[Settings], subprocess.Popen[bytes]]]:
    """Start a real `celery beat` process; stopped after the test."""
    started: list[subprocess.Popen[bytes]] = []

    def start(settings: Settings) -> subprocess.Popen[bytes]:
        command = [
            sys.executable, "-m", "celery", "-A", "worker.app", "beat", "--loglevel", "INFO",
            "--schedule", str(tmp_path / "beat-schedule"),
        ]  # fmt: skip
        log = (tmp_path / "beat.log").open("wb")
        process = subprocess.Popen(
            command, cwd=ROOT, env=settings_env(settings), stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )  # fmt: skip
        started.append(process)
        return process

    yield start
    for process in started:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
