"""Message models shared by every stage and every stream entry, with their JSON Schema names."""

from schemas.alert import ALERT_SCHEMA, Alert
from schemas.article import ARTICLE_SCHEMA, Article, DedupVerdict, EventDedup, RawArticle
from schemas.dead_letter import DEAD_LETTER_SCHEMA, DeadLetter
from schemas.event import (
    EVENT_SCHEMA,
    Actor,
    Casualties,
    Event,
    Evidence,
    Location,
    Occurred,
    Person,
    Quantity,
    Source,
)

__all__ = [
    "ALERT_SCHEMA",
    "Alert",
    "ARTICLE_SCHEMA",
    "DEAD_LETTER_SCHEMA",
    "EVENT_SCHEMA",
    "DeadLetter",
    "Actor",
    "Article",
    "Casualties",
    "DedupVerdict",
    "EventDedup",
    "Event",
    "Evidence",
    "Location",
    "Occurred",
    "Person",
    "Quantity",
    "RawArticle",
    "Source",
]
