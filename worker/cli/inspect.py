"""Commands that look at things: tail a stream, print the settings, print the taxonomy."""

from __future__ import annotations

from pathlib import Path

import click

from worker.cli.base import load_connected_settings, load_settings, main, stdout_console
from worker.services import services_for
from worker.settings import documented, mask_url
from worker.summary import entry_json, entry_line, taxonomy_table
from worker.taxonomy import load_taxonomy


@main.command()
@click.argument("stream", default="events")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, data decoded.")
@click.option("--follow", "-f", is_flag=True, help="Keep printing new entries.")
@click.option("--count", "-n", default=20, show_default=True, help="Entries to show from the end (0: all).")
def tail(stream: str, as_json: bool, follow: bool, count: int) -> None:
    """Print the last entries of STREAM (events, articles, dlq, events:<type> or a full key)."""
    settings = load_connected_settings()
    client = services_for(settings).client
    name = stream if stream.startswith(settings.prefix) else settings.prefix + stream
    entries = list(reversed(client.xrevrange(name, count=count))) if count else client.xrange(name)
    last = "$"
    while True:
        for stream_id, fields in entries:
            click.echo(entry_json(name, stream_id, fields) if as_json else entry_line(stream_id, fields))
            last = stream_id
        if not follow:
            return
        replies = client.xread({name: last}, block=5000, count=100)
        entries = replies[0][1] if replies else []


@main.command()
def config() -> None:
    """Print every setting with its current value (secrets masked) and meaning."""
    settings = load_settings()
    for name, (_default, doc) in documented().items():
        value = getattr(settings, name[len("EVENTWIRE_"):].lower())
        if name.endswith("_URL"):
            value = mask_url(value)
        elif name.endswith("_SECRET") and value:
            value = "***"
        click.echo(f"{name}={'' if value is None else value}\n    {doc}")


@main.command()
@click.option("--path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file (default: the configured one).")
def taxonomy(path: Path | None) -> None:
    """Print the event taxonomy: families, types and sub-types with their descriptions."""
    settings = load_settings()
    stdout_console().print(taxonomy_table(load_taxonomy(path or settings.taxonomy_path)))
