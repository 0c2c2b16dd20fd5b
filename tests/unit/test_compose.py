"""docker-compose.yml is valid for users: no Docker engine runs here, so the file is checked by reading it."""

from pathlib import Path

import yaml

from worker.settings import documented

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text())


def test_redis_keeps_an_append_only_file_and_never_evicts() -> None:
    redis = load("docker-compose.yml")["services"]["redis"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command
    assert "--maxmemory-policy noeviction" in command
    assert "healthcheck" in redis


def test_worker_runs_the_real_celery_app() -> None:
    services = load("docker-compose.yml")["services"]
    assert services["worker"]["command"][:4] == ["celery", "-A", "worker.app", "worker"]
    assert (ROOT / "worker" / "app.py").exists()
    assert services["worker"]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_every_environment_variable_is_a_known_setting() -> None:
    known = set(documented())
    names = [line.split("=", 1)[0] for line in (ROOT / ".env.example").read_text().splitlines() if "=" in line]
    assert names and set(names) <= known
