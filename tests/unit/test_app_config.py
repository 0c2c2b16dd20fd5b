"""The Celery settings that the delivery guarantees rest on (see DESIGN.md)."""

import re

from structlog.testing import capture_logs

from worker.app import create_app
from worker.services import warm_analysis
from worker.settings import Settings


def test_delivery_guarantees_are_configured() -> None:
    settings = Settings(broker_url="redis://127.0.0.1:6379/0")
    conf = create_app(settings).conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert conf.broker_transport_options["visibility_timeout"] > conf.task_time_limit
    assert conf.result_backend_transport_options["visibility_timeout"] == settings.visibility_timeout
    assert conf.task_soft_time_limit < conf.task_time_limit
    assert conf.worker_max_tasks_per_child and conf.worker_max_memory_per_child
    assert conf.worker_soft_shutdown_timeout > 0


def test_json_only_and_results_ignored() -> None:
    conf = create_app(Settings(broker_url="redis://127.0.0.1:6379/0")).conf
    assert conf.task_serializer == "json"
    assert list(conf.accept_content) == ["json"]
    assert conf.task_ignore_result is True


def test_tasks_have_explicit_eventwire_names_and_late_acks() -> None:
    app = create_app(Settings(broker_url="redis://127.0.0.1:6379/0"))
    app.loader.import_default_modules()
    ours = [name for name, task in app.tasks.items() if type(task).__module__.startswith("tasks.")]
    assert "eventwire.process_articles" in ours
    for name in ours:
        assert re.fullmatch(r"eventwire\.[a-z]+_[a-z_]+", name), name
        task = app.tasks[name]
        assert task.acks_late and task.reject_on_worker_lost, name


def test_expired_messages_are_looked_for_often_enough_for_the_visibility_timeout() -> None:
    for timeout in (6, 60, 3600):
        options = create_app(Settings(visibility_timeout=timeout, task_time_limit=5, task_soft_time_limit=4)).conf
        transport = options.broker_transport_options
        scan_every = transport["unacked_restore_interval"] * transport["unacked_restore_throttle"]
        assert scan_every <= max(1.0, timeout / 10), timeout


def test_retries_are_bounded_with_a_backoff_ceiling() -> None:
    settings = Settings()
    assert 1 <= settings.max_retries <= 20
    assert 0 < settings.retry_backoff_max < settings.visibility_timeout
    assert settings.redeliver_after > settings.visibility_timeout


def test_worker_start_loads_analysis_data_before_the_pool_forks() -> None:
    from celery import signals

    from worker.pipeline.gazetteer import default_gazetteer
    from worker.pipeline.language import _identifier

    default_gazetteer.cache_clear()
    _identifier.cache_clear()
    app = create_app(Settings.from_env({}))
    class Worker:  # what Celery sends: the worker, with its app
        pass

    worker = Worker()
    worker.app = app  # type: ignore[attr-defined]
    signals.worker_init.send(sender=worker)
    assert default_gazetteer.cache_info().currsize == 1
    assert _identifier.cache_info().currsize == 1


def test_a_worker_warns_when_its_memory_limit_would_replace_a_process_after_every_task() -> None:
    with capture_logs() as too_low:
        warm_analysis(Settings(broker_url="redis://127.0.0.1:6379/0", max_memory_per_child_kb=100_000))
    assert [entry["event"] for entry in too_low] == ["worker.memory_limit_too_low"]
    assert too_low[0]["footprint_kb"] > 100_000
