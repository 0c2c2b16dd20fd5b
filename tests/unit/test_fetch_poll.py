"""One poll of one feed against a real local server: what each well-behaved and hostile feed produces."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from schemas.feed import FeedState
from tests.feed_samples import (
    ENTITY_BOMB,
    HTML_PAGE,
    JSON_FEED,
    MALFORMED,
    NO_GUIDS,
    SHARED_LINK,
    WRONG_CHARSET,
    good_feed,
    huge_feed,
    news_items,
    rss,
)
from tests.feed_server import FeedServer, conditional, drip, gzip_bomb, redirect, static
from worker.backends.http import FetchLimits, HttpFetcher
from worker.pipeline.feed_health import HealthRules
from worker.pipeline.feed_list import new_feed
from worker.pipeline.feed_state import PollReport, PollRules, poll
from worker.pipeline.fetch import AddressPolicy, Schedule
from worker.pipeline.parse import ParsedFeed
from worker.pipeline.parse_budget import parse_within

NOW = datetime(2025, 3, 1, 12, 30, tzinfo=UTC)
RULES = PollRules(schedule=Schedule(min_interval=60, max_interval=86_400), health=HealthRules(failing_after=3))
FETCHER = HttpFetcher(limits=FetchLimits(deadline=1.0, max_bytes=4 * 1024 * 1024), policy=AddressPolicy.from_setting("127.0.0.1/32"))


class CountingParse:
    """The real budgeted parse, counting its calls (a 304 must cost none)."""

    def __init__(self, budget: float = 10.0) -> None:
        self.budget = budget
        self.calls = 0

    def __call__(self, body: bytes, url: str) -> ParsedFeed:
        self.calls += 1
        return parse_within(body, budget=self.budget, feed_url=url, max_bytes=4 * 1024 * 1024)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def poll_once(
    server: FeedServer, path: str, state: FeedState | None = None, *, interval: int = 600, parse: CountingParse | None = None, now: datetime = NOW
) -> PollReport:
    feed = new_feed(server.url(path), interval=interval, tags=["test"])
    return poll(feed, state or FeedState(), fetcher=FETCHER, parse=parse or CountingParse(), rules=RULES, now=now)


def test_a_good_feed_sends_its_entries_then_a_304_costs_no_parse(server: FeedServer) -> None:
    server.routes["/feed"] = conditional(good_feed(3), '"v1"', "Sat, 01 Mar 2025 12:00:00 GMT")
    parse = CountingParse()
    first = poll_once(server, "/feed", parse=parse)
    assert (first.outcome, first.state.entries, len(first.articles)) == ("new", 3, 3)
    assert first.state.etag == '"v1"' and first.state.title == "Wire"
    article = first.articles[0]
    assert article.guid == "n-0" and article.feed == server.url("/feed") and article.origin == server.url("/feed")
    assert article.tags == ["local", "test"] and article.author and "News Desk" in article.author
    assert article.published_at == datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    assert article.text == "Story n0 text about the bridge."
    second = poll_once(server, "/feed", first.state, parse=parse, now=NOW + timedelta(minutes=10))
    assert (second.outcome, second.state.last_status, second.articles) == ("not_modified", 304, [])
    assert parse.calls == 1
    assert second.state.consecutive_errors == 0 and second.state.entries_total == 3


def test_an_unchanged_200_sends_nothing_new(server: FeedServer) -> None:
    server.routes["/feed"] = static(good_feed(3))
    first = poll_once(server, "/feed")
    server.routes["/feed"] = static(rss(news_items(1, start=NOW + timedelta(hours=1), prefix="m") + news_items(3)))
    second = poll_once(server, "/feed", first.state)
    assert (second.outcome, [a.guid for a in second.articles]) == ("new", ["m-0"])
    assert second.state.entries_total == 4
    assert poll_once(server, "/feed", second.state).outcome == "ok"


def test_429_respects_retry_after_and_counts_as_an_error(server: FeedServer) -> None:
    server.routes["/feed"] = static(b"", 429, headers={"Retry-After": "7200"})
    report = poll_once(server, "/feed")
    assert (report.outcome, report.state.last_status, report.state.consecutive_errors) == ("throttled", 429, 1)
    assert (report.next_check_seconds, report.state.next_check_reason) == (7200, "retry-after")


def test_rss_ttl_and_max_age_lengthen_the_next_check(server: FeedServer) -> None:
    server.routes["/ttl"] = static(good_feed(ttl=120))
    server.routes["/cached"] = static(good_feed(), headers={"Cache-Control": "max-age=5400"})
    assert poll_once(server, "/ttl").next_check_seconds == 7200
    assert poll_once(server, "/cached").next_check_seconds == 5400


def test_a_redirect_to_a_private_address_is_recorded_as_refused(server: FeedServer) -> None:
    server.routes["/feed"] = redirect("http://169.254.169.254/latest/meta-data/")
    report = poll_once(server, "/feed")
    assert report.outcome == "error" and "address_refused" in (report.state.last_error or "")
    assert "metadata" in (report.state.last_error or "")


def test_a_drip_feed_is_cut_off_and_backs_off(server: FeedServer) -> None:
    server.routes["/drip"] = drip(server, "/drip", every=0.05, seconds=5)
    started = time.monotonic()
    report = poll_once(server, "/drip")
    assert time.monotonic() - started < 1.6
    assert report.outcome == "error" and (report.state.last_error or "").startswith("timeout")


def test_a_gzip_bomb_is_cut_at_the_cap(server: FeedServer) -> None:
    server.routes["/bomb"] = gzip_bomb(server, "/bomb")
    report = poll_once(server, "/bomb")
    assert report.outcome == "error" and (report.state.last_error or "").startswith("too_large")


def test_a_huge_feed_within_the_cap_yields_every_entry(server: FeedServer) -> None:
    body = huge_feed(5000)
    server.routes["/huge"] = static(body)
    report = poll_once(server, "/huge")
    assert len(body) > 1_000_000
    assert (report.outcome, report.state.entries, len(report.articles)) == ("new", 5000, 5000)
    assert report.state.rhythm_seconds == 60
    again = poll_once(server, "/huge", report.state)
    assert (again.outcome, again.articles) == ("ok", [])


def test_an_entity_bomb_is_refused_clearly(server: FeedServer) -> None:
    server.routes["/bomb"] = static(ENTITY_BOMB)
    report = poll_once(server, "/bomb")
    assert report.outcome == "rejected" and report.articles == []
    assert "xml_entities" in (report.state.last_error or "") and "<!ENTITY" in (report.state.ill_formed or "")
    assert "feed_ill_formed" in report.state.health


def test_malformed_xml_keeps_its_usable_entries_and_says_why(server: FeedServer) -> None:
    server.routes["/broken"] = static(MALFORMED)
    report = poll_once(server, "/broken")
    assert report.outcome == "new"
    assert [a.title for a in report.articles] == ["First story survives", "Second story survives"]
    assert report.state.ill_formed and report.state.health == ["feed_ill_formed"]


def test_a_feed_lying_about_its_charset_is_repaired(server: FeedServer) -> None:
    server.routes["/latin"] = static(WRONG_CHARSET, content_type="application/rss+xml; charset=utf-8")
    report = poll_once(server, "/latin")
    assert [a.title for a in report.articles] == ["Réunion à Montréal"]
    assert report.articles[0].text == "Déjà vu: la façade est rénovée"
    assert report.state.ill_formed is None and report.state.health == [], "a repaired charset raises no alert"


def test_an_html_page_instead_of_a_feed_is_ill_formed_not_entries(server: FeedServer) -> None:
    server.routes["/page"] = static(HTML_PAGE, content_type="text/html")
    report = poll_once(server, "/page")
    assert (report.outcome, report.articles, report.state.consecutive_errors) == ("ill_formed", [], 1)
    assert "not a feed" in (report.state.last_error or "")


def test_an_empty_200_is_ill_formed(server: FeedServer) -> None:
    server.routes["/empty"] = static(b"")
    report = poll_once(server, "/empty")
    assert (report.outcome, report.state.ill_formed, report.articles) == ("ill_formed", "empty body", [])


def test_a_json_feed_yields_sanitized_entries_with_authors_and_tags(server: FeedServer) -> None:
    server.routes["/feed.json"] = static(JSON_FEED, content_type="application/feed+json")
    report = poll_once(server, "/feed.json")
    first, second = report.articles
    assert (first.guid, first.author, first.tags) == ("j-1", "River Desk", ["weather", "flood", "test"])
    assert first.text == "Residents return home." and "alert" not in first.text
    assert first.published_at == datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    assert second.text == "All roads open."


def test_items_without_guids_are_identified_by_their_links(server: FeedServer) -> None:
    server.routes["/noguid"] = static(NO_GUIDS)
    report = poll_once(server, "/noguid")
    assert [(a.guid, a.url) for a in report.articles] == [(None, f"https://noguid.example/{i}") for i in range(3)]


def test_items_sharing_one_link_each_get_their_own_identity(server: FeedServer) -> None:
    server.routes["/live"] = static(SHARED_LINK)
    report = poll_once(server, "/live")
    guids = [a.guid for a in report.articles]
    assert len(guids) == 4 and len(set(guids)) == 4
    assert all(g and g.startswith("urn:eventwire:entry:") for g in guids)
    again = poll_once(server, "/live", report.state)
    assert again.outcome == "ok" and again.articles == []


def test_a_pathological_parse_is_stopped_at_its_budget(server: FeedServer) -> None:
    author = "a." * 16_000  # feedparser's author regex is quadratic on this (feedparser #562)
    server.routes["/redos"] = static(rss([{"title": "x", "link": "https://redos.example/1", "author": author}]))
    started = time.monotonic()
    report = poll_once(server, "/redos", parse=CountingParse(budget=0.5))
    assert time.monotonic() - started < 1.5
    assert report.outcome == "rejected" and "budget" in (report.state.last_error or "")


def test_a_feed_that_keeps_failing_backs_off_and_turns_failing(server: FeedServer) -> None:
    server.routes["/down"] = static(b"oops", 500, content_type="text/plain")
    state, delays = FeedState(), []
    for _ in range(4):
        report = poll_once(server, "/down", state)
        state = report.state
        delays.append(report.next_check_seconds)
    assert delays == [600, 1200, 2400, 4800]
    assert state.consecutive_errors == 4 and state.errors_total == 4 and state.last_error == "HTTP 500"
    assert [c.kind for c in report.conditions] == ["feed_failing"]
    server.routes["/down"] = static(good_feed())
    healed = poll_once(server, "/down", state)
    assert (healed.state.consecutive_errors, healed.state.health, healed.next_check_seconds) == (0, [], 600)


def test_a_feed_silent_far_beyond_its_rhythm_is_flagged(server: FeedServer) -> None:
    stale = NOW - timedelta(days=5)
    server.routes["/stale"] = static(rss(news_items(5, start=stale, gap=timedelta(hours=1))))
    report = poll_once(server, "/stale", interval=600)
    assert report.state.rhythm_seconds == 3600
    assert report.state.health == ["feed_silent"]
    server.routes["/fresh"] = static(rss(news_items(5, start=NOW - timedelta(hours=2), gap=timedelta(hours=1))))
    assert poll_once(server, "/fresh", interval=600).state.health == []
