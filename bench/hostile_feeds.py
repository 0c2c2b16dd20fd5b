"""Print what one poll of each hostile or odd feed produces (a local server, the real client and parser)."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.feed import FeedState  # noqa: E402
from tests.feed_samples import (  # noqa: E402
    ENTITY_BOMB, HTML_PAGE, JSON_FEED, MALFORMED, NO_GUIDS, SHARED_LINK, WRONG_CHARSET, huge_feed, news_items, rss,
)
from tests.feed_server import FeedServer, conditional, drip, gzip_bomb, redirect, static  # noqa: E402
from worker.backends.http import FetchLimits, HttpFetcher  # noqa: E402
from worker.pipeline.feed_list import new_feed  # noqa: E402
from worker.pipeline.feed_state import PollRules, poll  # noqa: E402
from worker.pipeline.fetch import AddressPolicy  # noqa: E402
from worker.pipeline.parse_budget import parse_within  # noqa: E402

DEADLINE, CAP, BUDGET = 2.0, 10 * 1024 * 1024, 2.0


def main() -> int:
    now = datetime.now(UTC)
    fetcher = HttpFetcher(limits=FetchLimits(deadline=DEADLINE, max_bytes=CAP), policy=AddressPolicy.from_setting("127.0.0.1/32"))

    def parse(body: bytes, url: str):  # type: ignore[no-untyped-def]
        return parse_within(body, budget=BUDGET, feed_url=url, max_bytes=CAP)

    with FeedServer() as server:
        cases = {
            "200 RSS": static(rss(news_items(3, start=now))),
            "304 with validators (2nd poll)": conditional(rss(news_items(3, start=now)), '"v1"', "Sat, 01 Mar 2025 12:00:00 GMT"),
            "429 Retry-After: 3600": static(b"", 429, headers={"Retry-After": "3600"}),
            "redirect 301 -> 308 -> feed": redirect("/hop", 301),
            "redirect to 10.0.0.1": redirect("http://10.0.0.1/feed"),
            "redirect to 169.254.169.254": redirect("http://169.254.169.254/latest/meta-data/"),
            "redirect to [::ffff:127.0.0.2]": redirect("http://[::ffff:127.0.0.2]/feed"),
            "redirect loop": redirect("/case/7"),
            "drip feed (1 byte / 0.1 s)": drip(server, "/drip", every=0.1, seconds=10),
            "gzip bomb (endless zeros)": gzip_bomb(server, "/bomb"),
            "huge feed (5000 items, 2.4 MB)": static(huge_feed(5000)),
            "entity bomb (<!ENTITY)": static(ENTITY_BOMB),
            "malformed XML": static(MALFORMED),
            "wrong charset (latin-1 declared utf-8)": static(WRONG_CHARSET),
            "HTML page instead of a feed": static(HTML_PAGE, content_type="text/html"),
            "empty 200": static(b""),
            "JSON Feed 1.1": static(JSON_FEED, content_type="application/feed+json"),
            "items without GUIDs": static(NO_GUIDS),
            "items all sharing one link": static(SHARED_LINK),
            "quadratic author regex (64 KB)": static(rss([{"title": "x", "link": "https://r.example/1", "author": "a." * 32_000}])),
        }
        server.routes["/hop"] = redirect("/feed-after-redirects", 308)
        server.routes["/feed-after-redirects"] = static(rss(news_items(2, start=now)))
        print("| case | outcome | HTTP | entries sent | ms | recorded (last_error / ill_formed) | next check |")
        print("|---|---|---|---|---|---|---|")
        for index, (name, handler) in enumerate(cases.items()):
            path = f"/case/{index}"
            server.routes[path] = handler
            feed = new_feed(server.url(path), interval=900)
            state = FeedState()
            if name.startswith("304"):
                state = poll(feed, state, fetcher=fetcher, parse=parse, rules=PollRules(), now=now).state
            started = time.monotonic()
            report = poll(feed, state, fetcher=fetcher, parse=parse, rules=PollRules(), now=now)
            took = int((time.monotonic() - started) * 1000)
            s = report.state
            detail = s.last_error if s.consecutive_errors else (f"ill-formed: {s.ill_formed}" if s.ill_formed else "")
            print(
                f"| {name} | {s.last_outcome} | {s.last_status or '-'} | {len(report.articles)} | {took} | "
                f"{(detail or '').replace('|', '/')[:110]} | {report.next_check_seconds}s ({s.next_check_reason}) |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
