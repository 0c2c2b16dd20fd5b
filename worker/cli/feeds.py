"""`eventwire feeds …`: subscribe, unsubscribe, import the feed list, show each feed's state, poll now."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click
import msgspec
from rich.table import Table

from schemas.feed import Feed, FeedState
from worker.app import create_app
from worker.backends.feeds import RedisFeedStore
from worker.cli.base import err_console, load_connected_settings, main, stdout_console
from worker.errors import PermanentError
from worker.pipeline.feed_list import feed_id, load_feed_list, new_feed
from worker.services import services_for
from worker.settings import Settings

_OUTCOME_STYLE = {"new": "green", "ok": "green", "not_modified": "green", "throttled": "yellow"}


def _store(settings: Settings) -> RedisFeedStore:
    services = services_for(settings)
    return RedisFeedStore(services.client, services.keys)


def _split_tags(values: tuple[str, ...]) -> list[str]:
    return [tag.strip() for value in values for tag in value.split(",") if tag.strip()]


@main.group()
def feeds() -> None:
    """Feeds polled by the beat task `eventwire.poll_feeds` (state lives in Redis)."""


@feeds.command("add")
@click.argument("url")
@click.option("--interval", type=click.IntRange(min=1), help="Seconds between polls (default EVENTWIRE_FEED_INTERVAL).")
@click.option("--tags", multiple=True, help="Tags added to every article of the feed; comma-separated or repeated.")
def add(url: str, interval: int | None, tags: tuple[str, ...]) -> None:
    """Subscribe to the feed at URL (adding it again updates its interval and tags)."""
    settings = load_connected_settings()
    now = datetime.now(UTC)
    try:
        feed = new_feed(url, interval=interval or settings.feed_interval, tags=_split_tags(tags), now=now)
    except PermanentError as exc:
        raise click.BadParameter(str(exc), param_hint="URL") from exc
    added = _store(settings).add(feed, due_at=now)
    click.echo(f"{'added' if added else 'updated'} {feed.feed_id} {feed.url} every {feed.interval}s")


@feeds.command("remove")
@click.argument("feed", metavar="URL_OR_ID")
def remove(feed: str) -> None:
    """Unsubscribe a feed, by URL or feed id, and forget its state."""
    settings = load_connected_settings()
    ident = feed if feed.startswith("f_") else feed_id(feed)
    if not _store(settings).remove(ident):
        raise click.ClickException(f"no such feed: {feed}")
    click.echo(f"removed {ident}")


@feeds.command("import")
@click.argument("path", required=False, type=click.Path(path_type=Path))
def import_(path: Path | None) -> None:
    """Subscribe to every feed in a TOML feed list (default EVENTWIRE_FEEDS_PATH, seeds/feeds.toml)."""
    settings = load_connected_settings()
    now = datetime.now(UTC)
    try:
        found = load_feed_list(path or settings.feeds_path, default_interval=settings.feed_interval, now=now)
    except PermanentError as exc:
        raise click.ClickException(str(exc)) from exc
    store = _store(settings)
    added = sum(store.add(feed, due_at=now) for feed in found)
    click.echo(f"{len(found)} feeds in {path or settings.feeds_path}: {added} added, {len(found) - added} updated")


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per feed (feed and state).")
def list_(as_json: bool) -> None:
    """Every feed with its state: last fetch, HTTP status, entries, errors, next check, health."""
    settings = load_connected_settings()
    store = _store(settings)
    subscribed = store.feeds()
    states = store.states([feed.feed_id for feed in subscribed])
    if as_json:
        for feed, state in zip(subscribed, states, strict=True):
            state = msgspec.structs.replace(state, seen=[])
            click.echo(json.dumps({"feed": msgspec.to_builtins(feed), "state": msgspec.to_builtins(state)}))
        return
    stdout_console().print(feeds_table(subscribed, states, datetime.now(UTC)))
    unhealthy = sum(1 for state in states if state.health)
    err_console.print(f"{len(subscribed)} feeds, {unhealthy} unhealthy")


@feeds.command("poll")
@click.option("--now", "due_now", is_flag=True, help="Make every feed due first.")
def poll_now(due_now: bool) -> None:
    """Run one poll now: enqueue a fetch for every due feed (a worker must be running)."""
    settings = load_connected_settings()
    if due_now:
        store = _store(settings)
        now = datetime.now(UTC)
        for feed in store.feeds():
            store.reschedule(feed.feed_id, now)
    create_app(settings).send_task("eventwire.poll_feeds")
    click.echo("poll enqueued")


def feeds_table(subscribed: list[Feed], states: list[FeedState], now: datetime) -> Table:
    """The `feeds list` table."""
    table = Table(title="feeds", title_justify="left")
    table.add_column("feed", no_wrap=True)
    for column in ("last fetch", "HTTP", "outcome", "entries new/last/total", "errors", "next check", "health"):
        table.add_column(column, overflow="fold")
    for feed, state in zip(subscribed, states, strict=True):
        errors = f"{state.consecutive_errors} ({state.errors_total} total)" if state.errors_total else "0"
        if state.consecutive_errors and state.last_error:
            errors += f"\n{state.last_error[:120]}"
        outcome = state.last_outcome or "never fetched"
        health = ", ".join(h.removeprefix("feed_") for h in state.health)
        if state.ill_formed and not state.consecutive_errors and "feed_ill_formed" in state.health:
            health += f"\n{state.ill_formed[:120]}"
        if health:
            health = f"[red]{health}[/red]"
        else:
            health = "[yellow]retrying[/yellow]" if state.consecutive_errors else "[green]ok[/green]"
        table.add_row(
            feed.url + (f"\n[dim]{', '.join(feed.tags)}[/dim]" if feed.tags else ""),
            _ago(state.last_fetch_at, now),
            str(state.last_status or "-"),
            f"[{_OUTCOME_STYLE.get(outcome, 'red')}]{outcome}[/]",
            f"{state.new_entries}/{state.entries}/{state.entries_total}",
            errors,
            _until(state.next_check_at, now) + (f"\n[dim]{state.next_check_reason}[/dim]" if state.next_check_reason else ""),
            health,
        )
    return table


def _ago(moment: datetime | None, now: datetime) -> str:
    return "never" if moment is None else f"{_span((now - moment).total_seconds())} ago"


def _until(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "now"
    seconds = (moment - now).total_seconds()
    return "due" if seconds <= 0 else f"in {_span(seconds)}"


def _span(seconds: float) -> str:
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86_400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
