"""Log lines are JSON off a terminal and carry the task id inside a task."""

import json

import pytest
import structlog
from celery import signals

from worker.logs import configure_logging


def test_json_lines_carry_task_and_article_ids(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "json")
    signals.task_prerun.send(sender=None, task_id="task-42", task=None)
    with structlog.contextvars.bound_contextvars(article_id="a_1"):
        structlog.get_logger("test").info("article.accepted", events=3)
    signals.task_postrun.send(sender=None)
    structlog.get_logger("test").info("after.task")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert lines[0]["event"] == "article.accepted"
    assert (lines[0]["task_id"], lines[0]["article_id"], lines[0]["events"]) == ("task-42", "a_1", 3)
    assert "task_id" not in lines[1]


def test_stdlib_loggers_render_through_the_same_formatter(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    configure_logging("INFO", "json")
    logging.getLogger("celery.worker").warning("connection lost")
    line = json.loads(capsys.readouterr().err.splitlines()[-1])
    assert line["event"] == "connection lost" and line["level"] == "warning"
