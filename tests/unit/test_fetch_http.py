"""The feed HTTP client against a real server on 127.0.0.1: validators, limits, redirects and the SSRF guard."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.feed_samples import good_feed, huge_feed
from tests.feed_server import FeedServer, conditional, drip, gzip_bomb, gzipped, redirect, respond, static
from worker.backends.http import FetchLimits, HttpFetcher
from worker.pipeline.fetch import AddressPolicy, FetchFailed

LOCAL_ONLY = AddressPolicy.from_setting("127.0.0.1/32")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def fetcher(**limits: object) -> HttpFetcher:
    return HttpFetcher(limits=FetchLimits(**{"deadline": 5.0, **limits}), policy=LOCAL_ONLY)  # type: ignore[arg-type]


def test_200_returns_the_body_and_sends_our_user_agent(server: FeedServer) -> None:
    server.routes["/feed"] = static(good_feed())
    response = fetcher(user_agent="eventwire-test/1").fetch(server.url("/feed"))
    assert response.status == 200 and response.body == good_feed()
    assert server.requests[0].headers["user-agent"] == "eventwire-test/1"
    assert server.requests[0].headers["host"] == f"127.0.0.1:{server.httpd.server_address[1]}"


def test_validators_are_sent_back_and_304_has_no_body(server: FeedServer) -> None:
    server.routes["/feed"] = conditional(good_feed(), '"v1"', "Sat, 01 Mar 2025 10:00:00 GMT")
    first = fetcher().fetch(server.url("/feed"))
    assert first.status == 200
    again = fetcher().fetch(server.url("/feed"), etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    assert (again.status, again.body) == (304, b"")
    sent = server.requests[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Sat, 01 Mar 2025 10:00:00 GMT"


def test_429_comes_back_with_its_retry_after(server: FeedServer) -> None:
    server.routes["/feed"] = static(b"slow down", 429, headers={"Retry-After": "120"})
    response = fetcher().fetch(server.url("/feed"))
    assert response.status == 429 and response.headers["retry-after"] == "120" and response.body == b""


def test_redirects_are_followed_and_recorded(server: FeedServer) -> None:
    server.routes["/old"] = redirect("/older", 301)
    server.routes["/older"] = redirect(server.url("/feed"), 308)
    server.routes["/feed"] = static(good_feed())
    response = fetcher().fetch(server.url("/old"))
    assert response.status == 200 and response.url == server.url("/feed")
    assert response.redirects == [server.url("/older"), server.url("/feed")]


def test_redirect_loops_stop_at_the_limit(server: FeedServer) -> None:
    server.routes["/loop"] = redirect("/loop")
    with pytest.raises(FetchFailed) as failed:
        fetcher(max_redirects=3).fetch(server.url("/loop"))
    assert failed.value.reason == "too_many_redirects"
    assert server.hits("/loop") == 4


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/feed",
        "http://[::1]/feed",
        "http://0.0.0.0/feed",
        "http://224.0.0.1/feed",
    ],
)
def test_redirect_to_a_private_address_is_refused_before_any_connection(server: FeedServer, target: str) -> None:
    server.routes["/feed"] = redirect(target)
    with pytest.raises(FetchFailed) as failed:
        fetcher().fetch(server.url("/feed"))
    assert failed.value.reason == "address_refused"
    assert target.split("/")[2].strip("[]") in str(failed.value)


def test_loopback_is_refused_without_the_allowlist(server: FeedServer) -> None:
    server.routes["/feed"] = static(good_feed())
    with pytest.raises(FetchFailed, match="loopback") as failed:
        HttpFetcher(limits=FetchLimits(deadline=5.0)).fetch(server.url("/feed"))
    assert failed.value.reason == "address_refused"
    assert server.requests == []


def test_a_drip_feeding_server_is_cut_off_at_the_total_deadline(server: FeedServer) -> None:
    server.routes["/drip"] = drip(server, "/drip", every=0.05)
    started = time.monotonic()
    with pytest.raises(FetchFailed) as failed:
        fetcher(deadline=1.0).fetch(server.url("/drip"))
    elapsed = time.monotonic() - started
    assert failed.value.reason == "timeout"
    assert 0.9 < elapsed < 1.5
    assert server.sent["/drip"] > 5, "the server kept sending within the per-read timeout"


def test_a_server_dripping_its_headers_is_cut_off_too(server: FeedServer) -> None:
    def slow_headers(h) -> None:  # type: ignore[no-untyped-def]
        h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(100):
            h.wfile.write(b"a")
            h.wfile.flush()
            time.sleep(0.05)

    server.routes["/slow-headers"] = slow_headers
    started = time.monotonic()
    with pytest.raises(FetchFailed) as failed:
        fetcher(deadline=1.0).fetch(server.url("/slow-headers"))
    assert failed.value.reason == "timeout" and time.monotonic() - started < 1.5


def test_a_gzip_bomb_is_stopped_while_streaming(server: FeedServer) -> None:
    server.routes["/bomb"] = gzip_bomb(server, "/bomb")
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="after decompression") as failed:
        fetcher(max_bytes=2 * 1024 * 1024).fetch(server.url("/bomb"))
    assert failed.value.reason == "too_large"
    assert time.monotonic() - started < 2
    assert server.sent["/bomb"] < 200_000, "read far past the cap"


def test_gzip_bodies_are_decompressed(server: FeedServer) -> None:
    server.routes["/feed"] = gzipped(good_feed())
    assert fetcher().fetch(server.url("/feed")).body == good_feed()


def test_a_body_over_the_cap_is_refused_by_its_content_length(server: FeedServer) -> None:
    body = huge_feed(3000)
    server.routes["/huge"] = static(body)
    with pytest.raises(FetchFailed, match="Content-Length") as failed:
        fetcher(max_bytes=len(body) - 1).fetch(server.url("/huge"))
    assert failed.value.reason == "too_large"
    assert fetcher(max_bytes=len(body)).fetch(server.url("/huge")).body == body


def test_a_chunked_body_over_the_cap_is_cut_while_reading(server: FeedServer) -> None:
    def chunked(h) -> None:  # type: ignore[no-untyped-def]
        h.send_response(200)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(b"10000\r\n" + b"x" * 0x10000 + b"\r\n")
        h.wfile.write(b"0\r\n\r\n")

    server.routes["/chunked"] = chunked
    with pytest.raises(FetchFailed) as failed:
        fetcher(max_bytes=1024 * 1024).fetch(server.url("/chunked"))
    assert failed.value.reason == "too_large"


def test_a_closed_port_is_a_connection_failure() -> None:
    with FeedServer() as gone:
        url = gone.url("/feed")
    with pytest.raises(FetchFailed) as failed:
        fetcher().fetch(url)
    assert failed.value.reason == "connection"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/feed", "http:///nohost", "/etc/passwd"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchFailed) as failed:
        fetcher().fetch(url)
    assert failed.value.reason == "bad_url"


def test_an_unknown_content_encoding_is_refused(server: FeedServer) -> None:
    server.routes["/br"] = lambda h: respond(h, 200, b"\x00\x01", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchFailed, match="Content-Encoding"):
        fetcher().fetch(server.url("/br"))
