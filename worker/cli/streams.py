"""`eventwire streams`: every stream with its length, time span, groups, lag, pending and dead letters."""

from __future__ import annotations

from datetime import UTC, datetime

import click
import msgspec
from rich.table import Table

from worker.backends.stream_info import StreamInfo, dead_letters_by_stream, describe, id_time
from worker.cli.base import load_connected_settings, main, stdout_console
from worker.services import services_for


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON document instead of the table.")
def streams(as_json: bool) -> None:
    """Show each stream: length, first/last entry time, groups, lag, pending, oldest pending age, dead letters."""
    settings = load_connected_settings()
    services = services_for(settings)
    infos = [describe(services.client, name) for name in services.sink.streams()]
    dead = dead_letters_by_stream(services.client, services.keys.dlq)
    now = datetime.now(UTC)
    if as_json:
        click.echo(msgspec.json.encode([{**msgspec.to_builtins(info), "dead_letters": dead[info.stream]} for info in infos]))
        return
    stdout_console().print(streams_table(infos, dead, now, settings.prefix))


def streams_table(infos: list[StreamInfo], dead: dict[str, int], now: datetime, prefix: str) -> Table:
    """One row per stream and consumer group; stream names shown after the prefix."""
    columns = (
        "length",
        "first entry (UTC)",
        "last entry (UTC)",
        "group (consumers)",
        "lag",
        "pending",
        "oldest pending",
        "dead letters",
    )
    table = Table(title=f"Streams under {prefix}", title_justify="left")
    table.add_column("stream", no_wrap=True)
    for column in columns:
        table.add_column(column)
    for info in infos:
        name = info.stream[len(prefix) :] if info.stream.startswith(prefix) else info.stream
        head = [name, str(info.length), _when(info.first_id), _when(info.last_id)]
        tail = str(dead.get(info.stream, 0) or "-")
        if not info.groups:
            table.add_row(*head, "-", "-", "-", "-", tail)
        for index, group in enumerate(info.groups):
            oldest = id_time(group.oldest_pending_id)
            age = _age((now - oldest).total_seconds()) if oldest else "-"
            lag = "?" if group.lag is None else str(group.lag)
            cells = head if index == 0 else ["", "", "", ""]
            table.add_row(*cells, f"{group.name} ({group.consumers})", lag, str(group.pending), age, tail if index == 0 else "")
    return table


def _when(stream_id: str | None) -> str:
    moment = id_time(stream_id)
    return moment.strftime("%m-%d %H:%M:%S") if moment else "-"


def _age(seconds: float) -> str:
    days, rest = divmod(max(0, int(seconds)), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m {secs}s" if minutes else f"{secs}s"
