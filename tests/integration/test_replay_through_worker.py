"""Seeds replayed through a real Celery worker land on the streams once, valid against their schemas."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from celery import Celery

from schemas import RawArticle
from schemas.generate import MODELS, schema_file
from worker.pipeline.replay import read_paths
from worker.producer import RunTotals, enqueue, wait_for
from worker.services import Services
from worker.settings import Settings

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEEDS / "kursk_drone_strike.txt"
VALIDATORS = {name: jsonschema.Draft202012Validator(json.loads(schema_file(name).read_text())) for name in MODELS}

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("celery_worker")]


def replay(app: Celery, services: Services, articles: list[RawArticle], batch_size: int = 100) -> RunTotals:
    run = enqueue(app, articles, batch_size=batch_size)
    return wait_for(run, services.ledger, timeout=60)


def all_entries(services: Services) -> dict[str, list[dict[str, str]]]:
    return {stream: [fields for _sid, fields in services.sink.read(stream)] for stream in services.sink.streams()}


def test_seed_article_becomes_separate_events_on_the_streams(app: Celery, services: Services) -> None:
    totals = replay(app, services, list(read_paths([SEED])))
    assert (totals.read, totals.unique, totals.duplicate, totals.failed) == (1, 1, 0, 0)
    assert totals.events >= 5
    keys = services.keys
    events = [json.loads(fields["data"]) for _sid, fields in services.sink.read(keys.events)]
    assert len(events) == totals.events
    assert len({event["event_id"] for event in events}) == len(events)
    strike = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert len(strike) == 1 and strike[0]["location"]["name"] == "Kursk"
    assert services.sink.length(keys.events_of("Explosions/Remote violence")) == 1
    assert services.sink.length(keys.articles) == 1


def test_every_entry_validates_against_its_schema(app: Celery, services: Services) -> None:
    replay(app, services, list(read_paths([SEEDS])), batch_size=3)
    entries = all_entries(services)
    assert entries, "the replay wrote nothing"
    for stream, found in entries.items():
        for fields in found:
            assert set(fields) == {"id", "type", "schema", "data"}, stream
            VALIDATORS[fields["schema"]].validate(json.loads(fields["data"]))


def test_replaying_twice_leaves_every_stream_the_same_length(app: Celery, services: Services) -> None:
    articles = list(read_paths([SEEDS]))
    first = replay(app, services, articles, batch_size=2)
    lengths = {stream: len(found) for stream, found in all_entries(services).items()}
    second = replay(app, services, articles, batch_size=2)
    assert second.unique == 0 and second.duplicate == first.unique
    assert second.entries_written == 0
    assert {stream: len(found) for stream, found in all_entries(services).items()} == lengths


def test_bad_articles_are_dead_lettered_and_the_rest_go_through(
    app: Celery, services: Services, settings: Settings
) -> None:
    good = RawArticle(text="Police detained 12 protesters during a march in Lyon on Saturday.", origin="good")
    run = enqueue(app, [good], batch_size=10)
    app.send_task("eventwire.process_articles", args=[[{"title": "no text"}, "not an object"], run.run_id], task_id="bad")
    run.batch_ids.append("bad")
    totals = wait_for(run, services.ledger, timeout=60)
    assert (totals.unique, totals.failed) == (1, 2)
    letters = [json.loads(fields["data"]) for _sid, fields in services.sink.read(services.keys.dlq)]
    assert sorted(letter["stage"] for letter in letters) == ["decode", "decode"]
    assert all(letter["error"] for letter in letters)
