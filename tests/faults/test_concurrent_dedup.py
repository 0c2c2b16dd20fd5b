"""Eight worker processes ingest every story five times at once (3 exact copies, 2 near-duplicates): one event per story.

Reliability test 16: the copies race through different tasks on different processes; the exact, near and
event indexes decide each race atomically in Lua, so exactly one ``event.created`` per story reaches the
stream, later sources arrive as ``event.updated`` of that same event (never before its ``event.created``),
and no story is lost.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from celery import Celery

from schemas import RawArticle
from tests.faults.harness import WorkerProcess
from worker.pipeline.analyze import analyze
from worker.pipeline.normalize import normalize
from worker.producer import enqueue, wait_for
from worker.services import Services
from worker.settings import Settings
from worker.taxonomy import load_taxonomy

PLACES = [("Kharkiv", "Ukraine"), ("Aleppo", "Syria"), ("Mogadishu", "Somalia"), ("Mosul", "Iraq"), ("Kherson", "Ukraine")]
LEADS = [
    "Artillery shells struck {what} in {place}, {country} on {day}, killing {killed} civilians and wounding {injured} others, officials said.",
    "{killed} people were killed and {injured} hurt on {day} when shelling hit {what} in {place}, {country}, the governor reported.",
    "Shelling of {what} in {place}, {country} left {killed} civilians dead on {day}; medics treated {injured} wounded.",
]
ADJECTIVES = "quiet narrow old green wooden tall busy small bright cold long broad grey empty painted".split()
NOUNS = "garden window bridge library bakery courtyard tower fountain bench orchard kiosk stairway meadow harbour archway".split()
WHATS = ["a market", "a school", "a hospital yard", "a bus depot", "a water plant", "a grain store", "a railway station"]
LANDMARKS = ["river bridge", "central square", "old fortress", "city stadium", "main mosque", "tram depot", "textile mill"]
WIRE = "{PLACE} (Global Wire) - {text}\n\nReporting by the {place} bureau; editing by the world news desk."
PORTAL = "Breaking news | World\n\n{text}\n\nSign up for our morning briefing. Copyright 2025 Daily Example News."


def stories(count: int) -> list[list[RawArticle]]:
    """Per story its five arrivals: the original three times, a wire copy and a portal copy with new headlines."""
    rng = random.Random(16)
    start = datetime(2025, 1, 6, 12, tzinfo=UTC)
    found = []
    for n in range(count):
        place, country = PLACES[n % len(PLACES)]
        published = start + timedelta(days=3 * n)  # further apart than the event window: separate events
        landmark = rng.choice(LANDMARKS)
        lead = rng.choice(LEADS).format(what=rng.choice(WHATS), place=place, country=country, day=published.strftime("%A"), killed=2 + n % 30, injured=5 + n % 17)
        scenery = [f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} by the {rng.choice(NOUNS)} near the {landmark} stood {rng.choice(ADJECTIVES)}." for _ in range(5)]
        text = " ".join([lead, *scenery])
        title = f"Shelling kills {2 + n % 30} in {place}"
        original = RawArticle(text=text, title=title, url=f"https://times.example/{n}", publisher="Example Times", published_at=published)
        wire = RawArticle(
            text=WIRE.format(PLACE=place.upper(), place=place, text=text), title=f"{place} shelling: {2 + n % 30} dead, governor says",
            url=f"https://wire.example/{n}", publisher="Global Wire", published_at=published,
        )  # fmt: skip
        portal = RawArticle(
            text=PORTAL.format(text=text), title=title.upper() + " - LIVE", url=f"https://portal.example/{n}?utm_source=rss",
            publisher="Daily Example News", published_at=published,
        )  # fmt: skip
        found.append([original, original, original, wire, portal])
    return found


def test_eight_processes_racing_over_copies_publish_one_event_per_story(
    app: Celery, services: Services, fault_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    corpus = stories(40)
    taxonomy = load_taxonomy()
    assert all(len(analyze(normalize(arrivals[0]), taxonomy)) == 1 for arrivals in corpus), "one event per story"
    arrivals = [article for story in corpus for article in story]
    random.Random(8).shuffle(arrivals)
    run = enqueue(app, arrivals, batch_size=5)  # 40 batches queued before any worker runs
    workers = [start_worker(fault_settings, concurrency=2, name=f"w{i}") for i in range(4)]
    for worker in workers:
        worker.wait_ready()

    wait_for(run, services.ledger, timeout=240)

    entries = [(fields["type"], json.loads(fields["data"])) for _sid, fields in services.sink.read(services.keys.events)]
    created = [data for kind, data in entries if kind == "event.created"]
    updates = [data for kind, data in entries if kind == "event.updated"]
    days = Counter(event["source"]["published_at"][:10] for event in created)
    assert len(created) == len(corpus), f"{len(created)} events for {len(corpus)} stories"
    assert len(days) == len(corpus) and set(days.values()) == {1}, "each story once, none lost"
    created_ids = {event["event_id"] for event in created}
    assert {event["event_id"] for event in updates} <= created_ids, "updates name the story's one event"
    revisions = Counter((event["event_id"], event["revision"]) for event in updates)
    assert set(revisions.values()) <= {1}, "each revision written once"
    assert len(updates) == 2 * len(corpus), "both near-duplicates of every story attached as sources"
    assert {event["revision"] for event in updates} == {2, 3}
    articles = [json.loads(fields["data"]) for _sid, fields in services.sink.read(services.keys.articles)]
    by_story = Counter(a["published_at"][:10] for a in articles)
    assert set(by_story.values()) == {3} and len(by_story) == len(corpus), "each story accepted once, plus its two near-duplicates"
    firsts = Counter(a["published_at"][:10] for a in articles if a["dedup"]["verdict"] == "unique")
    assert set(firsts.values()) <= {1, 2}, [(a["published_at"][:10], a["title"], a["dedup"]) for a in articles]
    dlq = services.sink.length(services.keys.dlq)
    assert dlq == 0
    for stream in [name for name in services.sink.streams() if name.startswith(services.keys.events)]:
        first_entry: dict[str, str] = {}
        for _sid, fields in services.sink.read(stream):
            first_entry.setdefault(json.loads(fields["data"])["event_id"], fields["type"])
        assert set(first_entry.values()) == {"event.created"}, f"an update came before its event.created on {stream}"
