"""create_app(settings) -> Celery: the only place Celery is configured."""

from __future__ import annotations

from typing import Any

import structlog
from celery import Celery, signals

from worker.backends.redis import connect, eviction_policy_problem
from worker.beat_marks import start_beat_marks
from worker.instruments import enable_multiprocess
from worker.logs import configure_logging
from worker.settings import Settings

TASK_MODULES = ["tasks.process", "tasks.feeds", "tasks.maintenance", "tasks.health"]


def celery_config(settings: Settings) -> dict[str, Any]:
    """Every Celery setting eventwire relies on; a test asserts the delivery guarantees."""
    # kombu looks for expired unacknowledged messages every interval x throttle seconds (100 s by
    # default, whatever the visibility timeout); scan about 30 times per visibility timeout instead.
    scan_period = max(1.0, settings.visibility_timeout / 30)
    restore_interval = min(10.0, scan_period)
    transport = {
        "visibility_timeout": settings.visibility_timeout,
        "unacked_restore_interval": restore_interval,
        "unacked_restore_throttle": max(1, round(scan_period / restore_interval)),
        "socket_keepalive": True,
        "health_check_interval": 30,
    }
    return {
        "broker_url": settings.broker_url,
        "broker_transport_options": transport,
        "result_backend_transport_options": {"visibility_timeout": settings.visibility_timeout},
        "broker_connection_retry_on_startup": True,
        "broker_connection_max_retries": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_acks_on_failure_or_timeout": True,
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "task_ignore_result": True,
        "result_backend": None,
        "task_default_queue": settings.queue,
        "task_soft_time_limit": settings.task_soft_time_limit,
        "task_time_limit": settings.task_time_limit,
        "worker_prefetch_multiplier": settings.prefetch_multiplier,
        "worker_max_tasks_per_child": settings.max_tasks_per_child,
        "worker_max_memory_per_child": settings.max_memory_per_child_kb,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        "worker_soft_shutdown_timeout": 10.0,
        "worker_enable_soft_shutdown_on_idle": True,
        "worker_hijack_root_logger": False,
        "worker_send_task_events": True,
        "task_send_sent_event": True,
        "enable_utc": True,
        "timezone": "UTC",
        # Run exactly one beat; a second one is harmless: each feed's due slot is locked (SET NX PX).
        "beat_schedule": {
            "poll-feeds": {
                "task": "eventwire.poll_feeds",
                "schedule": float(settings.feed_poll_every),
                "options": {"expires": float(settings.feed_poll_every)},
            },
            "resend-batches": {
                "task": "eventwire.resend_batches",
                "schedule": max(10.0, settings.redeliver_after / 10),
                "options": {"expires": max(10.0, settings.redeliver_after / 10)},
            },
        },
    }


def create_app(settings: Settings | None = None) -> Celery:
    """A Celery app wired to the settings; the settings ride along as ``app.eventwire_settings``."""
    settings = settings or Settings.from_env()
    app = Celery("eventwire", include=TASK_MODULES, set_as_current=False)
    app.conf.update(celery_config(settings))
    app.eventwire_settings = settings  # type: ignore[attr-defined]
    return app


@signals.worker_ready.connect
def _check_redis(sender: Any = None, **_: Any) -> None:
    settings: Settings | None = getattr(getattr(sender, "app", None), "eventwire_settings", None)
    if settings is None:
        return
    for role, url in (("broker", settings.broker_url), ("streams", settings.resolved_streams_url)):
        if url and (problem := eviction_policy_problem(connect(url))):
            structlog.get_logger("eventwire.app").error("redis.eviction_policy", role=role, problem=problem)


@signals.beat_init.connect
def _mark_beat_alive(sender: Any = None, **_: Any) -> None:
    settings: Settings | None = getattr(getattr(sender, "app", None), "eventwire_settings", None)
    if settings is not None and settings.resolved_streams_url:
        start_beat_marks(settings)


@signals.worker_init.connect
def _warm_analysis(sender: Any = None, **_: Any) -> None:
    settings: Settings | None = getattr(getattr(sender, "app", None), "eventwire_settings", None)
    if settings is not None:
        from worker.services import warm_analysis

        warm_analysis(settings)


@signals.worker_init.connect
def _serve_metrics(sender: Any = None, **_: Any) -> None:
    settings: Settings | None = getattr(getattr(sender, "app", None), "eventwire_settings", None)
    if settings is not None and settings.metrics_port:
        from worker.metrics_http import serve

        serve(settings, settings.metrics_port)


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)


def __getattr__(name: str) -> Any:
    # `celery -A worker.app worker` looks up `app`; build it on first use, not at import.
    if name in {"app", "celery"}:
        global app
        settings = Settings.from_env()
        enable_multiprocess(settings)  # before the pool forks and before prometheus_client is imported
        app = create_app(settings)
        app.set_current()
        return app
    raise AttributeError(name)
