"""Turn articles, event lifecycle changes, alerts and dead letters into idempotent stream entries."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from schemas import ALERT_SCHEMA, ARTICLE_SCHEMA, DEAD_LETTER_SCHEMA, EVENT_SCHEMA, Alert, Article, DeadLetter, Event
from worker.keys import Keys
from worker.protocols import StreamEntry

ARTICLE_ACCEPTED = "article.accepted"
EVENT_CREATED = "event.created"
EVENT_UPDATED = "event.updated"
"""A new revision of an event (more sources, corrected place or count); ``data.revision`` counts up."""
EVENT_MERGED = "event.merged"
"""The event was found to be the same as another; ``data.merged_into`` names the one that stays."""
EVENT_RETRACTED = "event.retracted"
"""The event should not have been published; ``data.retraction_reason`` says why."""
ALERT_RAISED = "alert.raised"
DLQ_CREATED = "dlq.created"
EVENT_LIFECYCLE = (EVENT_CREATED, EVENT_UPDATED, EVENT_MERGED, EVENT_RETRACTED)

_encode = msgspec.json.Encoder().encode


def article_entries(article: Article, keys: Keys) -> list[StreamEntry]:
    """The ``article.accepted`` entry of a unique article."""
    return [StreamEntry(keys.articles, article.article_id, ARTICLE_ACCEPTED, ARTICLE_SCHEMA, _encode(article))]


def event_entries(events: Iterable[Event], keys: Keys) -> list[StreamEntry]:
    """Each event on the firehose and on its type's stream, as ``event.created``."""
    entries = []
    for event in events:
        entries.extend(_lifecycle_entries(event, EVENT_CREATED, keys, dedup_key=None))
    return entries


def updated_entries(event: Event, keys: Keys) -> list[StreamEntry]:
    """``event.updated``: the whole event again at a higher revision; each revision is written once."""
    if event.revision < 2:
        raise ValueError(f"an update needs revision 2 or more, got {event.revision} for {event.event_id}")
    return _lifecycle_entries(event, EVENT_UPDATED, keys, dedup_key=f"{event.event_id}:r{event.revision}")


def merged_entries(event: Event, into: str, keys: Keys) -> list[StreamEntry]:
    """``event.merged``: ``event`` is the same as event ``into``, which stays; written once per event."""
    merged = msgspec.structs.replace(event, status="merged", merged_into=into, revision=event.revision + 1)
    return _lifecycle_entries(merged, EVENT_MERGED, keys, dedup_key=f"{event.event_id}:merged")


def retracted_entries(event: Event, reason: str, keys: Keys) -> list[StreamEntry]:
    """``event.retracted``: withdraw an event (misread article, out-of-scope); written once per event."""
    retracted = msgspec.structs.replace(event, status="retracted", retraction_reason=reason, revision=event.revision + 1)
    return _lifecycle_entries(retracted, EVENT_RETRACTED, keys, dedup_key=f"{event.event_id}:retracted")


def _lifecycle_entries(event: Event, entry_type: str, keys: Keys, dedup_key: str | None) -> list[StreamEntry]:
    data = _encode(event)
    return [
        StreamEntry(stream, event.event_id, entry_type, EVENT_SCHEMA, data, dedup_key=dedup_key)
        for stream in (keys.events, keys.events_of(event.event_type))
    ]


def alert_entry(alert: Alert, keys: Keys) -> StreamEntry:
    """The ``alert.raised`` entry; its derived alert id makes a repeated alert write nothing."""
    return StreamEntry(keys.alerts, alert.alert_id, ALERT_RAISED, ALERT_SCHEMA, _encode(alert))


def dead_letter_entry(letter: DeadLetter, keys: Keys) -> StreamEntry:
    """The dead-letter entry; its id makes a repeated failure write one record."""
    return StreamEntry(keys.dlq, letter.dead_letter_id, DLQ_CREATED, DEAD_LETTER_SCHEMA, _encode(letter))
