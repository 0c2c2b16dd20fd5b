"""A snippet analysed as an article published on a fixed Wednesday, for the tests that read wire phrasing as examples."""

from __future__ import annotations

from datetime import datetime, timezone

from schemas import Article, Event
from worker.pipeline.analyze import analyze
from worker.taxonomy import load_taxonomy

PUBLISHED = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)  # a Wednesday


def events(text: str, title: str = "") -> list[Event]:
    """The events the snippet (and its headline) tell."""
    return analyze(Article(article_id="a", title=title, text=text, content_hash="h", published_at=PUBLISHED), load_taxonomy())


def first_event(text: str, title: str = "") -> Event | None:
    """The first event the snippet tells, if any."""
    found = events(text, title)
    return found[0] if found else None


def headlined(text: str) -> Event | None:
    """The first event of a snippet whose words after "// " are the article's headline."""
    body, _, title = text.partition("// ")
    return first_event(body.strip(), title)


def coded(text: str) -> tuple[str, str | None] | None:
    """The first event's type and sub-type; the words after "// " are the article's headline."""
    event = headlined(text)
    return (event.event_type, event.sub_event_type) if event is not None else None
