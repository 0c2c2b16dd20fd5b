"""create_app(settings) -> Celery: the only place Celery is configured."""

from __future__ import annotations

from typing import Any

from celery import Celery, signals

from worker.logs import configure_logging
from worker.settings import Settings

TASK_MODULES = ["tasks.process"]


def celery_config(settings: Settings) -> dict[str, Any]:
    """Every Celery setting eventwire relies on; a test asserts the delivery guarantees."""
    transport = {
        "visibility_timeout": settings.visibility_timeout,
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
    }


def create_app(settings: Settings | None = None) -> Celery:
    """A Celery app wired to the settings; the settings ride along as ``app.eventwire_settings``."""
    settings = settings or Settings.from_env()
    app = Celery("eventwire", include=TASK_MODULES, set_as_current=False)
    app.conf.update(celery_config(settings))
    app.eventwire_settings = settings  # type: ignore[attr-defined]
    return app


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings = Settings.from_env()
    configure_logging(settings.log_level, settings.log_format)


def __getattr__(name: str) -> Any:
    # `celery -A worker.app worker` looks up `app`; build it on first use, not at import.
    if name in {"app", "celery"}:
        global app
        app = create_app()
        app.set_current()
        return app
    raise AttributeError(name)
