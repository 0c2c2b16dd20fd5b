"""eventwire.poll_feeds (beat: enqueue due fetches once) and eventwire.fetch_feed (one feed, one fetch)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache
from urllib.parse import urlsplit

import structlog
from celery import Task, shared_task

from worker.backends.feeds import RedisFeedStore
from worker.backends.http import DEFAULT_USER_AGENT, FetchLimits, HttpFetcher
from worker.errors import TransientError
from worker.pipeline.feed_health import HealthRules, alert_entries
from worker.pipeline.feed_state import PollRules, poll
from worker.pipeline.fetch import AddressPolicy, Schedule
from worker.pipeline.parse import ParsedFeed
from worker.pipeline.parse_budget import parse_within
from worker.producer import enqueue
from worker.services import services_for
from worker.settings import Settings

POLL_FEEDS = "eventwire.poll_feeds"
FETCH_FEED = "eventwire.fetch_feed"
_HOST_BUSY_DELAY = (1.0, 5.0)

log = structlog.get_logger("eventwire.feeds")


def _settings(task: Task) -> Settings:
    return getattr(task.app, "eventwire_settings", None) or Settings.from_env()


@cache
def feed_store(settings: Settings) -> RedisFeedStore:
    """The feed store on the streams Redis, one per process."""
    services = services_for(settings)
    return RedisFeedStore(services.client, services.keys)


@cache
def fetcher_for(settings: Settings) -> HttpFetcher:
    """The HTTP client with the configured limits and address policy, one per process."""
    limits = FetchLimits(
        deadline=settings.fetch_deadline,
        max_bytes=settings.fetch_max_bytes,
        max_redirects=settings.fetch_max_redirects,
        user_agent=settings.fetch_user_agent or DEFAULT_USER_AGENT,
    )
    return HttpFetcher(limits=limits, policy=AddressPolicy.from_setting(settings.fetch_allow))


def poll_rules(settings: Settings) -> PollRules:
    """Scheduling bounds and health rules from the settings."""
    return PollRules(
        schedule=Schedule(min_interval=settings.feed_min_interval, max_interval=settings.feed_max_interval),
        health=HealthRules(failing_after=settings.feed_failing_after, silent_factor=settings.feed_silent_factor),
    )


def fetch_lease(settings: Settings) -> int:
    """Seconds a claimed fetch may take before its feed is due again: longer than any task may run."""
    return settings.task_time_limit + settings.feed_poll_every


@shared_task(name=POLL_FEEDS, bind=True, acks_late=True, reject_on_worker_lost=True)
def poll_feeds(self: Task) -> int:
    """Enqueue one fetch per due feed; a due slot already claimed by another poller is skipped."""
    settings = _settings(self)
    store = feed_store(settings)
    now = datetime.now(UTC)
    won = store.claim_due(now, limit=settings.feed_poll_limit, lease_seconds=fetch_lease(settings))
    for feed_id, slot in won:
        self.app.send_task(FETCH_FEED, args=[feed_id, slot])
    log.info("feeds.polled", enqueued=len(won))
    return len(won)


@shared_task(name=FETCH_FEED, bind=True, acks_late=True, reject_on_worker_lost=True)
def fetch_feed(self: Task, feed_id: str, slot: int | None = None) -> None:
    """Fetch one feed under its host's concurrency limit, send new entries on, save its state, raise alerts."""
    settings = _settings(self)
    store = feed_store(settings)
    structlog.contextvars.bind_contextvars(feed_id=feed_id, slot=slot)
    try:
        feed = store.get(feed_id)
        if feed is None:
            log.info("feed.gone")
            return
        host = urlsplit(feed.url).hostname or ""
        holder = self.request.id or uuid.uuid4().hex
        lease = settings.fetch_deadline + settings.feed_parse_budget + 30
        if not store.acquire_host(host, holder, limit=settings.feed_host_concurrency, lease_seconds=lease):
            delay = random.uniform(*_HOST_BUSY_DELAY)
            store.reschedule(feed_id, datetime.now(UTC) + timedelta(seconds=delay))
            log.info("feed.host_busy", host=host, retry_in=round(delay, 2))
            return
        try:
            _fetch(self, settings, store, feed_id)
        finally:
            store.release_host(host, holder)
    except TransientError as exc:
        if self.request.retries >= settings.max_retries:
            log.error("feed.fetch_abandoned", error=str(exc), note="due again when its lease ends")
            return
        countdown = min(settings.retry_backoff_max, 2**self.request.retries) * random.uniform(0.5, 1.0)
        log.warning("feed.retry", error=str(exc), countdown=round(countdown, 2))
        raise self.retry(exc=exc, countdown=countdown, max_retries=settings.max_retries) from exc


def _fetch(task: Task, settings: Settings, store: RedisFeedStore, feed_id: str) -> None:
    feed = store.get(feed_id)
    if feed is None:
        return
    state = store.states([feed_id])[0]
    now = datetime.now(UTC)
    rules = poll_rules(settings)

    def parse(body: bytes, url: str) -> ParsedFeed:
        return parse_within(body, budget=settings.feed_parse_budget, feed_url=url, max_bytes=settings.fetch_max_bytes)

    report = poll(feed, state, fetcher=fetcher_for(settings), parse=parse, rules=rules, now=now)
    if report.articles:
        enqueue(task.app, report.articles, batch_size=settings.batch_size)
    if report.conditions:
        services = services_for(settings)
        services.sink.publish(alert_entries(feed, report.conditions, report.state, now, rules.health, services.keys))
    store.save(feed_id, report.state)
    fields = {
        "url": feed.url,
        "outcome": report.outcome,
        "status": report.state.last_status,
        "entries": report.state.entries,
        "new": len(report.articles),
        "next_check_in": report.next_check_seconds,
        "next_check_reason": report.state.next_check_reason,
        "health": report.state.health or None,
    }
    if report.outcome in {"error", "throttled", "rejected", "ill_formed"}:
        log.warning("feed.fetch_failed", error=report.state.last_error, errors=report.state.consecutive_errors, **fields)
    else:
        log.info("feed.fetched", ms=report.state.fetch_ms, ill_formed=report.state.ill_formed, **fields)
