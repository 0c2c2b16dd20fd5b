"""parse_feed: RSS, Atom and JSON Feed in; hostile and malformed bodies handled safely."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

import feedparser
import pytest

from worker.errors import PermanentError
from worker.pipeline.parse import FeedRejected, parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Wire &amp; Co</title>
    <language>en</language>
    <item>
      <title>Drones strike Kursk</title>
      <link>https://www.example.com/news/1/?utm_source=rss</link>
      <guid isPermaLink="false">urn:wire:1</guid>
      <pubDate>Thu, 05 Jun 2025 21:30:00 +0300</pubDate>
      <description>Fragments damaged windows.</description>
    </item>
    <item>
      <title>Second story</title>
      <link>https://example.com/news/2</link>
    </item>
  </channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <entry>
    <id>tag:example.com,2025:1</id>
    <title type="html">&lt;b&gt;Inspection&lt;/b&gt; announced</title>
    <link href="https://example.com/atom/1"/>
    <updated>2025-06-05T10:00:00-04:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Governor to inspect.&lt;/p&gt;&lt;p&gt;Aid follows.&lt;/p&gt;</content>
  </entry>
</feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://example.com/x</link></item></channel></rss>"""


def test_rss_items_become_raw_articles() -> None:
    feed = parse_feed(RSS, feed_url="https://example.com/feed.xml")

    assert (feed.title, feed.version, feed.bozo, feed.skipped) == ("Wire & Co", "rss20", False, 0)
    first, second = feed.entries
    assert first.title == "Drones strike Kursk"
    assert first.text == "Fragments damaged windows."
    assert first.url == "https://www.example.com/news/1/?utm_source=rss"  # canonical form is normalize's job
    assert first.guid == "urn:wire:1"
    assert first.published_at == datetime(2025, 6, 5, 18, 30, tzinfo=UTC)
    assert (first.publisher, first.language) == ("Wire & Co", "en")
    assert first.feed == first.origin == "https://example.com/feed.xml"
    assert second.text == "Second story"  # no description: the title stands in
    assert second.published_at is None


def test_atom_prefers_content_and_converts_times_to_utc() -> None:
    feed = parse_feed(ATOM)

    [entry] = feed.entries
    assert feed.version == "atom10"
    assert entry.title == "Inspection announced"
    assert entry.text == "Governor to inspect.\n\nAid follows."
    assert entry.url == "https://example.com/atom/1"
    assert entry.guid == "tag:example.com,2025:1"
    assert entry.published_at == datetime(2025, 6, 5, 14, 0, tzinfo=UTC)


def test_html_is_reduced_to_plain_text() -> None:
    body = b"""<rss version="2.0"><channel><title>T</title><item><title>X</title>
      <link>https://example.com/x</link>
      <description><![CDATA[<p onclick="steal()">One &amp; <b>two</b><br/>three</p>
        <script>alert(1)</script><iframe src="https://evil.example">frame</iframe>
        <p>Four&nbsp;five <a href="javascript:alert(1)">link</a></p>]]></description>
    </item></channel></rss>"""

    [entry] = parse_feed(body).entries

    assert entry.text == "One & two\nthree\n\nFour five link"
    for forbidden in ("<", "alert", "javascript:", "onclick", "frame"):
        assert forbidden not in entry.text


def test_bozo_feed_keeps_usable_entries_and_records_why() -> None:
    truncated = (
        b'<rss version="2.0"><channel><title>T</title>'
        b"<item><title>Complete</title><link>https://example.com/1</link></item>"
        b"<item><description>no link, no id</description></item>"
        b"<item><title>Cut off"
    )

    feed = parse_feed(truncated)

    assert feed.bozo is True
    assert feed.bozo_reason and "SAXParseException" in feed.bozo_reason
    assert [entry.title for entry in feed.entries] == ["Complete"]
    assert feed.skipped == 2


def test_billion_laughs_is_rejected_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser was called on an entity declaration")

    monkeypatch.setattr(feedparser, "parse", must_not_run)
    started = time.perf_counter()

    with pytest.raises(FeedRejected, match="XML entities") as caught:
        parse_feed(BILLION_LAUGHS)

    assert time.perf_counter() - started < 0.25
    assert caught.value.reason == "xml_entities"
    assert isinstance(caught.value, PermanentError)


@pytest.mark.parametrize(
    "body",
    [
        b'<!DOCTYPE rss [<!entity x "y">]><rss version="2.0"/>',
        b'<!DOCTYPE rss [<! ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"/>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY x "y">]><rss/>'.encode("utf-16"),
        b'<?xml version="1.0" encoding="utf-7"?><!DOCTYPE r [+ADw-!ENTITY x "y"+AD4-]><rss/>',
    ],
    ids=["lower-case", "external", "utf-16", "utf-7"],
)
def test_entity_declarations_are_rejected_in_any_spelling_or_encoding(body: bytes) -> None:
    with pytest.raises(FeedRejected, match="XML entities"):
        parse_feed(body)


def test_a_doctype_without_entities_is_still_a_feed() -> None:
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        b'<rss version="0.91"><channel><title>Old</title><item><title>Hi</title>'
        b"<link>https://example.com/old</link></item></channel></rss>"
    )

    assert [entry.title for entry in parse_feed(body).entries] == ["Hi"]


def test_oversized_body_is_rejected_without_parsing() -> None:
    with pytest.raises(FeedRejected, match="over the 1024 byte cap") as caught:
        parse_feed(RSS + b" " * 1024, max_bytes=1024)

    assert caught.value.reason == "too_large"


def test_str_is_refused_because_feedparser_would_open_it_as_a_path() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_feed("/etc/passwd")  # type: ignore[arg-type]


class _AuditLog:
    armed = False
    seen: list[tuple[str, object]] = []

    @classmethod
    def hook(cls, event: str, args: tuple[object, ...]) -> None:
        if cls.armed and event in {"open", "socket.connect", "urllib.Request"}:
            cls.seen.append((event, args[0] if args else None))


def test_feedparser_never_touches_files_or_network() -> None:
    """feedparser 6 open()s even *bytes* naming a file, so parse_feed hands it a stream."""
    sys.addaudithook(_AuditLog.hook)  # hooks cannot be removed; this one is inert unless armed
    _AuditLog.armed = True
    try:
        for body in (b"/etc/passwd", b"file:///etc/passwd", b"http://127.0.0.1:9/feed"):
            assert parse_feed(body).entries == []
    finally:
        _AuditLog.armed = False

    assert _AuditLog.seen == []


def test_empty_feed_has_no_entries_and_is_not_bozo() -> None:
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>')

    assert (feed.title, feed.entries, feed.bozo, feed.skipped) == ("Quiet", [], False, 0)


def test_a_web_page_is_not_a_feed() -> None:
    feed = parse_feed(b"<html><body><h1>Not a feed</h1><a href='/x'>x</a></body></html>")

    assert feed.entries == []
    assert feed.bozo is True
    assert feed.version == ""


def test_json_feed() -> None:
    body = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire", "language": "en",
      "items": [
        {"id": "1", "url": "https://example.com/j/1", "title": "Renovation starts",
         "content_html": "<p>Crews arrive.</p><p>Work begins.</p>",
         "date_published": "2025-06-06T09:00:00+03:00"},
        {"id": "2"},
        "not an item"
      ]}"""

    feed = parse_feed(body)

    assert (feed.title, feed.version, feed.skipped) == ("JSON Wire", "jsonfeed", 2)
    [item] = feed.entries
    assert (item.guid, item.title, item.language) == ("1", "Renovation starts", "en")
    assert item.text == "Crews arrive.\n\nWork begins."
    assert item.published_at == datetime(2025, 6, 6, 6, 0, tzinfo=UTC)


def test_json_that_is_not_a_feed_is_bozo_not_a_crash() -> None:
    for body in (b'{"hello": "world"}', b'{"version": "https://jsonfeed.org/version/1", '):
        feed = parse_feed(body)
        assert feed.bozo and feed.entries == []
