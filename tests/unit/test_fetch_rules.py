"""The fetch rules without I/O: which addresses are refused, and when a feed is checked next."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import jsonschema
import msgspec
import pytest

from schemas.alert import ALERT_SCHEMA
from schemas.feed import FeedState
from schemas.generate import schema_file
from worker.pipeline.feed_health import HealthRules, alert_for, conditions
from worker.pipeline.feed_list import new_feed
from worker.pipeline.fetch import AddressPolicy, FetchFailed, Schedule, check_url, next_check, retry_after_seconds

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
SCHEDULE = Schedule(min_interval=60, max_interval=86_400)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a globally routable"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "metadata"),
        ("2002:a00:1::", "private"),
    ],
)
def test_unsafe_addresses_are_refused_with_their_class(address: str, why: str) -> None:
    reason = AddressPolicy().refusal("feeds.example", address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().refusal("feeds.example", address) is None


def test_the_allowlist_opens_only_what_it_names() -> None:
    policy = AddressPolicy.from_setting(" 127.0.0.1/32, 10.9.0.0/16 ,feeds.lan")
    assert policy.refusal("127.0.0.1", "127.0.0.1") is None
    assert policy.refusal("x", "::ffff:127.0.0.1") is None
    assert policy.refusal("x", "10.9.8.7") is None
    assert policy.refusal("feeds.lan", "192.168.0.5") is None
    assert policy.refusal("x", "127.0.0.2") is not None
    assert policy.refusal("x", "10.0.0.1") is not None
    assert policy.refusal("x", "169.254.169.254") is not None
    assert policy.refusal("x", "::1") is not None


def test_check_url_gives_scheme_host_and_default_port() -> None:
    assert check_url("https://Feeds.Example/rss") == ("https", "feeds.example", 443)
    assert check_url("http://[::1]:8080/x") == ("http", "::1", 8080)
    with pytest.raises(FetchFailed):
        check_url("http://host:99999/")


def test_the_interval_is_the_floor_and_server_hints_only_lengthen_it() -> None:
    assert next_check(interval=900, schedule=SCHEDULE, now=NOW) == (900, "interval")
    assert next_check(interval=900, schedule=SCHEDULE, now=NOW, feed_ttl_minutes=60) == (3600, "rss ttl")
    assert next_check(interval=900, schedule=SCHEDULE, now=NOW, feed_ttl_minutes=5) == (900, "interval")
    headers = {"cache-control": "public, max-age=7200"}
    assert next_check(interval=900, schedule=SCHEDULE, now=NOW, headers=headers) == (7200, "max-age")
    assert next_check(interval=900, schedule=SCHEDULE, now=NOW, headers={"cache-control": "no-cache, max-age=7200"})[0] == 900


def test_expires_counts_from_the_servers_date() -> None:
    headers = {"date": "Sat, 01 Mar 2025 11:00:00 GMT", "expires": "Sat, 01 Mar 2025 13:00:00 GMT"}
    assert next_check(interval=60, schedule=SCHEDULE, now=NOW, headers=headers) == (7200, "expires")
    assert next_check(interval=60, schedule=SCHEDULE, now=NOW, headers={"expires": "0"}) == (60, "interval")


def test_errors_back_off_exponentially_up_to_the_bound() -> None:
    delays = [next_check(interval=600, schedule=SCHEDULE, now=NOW, consecutive_errors=n)[0] for n in range(1, 10)]
    assert delays[:4] == [600, 1200, 2400, 4800]
    assert delays[-1] == 86_400
    assert next_check(interval=600, schedule=SCHEDULE, now=NOW, consecutive_errors=40)[1].endswith("(capped)")


def test_retry_after_wins_when_it_asks_for_longer() -> None:
    assert next_check(interval=60, schedule=SCHEDULE, now=NOW, headers={"retry-after": "3600"}, consecutive_errors=1) == (3600, "retry-after")
    when = {"retry-after": "Sat, 01 Mar 2025 12:30:00 GMT"}
    assert retry_after_seconds(when, NOW) == 1800
    assert retry_after_seconds({"retry-after": "soon"}, NOW) is None


def test_the_minimum_interval_holds_whatever_the_feed_asks() -> None:
    assert next_check(interval=5, schedule=SCHEDULE, now=NOW) == (60, "interval")


def test_feed_alerts_are_valid_alert_1_with_one_id_per_feed_condition_and_window() -> None:
    feed = new_feed("https://down.example/rss", interval=600)
    state = FeedState(consecutive_errors=6, errors_total=9, last_error="HTTP 500", last_status=500)
    rules = HealthRules(failing_after=5)
    (condition,) = conditions(feed, state, NOW, rules)
    first = alert_for(feed, condition, state, NOW, rules)
    later_that_day = alert_for(feed, condition, state, NOW + timedelta(hours=3), rules)
    next_day = alert_for(feed, condition, state, NOW + timedelta(days=1), rules)
    assert first.alert_id == later_that_day.alert_id != next_day.alert_id
    assert (first.kind, first.severity, first.count, first.feed) == ("feed_failing", "critical", 6, feed.url)
    schema = json.loads(schema_file(ALERT_SCHEMA).read_text())
    jsonschema.validate(msgspec.to_builtins(first), schema)
    other = new_feed("https://other.example/rss", interval=600)
    assert alert_for(other, condition, state, NOW, rules).alert_id != first.alert_id
