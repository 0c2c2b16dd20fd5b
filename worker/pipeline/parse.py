"""Parse feed bytes (RSS, Atom, JSON Feed) into RawArticles, rejecting entity bombs before feedparser."""

from __future__ import annotations

import calendar
import io
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser
import msgspec
from feedparser.encodings import convert_to_utf8

from schemas.article import RawArticle
from worker.errors import PermanentError
from worker.pipeline.text import html_to_text, looks_like_html
from worker.pipeline.timestamps import parse_iso8601

MAX_FEED_BYTES = 10 * 1024 * 1024
_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_JSON_FEED_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*\{")
_MAX_REASON_CHARS = 300


class FeedRejected(PermanentError):
    """The feed body must not be parsed at all: too large or declaring XML entities."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"feed rejected ({reason}): {detail}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed body yielded: usable entries, how many were skipped, and whether it was malformed."""

    title: str | None
    entries: list[RawArticle] = field(default_factory=list)
    bozo: bool = False
    bozo_reason: str | None = None
    skipped: int = 0
    version: str = ""
    """feedparser's format name (``rss20``, ``atom10`` …), ``jsonfeed``, or empty if unrecognised."""
    ttl_minutes: int | None = None
    """RSS ``<ttl>``: minutes the channel may be cached before it is fetched again."""


def parse_feed(
    body: bytes, *, feed_url: str | None = None, max_bytes: int = MAX_FEED_BYTES
) -> ParsedFeed:
    """Parse a fetched or replayed feed document.

    Raises `FeedRejected` (a `PermanentError`) for bodies over ``max_bytes`` or declaring XML
    entities. Malformed input is not an error: the feed comes back with ``bozo=True``, the
    reason, and whatever usable entries could be recovered (none from a body that is not a feed).
    """
    if not isinstance(body, bytes):
        raise TypeError("parse_feed takes bytes; feedparser treats a str as a URL or a file path")
    if len(body) > max_bytes:
        raise FeedRejected("too_large", f"{len(body)} bytes, over the {max_bytes} byte cap")
    if _declares_entities(body):
        raise FeedRejected("xml_entities", "the document declares XML entities (<!ENTITY)")
    if _JSON_FEED_START.match(body):
        return _parse_json_feed(body, feed_url)
    return _parse_xml_feed(body, feed_url)


def _declares_entities(body: bytes) -> bool:
    if _ENTITY_DECLARATION.search(body):
        return True
    # feedparser decodes UTF-16/32, EBCDIC and declared encodings (even UTF-7) itself:
    # check the very UTF-8 it will parse, and an ASCII view of any wide encoding.
    try:
        decoded = convert_to_utf8({}, body, {})
    except Exception:  # noqa: BLE001 - what feedparser cannot decode it cannot parse either
        decoded = b""
    if _ENTITY_DECLARATION.search(decoded):
        return True
    return _ENTITY_DECLARATION.search(body.replace(b"\x00", b"")) is not None


def _parse_xml_feed(body: bytes, feed_url: str | None) -> ParsedFeed:
    # A stream, not bare bytes: feedparser 6 open()s bytes that name an existing file.
    # nh3 strips all markup later; feedparser's sanitizer would keep e.g. the text inside <iframe>.
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)
    meta = parsed.get("feed", {})
    title = _plain(meta.get("title"), meta.get("title_detail")) or None
    version = parsed.get("version") or ""
    bozo = bool(parsed.get("bozo"))
    reason = _bozo_reason(parsed.get("bozo_exception")) if bozo else None
    raw_entries = parsed.get("entries", [])
    if not version:
        # Not a feed feedparser recognised (an HTML page, say): nothing in it is trustworthy.
        reason = reason or "not a recognised feed format"
        return ParsedFeed(title, [], True, reason, len(raw_entries), version)
    entries: list[RawArticle] = []
    for entry in raw_entries:
        article = _xml_entry(entry, meta, title, feed_url)
        if article is not None:
            entries.append(article)
    ttl = _text_field(meta.get("ttl"))
    ttl_minutes = int(ttl) if ttl and ttl.isdigit() and len(ttl) < 7 else None
    return ParsedFeed(title, entries, bozo, reason, len(raw_entries) - len(entries), version, ttl_minutes)


def _xml_entry(
    entry: Any, meta: Any, feed_title: str | None, feed_url: str | None
) -> RawArticle | None:
    link = _text_field(entry.get("link"))
    guid = _text_field(entry.get("id"))
    title = _plain(entry.get("title"), entry.get("title_detail"))
    text = ""
    for content in entry.get("content") or ():
        text = _plain(content.get("value"), content)
        if text:
            break
    if not text:
        text = _plain(entry.get("summary"), entry.get("summary_detail"))
    if not (link or guid) or not (title or text):
        return None
    published = _struct_time_to_utc(entry.get("published_parsed") or entry.get("updated_parsed"))
    return RawArticle(
        text=text or title,
        title=title or None,
        url=link,
        guid=guid,
        published_at=published,
        publisher=feed_title,
        feed=feed_url,
        language=_text_field(entry.get("language") or meta.get("language")),
        origin=feed_url,
        author=_text_field(entry.get("author")),
        tags=_terms(entry.get("tags")),
    )


def _terms(tags: Any) -> list[str]:
    """Category terms of an entry, deduplicated, in order."""
    found = [_text_field(tag.get("term")) for tag in tags or () if isinstance(tag, dict)]
    return list(dict.fromkeys(term for term in found if term))


def _plain(value: Any, detail: Any = None) -> str:
    """Feed text as plain text: HTML-typed or HTML-looking values lose their markup."""
    if not isinstance(value, str):
        return ""
    kind = detail.get("type", "") if isinstance(detail, dict) else ""
    if kind in _HTML_TYPES or looks_like_html(value):
        return html_to_text(value)
    return value.strip()


def _text_field(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _struct_time_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _bozo_reason(exc: Any) -> str:
    if exc is None:
        return "malformed feed"
    return f"{type(exc).__name__}: {exc}"[:_MAX_REASON_CHARS]


def _parse_json_feed(body: bytes, feed_url: str | None) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        document = msgspec.json.decode(body.removeprefix(b"\xef\xbb\xbf"))
    except msgspec.DecodeError as exc:
        return ParsedFeed(None, bozo=True, bozo_reason=f"invalid JSON: {exc}"[:_MAX_REASON_CHARS])
    if not isinstance(document, dict) or "jsonfeed.org/version/" not in str(
        document.get("version", "")
    ):
        return ParsedFeed(None, bozo=True, bozo_reason="JSON body without a JSON Feed version")
    title = _text_field(document.get("title"))
    language = _text_field(document.get("language"))
    items = document.get("items")
    items = items if isinstance(items, list) else []
    entries = [
        article
        for item in items
        if isinstance(item, dict)
        and (article := _json_item(item, title, language, feed_url)) is not None
    ]
    return ParsedFeed(title, entries, False, None, len(items) - len(entries), "jsonfeed")


def _json_item(
    item: dict[str, Any], feed_title: str | None, language: str | None, feed_url: str | None
) -> RawArticle | None:
    link = _text_field(item.get("url"))
    guid = item.get("id")
    guid = (str(guid).strip() or None) if isinstance(guid, (str, int)) else None
    title = _plain(item.get("title"))
    text = _plain(item.get("content_html"), {"type": "text/html"}) or _plain(
        item.get("content_text")
    )
    text = text or _plain(item.get("summary"))
    if not (link or guid) or not (title or text):
        return None
    return RawArticle(
        text=text or title,
        title=title or None,
        url=link,
        guid=guid,
        published_at=_iso_to_utc(item.get("date_published") or item.get("date_modified")),
        publisher=feed_title,
        feed=feed_url,
        language=_text_field(item.get("language")) or language,
        origin=feed_url,
        author=_json_author(item),
        tags=list(dict.fromkeys(t.strip() for t in item.get("tags") or () if isinstance(t, str) and t.strip())),
    )


def _json_author(item: dict[str, Any]) -> str | None:
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
    names = [a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
    return ", ".join(n.strip() for n in names if n.strip()) or None


def _iso_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_iso8601(value)
    except ValueError:
        return None
