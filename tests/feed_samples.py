"""Feed documents for fetch tests: good feeds, and each kind of hostile or broken one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def rss(items: list[dict[str, str]], *, title: str = "Wire", ttl: int | None = None, encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document; each item may have title, link, guid, description, pubDate, author, category."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>', '<rss version="2.0"><channel>', f"<title>{title}</title>"]
    if ttl is not None:
        parts.append(f"<ttl>{ttl}</ttl>")
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode(encoding)


def news_items(count: int, *, start: datetime = NOW, gap: timedelta = timedelta(hours=1), prefix: str = "n") -> list[dict[str, str]]:
    """``count`` distinct items, newest first, one every ``gap``."""
    return [
        {
            "title": f"Story {prefix}{i}: council approves bridge repair",
            "link": f"https://news.example/{prefix}/{i}",
            "guid": f"{prefix}-{i}",
            "description": f"<p>Story {prefix}{i} text about the <b>bridge</b>.</p>",
            "pubDate": format_datetime(start - i * gap),
            "author": "desk@news.example (News Desk)",
            "category": "local",
        }
        for i in range(count)
    ]


def good_feed(count: int = 3, **kwargs: object) -> bytes:
    return rss(news_items(count), **kwargs)  # type: ignore[arg-type]


ENTITY_BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<rss version="2.0"><channel><title>bomb</title>
<item><title>&c;</title><link>https://bomb.example/1</link><description>&c;&c;&c;</description></item>
</channel></rss>"""

MALFORMED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken wire</title>
<item><title>First story survives</title><link>https://broken.example/1</link><description>fine &amp; well</description></item>
<item><title>Second story survives</title><link>https://broken.example/2</link><description>unescaped & ampersand <b>unclosed</description></item>
<item><title></title><description>no link and no id</description></item>
</channel>"""

WRONG_CHARSET = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café wire</title>'
    "<item><title>Réunion à Montréal</title><link>https://latin.example/1</link>"
    "<description>Déjà vu: la façade est rénovée</description></item></channel></rss>"
).encode("latin-1")

HTML_PAGE = b"""<!doctype html><html><head><title>Welcome</title></head>
<body><h1>Our new website</h1><p>The feed has moved. <a href="/news">News</a></p></body></html>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON wire",
        "items": [
            {
                "id": "j-1",
                "url": "https://json.example/1",
                "title": "Flood waters recede",
                "content_html": "<p>Residents return <script>alert(1)</script>home.</p>",
                "date_published": "2025-03-01T10:00:00+02:00",
                "authors": [{"name": "River Desk"}],
                "tags": ["weather", "flood"],
            },
            {"id": "j-2", "url": "https://json.example/2", "title": "Roads reopen", "content_text": "All roads open."},
        ],
    }
).encode()

NO_GUIDS = rss(
    [
        {"title": f"Bulletin {i}", "link": f"https://noguid.example/{i}", "description": f"Bulletin number {i}."}
        for i in range(3)
    ]
)

SHARED_LINK = rss(
    [
        {"title": f"Update {i}", "link": "https://same.example/live", "description": f"Live update number {i}."}
        for i in range(4)
    ]
)


def huge_feed(items: int = 5000) -> bytes:
    return rss(news_items(items, gap=timedelta(minutes=1), prefix="h"))
