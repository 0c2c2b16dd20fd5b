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


def _commands() -> dict[str, list[str]]:
    services = load("docker-compose.yml")["services"]
    found = {name: service["command"] for name, service in services.items() if "command" in service}
    for name, service in services.items():
        test = service.get("healthcheck", {}).get("test", [])
        if test[:1] == ["CMD"]:
            found[f"{name} healthcheck"] = test[1:]
    return found


def test_every_command_is_a_real_entry_point() -> None:
    from click import Context

    from worker.cli import main

    for where, command in _commands().items():
        if command[0] == "eventwire":
            assert main.get_command(Context(main), command[1]) is not None, f"{where}: no `eventwire {command[1]}`"
        elif command[0] == "celery" and "-A" in command:
            assert command[command.index("-A") + 1] == "worker.app", where
            assert command[command.index("-A") + 2] in {"worker", "beat", "flower"}, where
        elif command[0] == "celery":
            assert "flower" in command and any(arg.startswith("--broker=redis://redis:") for arg in command), where
        else:
            assert command[0] in {"redis-server", "redis-cli"}, f"{where}: unknown program {command[0]}"


def test_eventwire_options_in_commands_exist() -> None:
    from click import Context

    from worker.cli import main

    for where, command in _commands().items():
        if command[0] != "eventwire":
            continue
        sub = main.get_command(Context(main), command[1])
        options = {opt for param in sub.params for opt in getattr(param, "opts", [])}
        used = {arg for arg in command[2:] if arg.startswith("--")}
        assert used <= options, f"{where}: unknown options {used - options}"


def test_compose_roles() -> None:
    services = load("docker-compose.yml")["services"]
    assert set(services) >= {"redis", "worker", "beat", "alerts", "flower"}
    assert "--appendfsync everysec" in " ".join(services["redis"]["command"])
    assert services["beat"]["deploy"]["replicas"] == 1
    assert "container_name" not in services["worker"] and "ports" not in services["worker"], "--scale worker=N needs both absent"
    for name in ("worker", "beat", "alerts"):
        assert services[name]["env_file"] == ".env.example", name
        assert not set(services[name].get("environment", {})) - set(documented()), name
