"""Turn accepted articles, events and dead letters into idempotent stream entries."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from schemas import ARTICLE_SCHEMA, DEAD_LETTER_SCHEMA, EVENT_SCHEMA, Article, DeadLetter, Event
from worker.keys import Keys
from worker.protocols import StreamEntry

_encode = msgspec.json.Encoder().encode


def article_entries(article: Article, keys: Keys) -> list[StreamEntry]:
    """The ``article.accepted`` entry of a unique article."""
    return [StreamEntry(keys.articles, article.article_id, "article.accepted", ARTICLE_SCHEMA, _encode(article))]


def event_entries(events: Iterable[Event], keys: Keys) -> list[StreamEntry]:
    """Each event on the firehose and on its type's stream, as ``event.created``."""
    entries = []
    for event in events:
        data = _encode(event)
        for stream in (keys.events, keys.events_of(event.event_type)):
            entries.append(StreamEntry(stream, event.event_id, "event.created", EVENT_SCHEMA, data))
    return entries


def dead_letter_entry(letter: DeadLetter, keys: Keys) -> StreamEntry:
    """The dead-letter entry; its id makes a repeated failure write one record."""
    return StreamEntry(keys.dlq, letter.dead_letter_id, "dlq.created", DEAD_LETTER_SCHEMA, _encode(letter))
