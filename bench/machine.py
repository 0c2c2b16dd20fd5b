"""A description of the machine a benchmark ran on: CPU, cores, load, versions."""

from __future__ import annotations

import os
import platform
from importlib.metadata import version
from pathlib import Path

import redis


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1e6:.1f} GB"
    except OSError:
        pass
    return "unknown"


def describe(client: redis.Redis) -> dict[str, str]:
    """CPU model, cores, memory, OS, Python, Celery/kombu/redis-py/msgspec and redis-server versions."""
    server = client.info("server")
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count()),
        "memory": _memory_gb(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "redis-server": str(server.get("redis_version")),
        "celery / kombu / redis-py / msgspec": " / ".join(version(p) for p in ("celery", "kombu", "redis", "msgspec")),
    }
