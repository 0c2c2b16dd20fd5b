"""Commands that put articles in: run (the main job), replay and submit."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from schemas import DeadLetter, RawArticle
from worker.app import create_app
from worker.cli.base import (
    err_console,
    load_connected_settings,
    load_settings,
    main,
    stdout_console,
    stream_lengths,
    wait_with_progress,
)
from worker.deployment import LocalDeployment
from worker.errors import EventwireError, PermanentError
from worker.ids import stable_hash
from worker.pipeline.publish import dead_letter_entry
from worker.pipeline.replay import decode_article_line, read_paths
from worker.producer import Run, enqueue
from worker.services import services_for
from worker.settings import Settings, mask_url
from worker.summary import print_summary, totals_json


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--follow", is_flag=True, help="Keep the worker running after the replay, as a daemon.")
@click.option("--concurrency", type=int, help="Worker processes (default EVENTWIRE_WORKER_CONCURRENCY).")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for the replay to finish.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(paths: tuple[Path, ...], follow: bool, concurrency: int | None, timeout: float, as_json: bool) -> None:
    """Start Redis (embedded if none is configured) and a worker, replay PATHS (default: seeds/), print a summary."""
    settings = load_settings()
    sources = list(paths) or [settings.seeds_dir]
    worker_log = settings.data_dir / "worker.log"
    try:
        with LocalDeployment(settings, concurrency=concurrency, worker_log=None if follow else worker_log) as local:
            settings = local.settings
            run = enqueue(create_app(settings), read_paths(sources), batch_size=settings.batch_size)
            totals = wait_with_progress(run, settings, timeout, alive=local.worker_alive)
            redis_info = {"broker": mask_url(settings.broker_url) or "", "streams": mask_url(settings.streams_url) or ""}
            if local.redis is not None:
                redis_info["embedded redis"] = f"{local.redis.url} (data {local.redis.data_dir}, AOF on)"
            if not follow:
                redis_info["worker log"] = str(worker_log)
            streams = stream_lengths(settings)
            if as_json:
                click.echo(totals_json(totals, streams, redis_info))
            else:
                print_summary(stdout_console(), totals, streams, redis_info)
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
    settings = load_connected_settings()
    run = enqueue(create_app(settings), read_paths(paths), batch_size=settings.batch_size)
    _report(run, settings, wait, timeout)


@main.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option("--wait/--no-wait", default=False, help="Wait until the workers have processed every article.")
@click.option("--timeout", default=600.0, show_default=True)
def submit(source: Any, wait: bool, timeout: float) -> None:
    """Enqueue JSON-lines articles from SOURCE (default stdin); bad lines are reported and dead-lettered."""
    settings = load_connected_settings()
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


def _report(run: Run, settings: Settings, wait: bool, timeout: float) -> None:
    err_console.print(f"enqueued {run.articles} article(s) in {len(run.batch_ids)} batch(es), run {run.run_id}")
    if wait:
        try:
            totals = wait_with_progress(run, settings, timeout)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
        print_summary(stdout_console(), totals, stream_lengths(settings), {})
