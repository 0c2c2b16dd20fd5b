"""`eventwire stats`: rates, events by type, consumer lag and failures; `--watch` keeps it live."""

from __future__ import annotations

import time

import click
from rich.live import Live

from worker.cli.base import load_connected_settings, main, stdout_console
from worker.services import services_for
from worker.stats_view import render, take_snapshot


@main.command()
@click.option("--watch", "-w", is_flag=True, help="Refresh in place until Ctrl-C.")
@click.option("--every", default=2.0, show_default=True, help="Seconds between refreshes with --watch.")
@click.option("--window", default=60.0, show_default=True, help="Seconds over which rates are measured.")
def stats(watch: bool, every: float, window: float) -> None:
    """Show entries per second per stream, events by type, consumer-group lag and pending, and dead letters."""
    settings = load_connected_settings()
    services = services_for(settings)
    console = stdout_console()
    if not watch:
        console.print(render(take_snapshot(services, window), title=settings.prefix))
        return
    with Live(render(take_snapshot(services, window), title=settings.prefix), console=console, auto_refresh=False) as live:
        try:
            while True:
                time.sleep(every)
                live.update(render(take_snapshot(services, window), title=settings.prefix), refresh=True)
        except KeyboardInterrupt:
            pass
