"""A fleet of local feeds where every third one misbehaves, each in its own way; shared by tests and bench."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.feed_samples import ENTITY_BOMB, HTML_PAGE, MALFORMED, news_items, rss
from tests.feed_server import FeedServer, drip, gzip_bomb, redirect, static

MISBEHAVIOURS = (
    "http_500", "not_found", "throttled", "drip", "gzip_bomb", "entity_bomb", "html_page",
    "empty", "malformed", "redirect_private", "redirect_loop", "refused", "redos",
)  # fmt: skip
EXPECTED_OUTCOME = {
    "good": "new", "http_500": "error", "not_found": "error", "throttled": "throttled", "drip": "error",
    "gzip_bomb": "error", "entity_bomb": "rejected", "html_page": "ill_formed", "empty": "ill_formed",
    "malformed": "new", "redirect_private": "error", "redirect_loop": "error", "refused": "error", "redos": "rejected",
}  # fmt: skip
CLOSED_PORT_URL = "http://127.0.0.1:1/feed"


def install_fleet(server: FeedServer, count: int, *, entries: int = 2) -> list[tuple[str, str]]:
    """Routes for ``count`` feeds on the server; returns (url, kind) per feed, kind ``good`` for two in three."""
    fleet = []
    now = datetime.now(UTC)
    for index in range(count):
        kind = MISBEHAVIOURS[(index // 3) % len(MISBEHAVIOURS)] if index % 3 == 2 else "good"
        path = f"/feeds/{index}/{kind}"
        url = CLOSED_PORT_URL + f"?{index}" if kind == "refused" else server.url(path)
        server.routes[path] = _handler(server, kind, path, index, now, entries)
        fleet.append((url, kind))
    return fleet


def _handler(server: FeedServer, kind: str, path: str, index: int, now: datetime, entries: int):  # type: ignore[no-untyped-def]
    match kind:
        case "good":
            return static(rss(news_items(entries, start=now, prefix=f"f{index}-"), title=f"Feed {index}"))
        case "http_500":
            return static(b"internal error", 500, content_type="text/plain")
        case "not_found":
            return static(b"gone", 404, content_type="text/plain")
        case "throttled":
            return static(b"", 429, headers={"Retry-After": "3600"})
        case "drip":
            return drip(server, path, every=0.1, seconds=10)
        case "gzip_bomb":
            return gzip_bomb(server, path)
        case "entity_bomb":
            return static(ENTITY_BOMB)
        case "html_page":
            return static(HTML_PAGE, content_type="text/html")
        case "empty":
            return static(b"")
        case "malformed":
            unique = MALFORMED.replace(b"broken.example/", f"broken.example/{index}/".encode())
            return static(unique.replace(b"</description>", f" (feed {index} of the fleet)</description>".encode()))
        case "redirect_private":
            return redirect("http://10.0.0.1/feed")
        case "redirect_loop":
            return redirect(path)
        case "redos":
            author = "a." * 20_000
            return static(rss([{"title": "x", "link": f"https://redos.example/{index}", "author": author}]))
        case _:
            return static(b"", 204)
