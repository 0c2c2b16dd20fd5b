"""Health checks of a deployment: broker, streams, a worker consuming, beat alive, consumer lag."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from celery import Celery

from worker.backends.liveness import beat_seen, heartbeat_answer, ping, worst_lag
from worker.backends.redis import connect
from worker.errors import EventwireError
from worker.keys import Keys
from worker.settings import Settings

HEARTBEAT_TASK = "eventwire.record_heartbeat"
CHECKS = ("broker", "streams", "worker", "beat", "lag")


@dataclass(frozen=True)
class Check:
    """One check's outcome: ``ok``, ``fail`` or ``skipped``, and what was seen."""

    name: str
    status: str
    detail: str

    @property
    def failed(self) -> bool:
        """True when this check makes the deployment unhealthy."""
        return self.status == "fail"


def check_health(settings: Settings, app: Celery, *, timeout: float, skip: frozenset[str] = frozenset()) -> list[Check]:
    """Every check in CHECKS order; later checks that need an unreachable Redis fail with that reason."""
    deadline = time.monotonic() + timeout
    keys = Keys(settings.prefix)
    results: dict[str, Check] = {}
    broker_problem = ping(settings.broker_url or "", timeout=min(3.0, timeout)) if settings.broker_url else "no broker configured"
    results["broker"] = Check("broker", "fail" if broker_problem else "ok", broker_problem or "reachable")
    streams_url = settings.resolved_streams_url or ""
    streams_problem = ping(streams_url, timeout=min(3.0, timeout)) if streams_url else "no streams Redis configured"
    results["streams"] = Check("streams", "fail" if streams_problem else "ok", streams_problem or "reachable")
    if "worker" not in skip:
        results["worker"] = _worker(settings, app, keys, deadline, broker_problem or streams_problem)
    if "beat" not in skip:
        results["beat"] = _beat(settings, keys, streams_problem)
    if "lag" not in skip:
        results["lag"] = _lag(settings, keys, streams_problem)
    return [results.get(name) or Check(name, "skipped", "not checked") for name in CHECKS]


def _worker(settings: Settings, app: Celery, keys: Keys, deadline: float, problem: str | None) -> Check:
    if problem:
        return Check("worker", "fail", f"cannot send a heartbeat: {problem}")
    nonce = uuid.uuid4().hex
    sent = time.monotonic()
    try:
        app.send_task(HEARTBEAT_TASK, args=[nonce], queue=settings.queue, expires=max(1.0, deadline - sent))
    except Exception as exc:  # noqa: BLE001 - kombu raises many kinds; all mean "not sent"
        return Check("worker", "fail", f"heartbeat not sent: {type(exc).__name__}: {exc}")
    client = connect(settings.resolved_streams_url or "")
    while True:
        try:
            answered_by = heartbeat_answer(client, keys, nonce)
        except EventwireError as exc:
            return Check("worker", "fail", str(exc))
        if answered_by:
            return Check("worker", "ok", f"heartbeat task answered by {answered_by} in {time.monotonic() - sent:.2f}s")
        if time.monotonic() >= deadline:
            return Check(
                "worker", "fail", f"no worker ran the heartbeat task within {deadline - sent:.1f}s (queue {settings.queue!r})"
            )
        time.sleep(0.1)


def _beat(settings: Settings, keys: Keys, problem: str | None) -> Check:
    if problem:
        return Check("beat", "fail", f"unknown: {problem}")
    try:
        last = beat_seen(connect(settings.resolved_streams_url or ""), keys)
    except EventwireError as exc:
        return Check("beat", "fail", f"unknown: {exc}")
    if last is None:
        return Check("beat", "fail", f"unknown/not running: no beat mark in the last {3 * settings.health_beat_every}s")
    return Check("beat", "ok", f"last mark {max(0.0, time.time() - last):.1f}s ago")


def _lag(settings: Settings, keys: Keys, problem: str | None) -> Check:
    if problem:
        return Check("lag", "fail", f"unknown: {problem}")
    try:
        worst = worst_lag(connect(settings.resolved_streams_url or ""), keys)
    except EventwireError as exc:
        return Check("lag", "fail", f"unknown: {exc}")
    if worst is None:
        return Check("lag", "ok", "no consumer groups")
    status = "fail" if worst[0] > settings.health_max_lag else "ok"
    return Check("lag", status, f"worst {worst[1]}: {worst[0]} behind (limit {settings.health_max_lag})")
