"""Commands that read streams with consumer groups: consume (shell bridge) and alerts (the alert daemon)."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

import click

from worker.cli.base import load_connected_settings, main
from worker.consumers.daemon import alerts_consumer, exec_handler, jsonl_handler, open_consumer, options_from
from worker.consumers.group import ConsumerOptions, ConsumerStats, GroupConsumer, stable_consumer_name
from worker.consumers.rules import load_rules
from worker.errors import EventwireError
from worker.settings import Settings

_run_options = [
    click.option("--consumer", help="Consumer name (default <host>-<group>: a restart gets its pending entries back)."),
    click.option("--max", "max_entries", type=int, help="Exit after this many entries are acknowledged."),
    click.option("--once", is_flag=True, help="Exit once nothing new arrives and nothing idle is left to reclaim."),
    click.option("--max-deliveries", type=int, help="Deliveries before dead-lettering (EVENTWIRE_CONSUMER_MAX_DELIVERIES)."),
    click.option(
        "--retry-after", type=float, help="Seconds before a failed entry is retried (EVENTWIRE_CONSUMER_CLAIM_IDLE_MS)."
    ),
    click.option(
        "--from",
        "start",
        type=click.Choice(["start", "new"]),
        default="start",
        show_default=True,
        help="Where a new group begins: the whole stream or only entries added from now on.",
    ),
]


def run_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options every consumer command shares."""
    for option in reversed(_run_options):
        command = option(command)
    return command


@main.command()
@click.argument("stream")
@click.option("--group", "-g", required=True, help="Consumer group; created (from --from) when missing.")
@click.option("--exec", "command", help="Run COMMAND per entry with its JSON on stdin; a non-zero exit retries it.")
@click.option("--jsonl", is_flag=True, help="Print each entry as a JSON line (the default).")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds an --exec command may run.")
@run_options
def consume(
    stream: str,
    group: str,
    command: str | None,
    jsonl: bool,
    timeout: float,
    consumer: str | None,
    max_entries: int | None,
    once: bool,
    max_deliveries: int | None,
    retry_after: float | None,
    start: str,
) -> None:
    """Read STREAM (events, events:<type>, alerts, dlq or a full key) as a consumer group member; ack after success."""
    if command and jsonl:
        raise click.UsageError("--exec and --jsonl exclude each other")
    settings = load_connected_settings()
    out = sys.stdout.buffer

    def write(line: bytes) -> None:
        out.write(line)
        out.flush()

    handler = exec_handler(command, timeout) if command else jsonl_handler(write)
    options = _options(settings, max_deliveries, retry_after, start)
    name = consumer or stable_consumer_name(group)
    _run(open_consumer(settings, stream, group, handler, consumer=name, options=options), max_entries, once)


@main.command()
@click.option(
    "--rules",
    "rules_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Alert rules (TOML); seeds/alert_rules.toml is a sample.",
)
@click.option("--group", "-g", default="alerts", show_default=True, help="Consumer group on the event firehose.")
@click.option("--webhook", help="POST alerts here (default EVENTWIRE_ALERT_WEBHOOK_URL).")
@click.option("--check-interval", default=30.0, show_default=True, help="Seconds between periodic checks.")
@run_options
def alerts(
    rules_path: Path,
    group: str,
    webhook: str | None,
    check_interval: float,
    consumer: str | None,
    max_entries: int | None,
    once: bool,
    max_deliveries: int | None,
    retry_after: float | None,
    start: str,
) -> None:
    """Run the alert rules on the event firehose: alert/1 entries on the alerts stream, webhook or log, once each."""
    settings = load_connected_settings()
    try:
        rules = load_rules(rules_path)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    options = _options(settings, max_deliveries, retry_after, start)
    name = consumer or stable_consumer_name(group)
    try:
        daemon = alerts_consumer(
            settings, rules, group=group, consumer=name, options=options, webhook_url=webhook, check_interval=check_interval
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"alerts: {len(rules.rule)} rule(s), {len(rules.check)} check(s) from {rules_path}", err=True)
    _run(daemon, max_entries, once)


def _options(settings: Settings, max_deliveries: int | None, retry_after: float | None, start: str) -> ConsumerOptions:
    claim_idle_ms = None if retry_after is None else int(retry_after * 1000)
    return options_from(
        settings, max_deliveries=max_deliveries, claim_idle_ms=claim_idle_ms, start_id="0" if start == "start" else "$"
    )


def _run(consumer: GroupConsumer, max_entries: int | None, once: bool) -> ConsumerStats:
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: consumer.stop())
    try:
        stats = consumer.run(max_entries=max_entries, until_idle=once)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{consumer.store.stream} group {consumer.store.group}: handled {stats.handled}, "
        f"failed attempts {stats.retried}, dead-lettered {stats.dead_lettered}, reclaimed {stats.reclaimed}",
        err=True,
    )
    return stats
