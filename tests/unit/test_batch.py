"""One batch through the stages on the memory twins: what is published, dead-lettered or sent round again."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest

from schemas import Article, Event, RawArticle
from worker.backends.memory import MemorySeenStore, MemoryStreamSink
from worker.errors import PermanentError, TransientError
from worker.keys import Keys
from worker.pipeline.analyze import analyze
from worker.pipeline.batch import process_batch
from worker.taxonomy import load_taxonomy

KEYS = Keys("t:")
TAXONOMY = load_taxonomy()
STRIKE = "Russian forces shelled residential areas of Kharkiv, Ukraine on Monday, injuring 4 civilians."
PROTEST = "Hundreds of farmers protested peacefully outside parliament in Warsaw, Poland on Tuesday."


def payload(text: str, **fields: Any) -> dict[str, Any]:
    return msgspec.to_builtins(RawArticle(text=text, **fields))


def run(payloads: list[Any], analyzer: Any = None, *, attempts: int = 1, max_attempts: int = 3, **stores: Any) -> Any:
    sink = stores.get("sink", MemoryStreamSink())
    outcome, again = process_batch(
        payloads,
        owner=stores.get("owner", "task-1"),
        seen=stores.get("seen", MemorySeenStore()),
        sink=sink,
        analyze=analyzer or (lambda article: analyze(article, TAXONOMY)),
        keys=KEYS,
        attempts=attempts,
        max_attempts=max_attempts,
    )
    return outcome, again, sink


def test_unique_articles_are_published_with_their_events() -> None:
    outcome, again, sink = run([payload(STRIKE), payload(PROTEST), payload(STRIKE)])
    assert (outcome.read, outcome.unique, outcome.duplicate, outcome.failed, again) == (3, 2, 1, 0, [])
    assert sink.length(KEYS.articles) == 2
    assert sink.length(KEYS.events) == outcome.events >= 2
    assert outcome.events_by_type == {"Explosions/Remote violence": 1, "Protests": 1}


def test_undecodable_and_empty_articles_are_dead_lettered_with_the_stage() -> None:
    outcome, _again, sink = run(["not an object", payload("   \n  "), payload(PROTEST)])
    letters = [json.loads(fields["data"]) for _sid, fields in sink.read(KEYS.dlq)]
    assert (outcome.unique, outcome.failed) == (1, 2)
    assert [(letter["stage"], letter["reason"]) for letter in letters] == [
        ("decode", "ValidationError"),
        ("normalize", "PermanentError"),
    ]


def poison(article: Article) -> list[Event]:
    if "POISON" in article.text:
        raise RuntimeError("stage bug")
    return analyze(article, TAXONOMY)


def test_an_unexpected_failure_goes_round_again_while_the_rest_is_published() -> None:
    bad = payload("POISON " + PROTEST)
    outcome, again, sink = run([payload(STRIKE), bad], poison, attempts=1, max_attempts=3)
    assert again == [bad]
    assert (outcome.unique, outcome.failed, outcome.retrying) == (1, 0, 1)
    assert sink.length(KEYS.dlq) == 0


def test_after_the_last_attempt_it_is_dead_lettered_once() -> None:
    bad = payload("POISON " + PROTEST)
    sink, seen = MemoryStreamSink(), MemorySeenStore()
    for attempt in (3, 3):  # a redelivered last attempt writes no second record
        outcome, again, _ = run([bad], poison, attempts=attempt, max_attempts=3, sink=sink, seen=seen)
        assert (outcome.failed, again) == (1, [])
    letters = [json.loads(fields["data"]) for _sid, fields in sink.read(KEYS.dlq)]
    assert [(letter["reason"], letter["attempts"], letter["stage"]) for letter in letters] == [("RuntimeError", 3, "analyze")]
    assert letters[0]["payload"] == bad


def test_a_permanent_error_is_not_retried() -> None:
    def refuse(article: Article) -> list[Event]:
        raise PermanentError("unsupported")

    outcome, again, _sink = run([payload(PROTEST)], refuse, attempts=1, max_attempts=3)
    assert (outcome.failed, again) == (1, [])


def test_a_transient_error_fails_the_whole_attempt() -> None:
    def unreachable(article: Article) -> list[Event]:
        raise TransientError("redis down")

    with pytest.raises(TransientError):
        run([payload(PROTEST)], unreachable)
