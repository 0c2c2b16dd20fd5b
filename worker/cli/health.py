"""`eventwire health`: exit 0 when broker, streams, a consuming worker, beat and consumer lag are all fine."""

from __future__ import annotations

import sys

import click

from worker.app import create_app
from worker.cli.base import load_connected_settings, main
from worker.health import CHECKS, Check, check_health

MARKS = {"ok": "ok  ", "fail": "FAIL", "skipped": "skip"}


@main.command()
@click.option("--timeout", default=10.0, show_default=True, help="Seconds to wait for a worker to run the heartbeat task.")
@click.option("--skip", multiple=True, type=click.Choice(CHECKS[2:]), help="Leave a check out (repeatable), e.g. --skip beat.")
@click.option("--max-lag", type=int, help="Entries a consumer group may lag; default EVENTWIRE_HEALTH_MAX_LAG.")
def health(timeout: float, skip: tuple[str, ...], max_lag: int | None) -> None:
    """Check the deployment; one line per check, exit 1 when any fails (a container healthcheck)."""
    settings = load_connected_settings()
    if max_lag is not None:
        settings = settings.replace(health_max_lag=max_lag)
    checks = check_health(settings, create_app(settings), timeout=timeout, skip=frozenset(skip))
    click.echo(render(checks))
    sys.exit(1 if any(check.failed for check in checks) else 0)


def render(checks: list[Check]) -> str:
    """``healthy``/``unhealthy`` and one aligned line per check."""
    verdict = "unhealthy" if any(check.failed for check in checks) else "healthy"
    width = max(len(check.name) for check in checks)
    return "\n".join([verdict, *(f"  {MARKS[c.status]} {c.name:<{width}}  {c.detail}" for c in checks)])
