"""The `eventwire` command group and what its commands share: settings, consoles, waiting with progress."""

from __future__ import annotations

from collections.abc import Callable

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from worker.deployment import connected_settings
from worker.errors import EventwireError
from worker.logs import configure_logging
from worker.app import create_app
from worker.producer import Run, RunTotals, outbox_sweep, wait_for
from worker.services import services_for
from worker.settings import Settings

err_console = Console(stderr=True)


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """News articles in, classified events out on Redis streams."""


def load_settings() -> Settings:
    """Settings from the environment, with logging configured; a bad setting is a usage error."""
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    configure_logging(settings.log_level, settings.log_format)
    return settings


def load_connected_settings() -> Settings:
    """Settings that point at a Redis: the configured one or a running embedded server."""
    settings = load_settings()
    try:
        return connected_settings(settings)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


def stdout_console() -> Console:
    """Standard output; wide when it is a file or pipe, so tables do not wrap at 80 columns."""
    console = Console()
    return console if console.is_terminal else Console(width=160)


def stream_lengths(settings: Settings) -> dict[str, int]:
    """Every stream under the prefix with its length."""
    sink = services_for(settings).sink
    return {name: sink.length(name) for name in sink.streams()}


def wait_with_progress(
    run: Run, settings: Settings, timeout: float, alive: Callable[[], bool] | None = None
) -> RunTotals:
    """Wait for a run's batches, with a progress bar on a terminal."""
    services = services_for(settings)
    ledger = services.ledger
    if not run.batch_ids:
        return RunTotals()
    resend = outbox_sweep(create_app(settings), settings)
    if not err_console.is_terminal:
        return wait_for(run, ledger, timeout=timeout, alive=alive, resend=resend)
    columns = (TextColumn("processing batches"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        bar = progress.add_task("batches", total=len(run.batch_ids))
        return wait_for(
            run,
            ledger,
            timeout=timeout,
            alive=alive,
            resend=resend,
            on_progress=lambda done, _: progress.update(bar, completed=done),
        )
