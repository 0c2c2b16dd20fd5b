"""The alerts consumer: events in, `alert/1` entries out (and a webhook POST or log line), each alert once."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol

import msgspec
import redis
import structlog

from schemas import Alert, Event
from worker.backends.effects import EffectLedger
from worker.backends.groups import Delivery
from worker.backends.stream_info import count_since, describe, feed_activity
from worker.consumers.rules import Check, EventRule, RuleSet, event_time
from worker.errors import PermanentError
from worker.ids import stable_hash
from worker.keys import Keys
from worker.pipeline.publish import EVENT_CREATED, EVENT_UPDATED, alert_entry
from worker.protocols import StreamSink

log = structlog.get_logger("eventwire.alerts")


class RateWindows(Protocol):
    """Sliding-window counts (RedisRateWindows, MemoryRateWindows)."""

    def add_and_count(self, rule: str, subject: str, member: str, at: float, window: int) -> int: ...


class AlertOutput(Protocol):
    """Somewhere an alert is delivered besides the alerts stream."""

    name: str

    def send(self, alert: Alert) -> None: ...


class LogOutput:
    """One WARNING line per alert."""

    name = "log"

    def send(self, alert: Alert) -> None:
        log.warning(
            "alert", alert_id=alert.alert_id, rule=alert.rule, kind=alert.kind, severity=alert.severity, title=alert.title
        )


def event_alerts(event: Event, rules: RuleSet, rates: RateWindows, now: datetime) -> list[Alert]:
    """The alerts one event raises: one per matching rule, or per spike for rate rules."""
    alerts = []
    for rule in rules.rule:
        if not rule.matches(event):
            continue
        if rule.rate is None:
            alerts.append(_alert(rule, event, now, alert_id="al_" + stable_hash("event", rule.name, event.event_id)))
            continue
        subject = rule.subject(event)
        at = event_time(event, now)
        seen = rates.add_and_count(rule.name, subject, event.event_id, at, rule.rate.window)
        if seen >= rule.rate.count:
            bucket = str(int(at // rule.rate.window))
            alert = _alert(rule, event, now, alert_id="al_" + stable_hash("rate", rule.name, subject, bucket))
            alerts.append(
                msgspec.structs.replace(
                    alert,
                    kind="rate",
                    title=f"{rule.name}: {seen} events about {subject} within {rule.rate.window}s",
                    count=seen,
                    window_seconds=rule.rate.window,
                )
            )
    return alerts


def _alert(rule: EventRule, event: Event, now: datetime, *, alert_id: str) -> Alert:
    location = event.location
    return Alert(
        alert_id=alert_id,
        kind="event",
        rule=rule.name,
        severity=rule.severity,
        title=f"{rule.name}: {event.title or event.event_type}",
        raised_at=now,
        event_id=event.event_id,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        location=location.name if location else None,
        country=location.country if location else None,
        details={"modality": event.modality, "severity": event.severity, "evidence": event.evidence.sentence[:300]},
    )


class AlertRaiser:
    """Writes an alert to the alerts stream (idempotent on alert_id), then to each output once per alert id."""

    def __init__(
        self,
        sink: StreamSink,
        keys: Keys,
        ledger: Callable[[str], EffectLedger],
        outputs: Sequence[AlertOutput],
        owner: str,
    ) -> None:
        self.sink = sink
        self.keys = keys
        self.outputs = list(outputs)
        self.ledgers = {output.name: ledger(f"alerts:{output.name}") for output in self.outputs}
        self.owner = owner

    def raise_alert(self, alert: Alert) -> bool:
        """Publish and deliver; True if the alert is new on the stream."""
        (result,) = self.sink.publish([alert_entry(alert, self.keys)])
        for output in self.outputs:
            self.ledgers[output.name].once(alert.alert_id, self.owner, lambda output=output: output.send(alert))
        return result.written


class AlertHandler:
    """Consumer-group handler: each event entry (created or updated) checked against the rules."""

    def __init__(self, rules: RuleSet, rates: RateWindows, raiser: AlertRaiser) -> None:
        self.rules = rules
        self.rates = rates
        self.raiser = raiser

    def __call__(self, delivery: Delivery) -> None:
        if not delivery.schema.startswith("event/") or delivery.type not in (EVENT_CREATED, EVENT_UPDATED):
            return
        try:
            event = msgspec.json.decode(delivery.fields.get("data", ""), type=Event)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            raise PermanentError(f"not an event/1: {exc}") from exc
        for alert in event_alerts(event, self.rules, self.rates, datetime.now(UTC)):
            self.raiser.raise_alert(alert)


class PeriodicChecks:
    """The rules file's ``[[check]]`` tables, run at most every ``interval`` seconds from the consumer loop."""

    def __init__(
        self,
        checks: Sequence[Check],
        client: redis.Redis,
        keys: Keys,
        streams: Callable[[], list[str]],
        raiser: AlertRaiser,
        interval: float = 30.0,
    ) -> None:
        self.checks = list(checks)
        self.client = client
        self.keys = keys
        self.streams = streams
        self.raiser = raiser
        self.interval = interval
        self._next = 0.0

    def tick(self) -> None:
        """Run the checks when they are due."""
        if not self.checks or time.monotonic() < self._next:
            return
        self._next = time.monotonic() + self.interval
        self.run(datetime.now(UTC))

    def run(self, now: datetime) -> list[Alert]:
        """Every check once; the alerts raised."""
        raised = []
        for check in self.checks:
            for alert in getattr(self, f"_{check.kind}")(check, now):
                self.raiser.raise_alert(alert)
                raised.append(alert)
        return raised

    def _dlq_growth(self, check: Check, now: datetime) -> list[Alert]:
        since = now.timestamp() - check.window
        added = count_since(self.client, self.keys.dlq, since, check.count)
        if added < check.count:
            return []
        bucket = str(int(now.timestamp() // check.window))
        title = f"{added}+ dead letters within {check.window}s"
        fields = {"stream": self.keys.dlq, "count": added, "window_seconds": check.window}
        return [_check_alert(check, now, "dlq_growth", title, bucket, **fields)]

    def _feed_silent(self, check: Check, now: datetime) -> list[Alert]:
        alerts = []
        bucket = str(int(now.timestamp() // check.window))
        for feed_id, url, last in feed_activity(self.client, self.keys):
            if last is not None and (now - last).total_seconds() <= check.window:
                continue
            since = f"since {last.isoformat()}" if last else "ever"
            title = f"no new entry from {url} {since}"
            alerts.append(_check_alert(check, now, "feed_silent", title, bucket, feed_id, feed=url, window_seconds=check.window))
        return alerts

    def _group_lag(self, check: Check, now: datetime) -> list[Alert]:
        alerts = []
        bucket = str(int(now.timestamp() // check.window))
        for stream in self.streams():
            for group in describe(self.client, stream).groups:
                backlog = (group.lag or 0) + group.pending
                if backlog >= check.count:
                    title = f"group {group.name} has {backlog} unread or pending entries on {stream}"
                    fields = {"stream": stream, "count": backlog, "details": {"group": group.name}}
                    alerts.append(_check_alert(check, now, "backpressure", title, bucket, stream, group.name, **fields))
        return alerts


def _check_alert(check: Check, now: datetime, kind: str, title: str, *id_parts: str, **fields: object) -> Alert:
    return Alert(
        alert_id="al_" + stable_hash(check.kind, check.name, *id_parts),
        kind=kind,  # type: ignore[arg-type]
        rule=check.name,
        severity=check.severity,
        title=f"{check.name}: {title}",
        raised_at=now,
        **fields,  # type: ignore[arg-type]
    )
