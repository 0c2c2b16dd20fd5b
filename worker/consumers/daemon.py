"""Consumers built from settings: the shell bridge (`--exec` / `--jsonl`) and the alerts daemon."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Callable

import structlog

from worker.backends.effects import EffectLedger
from worker.backends.groups import Delivery, RedisGroups
from worker.backends.rates import RedisRateWindows
from worker.consumers.alerts import AlertHandler, AlertOutput, AlertRaiser, LogOutput, PeriodicChecks
from worker.consumers.group import ConsumerOptions, GroupConsumer, Handler
from worker.consumers.rules import RuleSet
from worker.consumers.webhook import WebhookSender
from worker.errors import TransientError
from worker.services import services_for
from worker.settings import Settings
from worker.summary import entry_json

log = structlog.get_logger("eventwire.consume")


def stream_key(settings: Settings, stream: str) -> str:
    """A full stream key from a short name (``events``, ``events:protests``) or a full key."""
    return stream if stream.startswith(settings.prefix) else settings.prefix + stream


def options_from(settings: Settings, **overrides: object) -> ConsumerOptions:
    """Consumer options from settings, some overridden (None keeps the setting or default)."""
    values: dict[str, object] = {
        "max_deliveries": settings.consumer_max_deliveries,
        "claim_idle_ms": settings.consumer_claim_idle_ms,
    }
    values.update({key: value for key, value in overrides.items() if value is not None})
    return ConsumerOptions(**values)  # type: ignore[arg-type]


def open_consumer(
    settings: Settings,
    stream: str,
    group: str,
    handler: Handler,
    *,
    consumer: str,
    options: ConsumerOptions,
    on_tick: Callable[[], None] | None = None,
) -> GroupConsumer:
    """A consumer of ``group`` on ``stream`` wired to the streams Redis; dead letters go to the DLQ."""
    services = services_for(settings)
    store = RedisGroups(services.client, stream_key(settings, stream), group)
    return GroupConsumer(
        store, services.sink, services.keys, consumer=consumer, handler=handler, options=options, on_tick=on_tick
    )


def jsonl_handler(write: Callable[[bytes], None]) -> Handler:
    """Write each entry as one JSON line (data decoded)."""

    def handle(delivery: Delivery) -> None:
        write(entry_json(delivery.stream, delivery.stream_id, delivery.fields) + b"\n")

    return handle


def exec_handler(command: str, timeout: float) -> Handler:
    """Run ``command`` once per entry with the entry's JSON on stdin; a non-zero exit is a retry."""
    argv = shlex.split(command)
    if not argv:
        raise ValueError("--exec needs a command")

    def handle(delivery: Delivery) -> None:
        payload = entry_json(delivery.stream, delivery.stream_id, delivery.fields) + b"\n"
        try:
            finished = subprocess.run(argv, input=payload, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise TransientError(f"{argv[0]} ran past {timeout}s") from exc
        if finished.returncode != 0:
            raise TransientError(f"{argv[0]} exited with {finished.returncode}")

    return handle


def alerts_consumer(
    settings: Settings,
    rules: RuleSet,
    *,
    group: str,
    consumer: str,
    options: ConsumerOptions,
    webhook_url: str | None = None,
    check_interval: float = 30.0,
) -> GroupConsumer:
    """The alerts daemon: the rules on the event firehose, checks on every tick, alerts out once each."""
    services = services_for(settings)
    outputs: list[AlertOutput] = []
    if rules.output.log:
        outputs.append(LogOutput())
    url = webhook_url or settings.alert_webhook_url
    if rules.output.webhook and url:
        outputs.append(WebhookSender(url, settings.alert_webhook_secret))

    def ledger(scope: str) -> EffectLedger:
        return EffectLedger(services.client, services.keys, scope, ttl=settings.effect_ttl)

    raiser = AlertRaiser(services.sink, services.keys, ledger, outputs, owner=consumer)
    checks = PeriodicChecks(rules.check, services.client, services.keys, services.sink.streams, raiser, check_interval)
    handler = AlertHandler(rules, RedisRateWindows(services.client, services.keys), raiser)
    return open_consumer(settings, services.keys.events, group, handler, consumer=consumer, options=options, on_tick=checks.tick)
