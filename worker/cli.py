"""`eventwire …` subcommands: run, replay, submit, tail, config, taxonomy."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
import structlog
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from schemas import DeadLetter, RawArticle
from worker.app import create_app
from worker.backends.redis import RedisStreamSink
from worker.deployment import LocalDeployment, connected_settings
from worker.errors import EventwireError, PermanentError
from worker.ids import stable_hash
from worker.logs import configure_logging
from worker.pipeline.publish import dead_letter_entry
from worker.pipeline.replay import decode_article_line, read_paths
from worker.producer import Run, RunTotals, enqueue, wait_for
from worker.services import services_for
from worker.settings import Settings, documented, mask_url
from worker.summary import entry_json, entry_line, print_summary, taxonomy_table, totals_json
from worker.taxonomy import load_taxonomy

log = structlog.get_logger("eventwire.cli")
err_console = Console(stderr=True)


def _settings() -> Settings:
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    configure_logging(settings.log_level, settings.log_format)
    return settings


def _wait(run: Run, settings: Settings, timeout: float, alive: Any = None) -> RunTotals:
    ledger = services_for(settings).ledger
    if not run.batch_ids:
        return RunTotals()
    if not err_console.is_terminal:
        return wait_for(run, ledger, timeout=timeout, alive=alive)
    columns = (TextColumn("processing batches"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        bar = progress.add_task("batches", total=len(run.batch_ids))
        return wait_for(
            run, ledger, timeout=timeout, alive=alive, on_progress=lambda done, _: progress.update(bar, completed=done)
        )


def _stdout() -> Console:
    """Standard output; wide when it is a file or pipe, so tables do not wrap at 80 columns."""
    console = Console()
    return console if console.is_terminal else Console(width=160)


def _stream_lengths(settings: Settings) -> dict[str, int]:
    sink = services_for(settings).sink
    return {name: sink.length(name) for name in sink.streams()}


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """News articles in, classified events out on Redis streams."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--follow", is_flag=True, help="Keep the worker running after the replay, as a daemon.")
@click.option("--concurrency", type=int, help="Worker processes (default EVENTWIRE_WORKER_CONCURRENCY).")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for the replay to finish.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(paths: tuple[Path, ...], follow: bool, concurrency: int | None, timeout: float, as_json: bool) -> None:
    """Start Redis (embedded if none is configured) and a worker, replay PATHS (default: seeds/), print a summary."""
    settings = _settings()
    sources = list(paths) or [settings.seeds_dir]
    worker_log = settings.data_dir / "worker.log"
    try:
        with LocalDeployment(settings, concurrency=concurrency, worker_log=None if follow else worker_log) as local:
            settings = local.settings
            app = create_app(settings)
            run = enqueue(app, read_paths(sources), batch_size=settings.batch_size)
            totals = _wait(run, settings, timeout, alive=local.worker_alive)
            redis_info = {"broker": mask_url(settings.broker_url) or "", "streams": mask_url(settings.streams_url) or ""}
            if local.redis is not None:
                redis_info["embedded redis"] = f"{local.redis.url} (data {local.redis.data_dir}, AOF on)"
            if not follow:
                redis_info["worker log"] = str(worker_log)
            streams = _stream_lengths(settings)
            if as_json:
                click.echo(totals_json(totals, streams, redis_info))
            else:
                print_summary(_stdout(), totals, streams, redis_info)
            if follow:
                err_console.print("following: the worker keeps running; Ctrl-C stops it")
                signal.signal(signal.SIGTERM, lambda *_: local.stop())
                try:
                    local.wait()
                except KeyboardInterrupt:
                    pass
    except EventwireError as exc:
        raise click.ClickException(f"{exc} (worker log: {worker_log})") from exc
    if totals.failed:
        sys.exit(3)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--wait/--no-wait", default=False, help="Wait until the workers have processed every article.")
@click.option("--timeout", default=600.0, show_default=True)
def replay(paths: tuple[Path, ...], wait: bool, timeout: float) -> None:
    """Enqueue files (articles .txt/.json/.jsonl, feeds .xml/.rss/.atom) into a running deployment."""
    settings = _connected()
    run = enqueue(create_app(settings), read_paths(paths), batch_size=settings.batch_size)
    _report(run, settings, wait, timeout)


@main.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option("--wait/--no-wait", default=False, help="Wait until the workers have processed every article.")
@click.option("--timeout", default=600.0, show_default=True)
def submit(source: Any, wait: bool, timeout: float) -> None:
    """Enqueue JSON-lines articles from SOURCE (default stdin); bad lines are reported and dead-lettered."""
    settings = _connected()
    bad: list[DeadLetter] = []

    def good_lines() -> Iterable[RawArticle]:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                yield decode_article_line(line)
            except PermanentError as exc:
                err_console.print(f"line {number}: {exc}")
                bad.append(_submit_letter(number, line, exc))

    run = enqueue(create_app(settings), good_lines(), batch_size=settings.batch_size)
    if bad:
        services = services_for(settings)
        services.sink.publish([dead_letter_entry(letter, services.keys) for letter in bad])
    _report(run, settings, wait, timeout)
    if bad:
        err_console.print(f"{len(bad)} malformed line(s) dead-lettered to {services_for(settings).keys.dlq}")
        sys.exit(1)


def _submit_letter(number: int, line: bytes, exc: Exception) -> DeadLetter:
    text = line.decode("utf-8", "replace")
    return DeadLetter(
        dead_letter_id="d_" + stable_hash("submit", text),
        reason=type(exc).__name__,
        error=f"line {number}: {exc}",
        stage="submit",
        origin=f"submit:{number}",
        payload=text[:100_000],
    )


def _connected() -> Settings:
    settings = _settings()
    try:
        return connected_settings(settings)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


def _report(run: Run, settings: Settings, wait: bool, timeout: float) -> None:
    err_console.print(f"enqueued {run.articles} article(s) in {len(run.batch_ids)} batch(es), run {run.run_id}")
    if wait:
        try:
            totals = _wait(run, settings, timeout)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
        print_summary(_stdout(), totals, _stream_lengths(settings), {})


@main.command()
@click.argument("stream", default="events")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, data decoded.")
@click.option("--follow", "-f", is_flag=True, help="Keep printing new entries.")
@click.option("--count", "-n", default=20, show_default=True, help="Entries to show from the end (0: all).")
def tail(stream: str, as_json: bool, follow: bool, count: int) -> None:
    """Print the last entries of STREAM (events, articles, dlq, events:<type> or a full key)."""
    settings = _connected()
    services = services_for(settings)
    name = stream if stream.startswith(settings.prefix) else settings.prefix + stream
    client = services.client
    entries = list(reversed(client.xrevrange(name, count=count))) if count else client.xrange(name)
    last = "0-0"
    while True:
        for stream_id, fields in entries:
            click.echo(entry_json(name, stream_id, fields) if as_json else entry_line(stream_id, fields))
            last = stream_id
        if not follow:
            return
        replies = client.xread({name: last if last != "0-0" else "$"}, block=5000, count=100)
        entries = replies[0][1] if replies else []


@main.command()
def config() -> None:
    """Print every setting with its current value (secrets masked) and meaning."""
    settings = _settings()
    values = {name: getattr(settings, name[len("EVENTWIRE_"):].lower()) for name in documented()}
    for name, (_default, doc) in documented().items():
        value = values[name]
        if name.endswith("_URL"):
            value = mask_url(value)
        click.echo(f"{name}={'' if value is None else value}\n    {doc}")



@main.command()
@click.option("--path", type=click.Path(exists=True, path_type=Path), help="A taxonomy file (default: the configured one).")
def taxonomy(path: Path | None) -> None:
    """Print the event taxonomy: families, types and sub-types with their descriptions."""
    settings = _settings()
    _stdout().print(taxonomy_table(load_taxonomy(path or settings.taxonomy_path)))


if __name__ == "__main__":
    main()
