"""A simulated day of steady arrivals through the Redis dedup indexes: keys and memory plateau once the windows are full.

Reliability test 16's bound: the clock runs ahead of Redis's own (so no key expires by TTL during the test);
what keeps the indexes bounded is each script dropping the generations that left the window.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime

import redis

from schemas import Actor, Event, Evidence, Location, Occurred, RawArticle
from worker.backends.dedup_index import RedisClusterIndex, RedisNearIndex
from worker.backends.redis import RedisSeenStore
from worker.keys import Keys
from worker.pipeline.clusters import cluster_events
from worker.pipeline.dedup import deduplicate
from worker.pipeline.normalize import normalize

HOUR = 3600
PER_HOUR = 120
BATCH = 40
WINDOWS = {"exact": 8 * HOUR, "near": 4 * HOUR, "event": 6 * HOUR}
WORDS = [f"{a}{b}{c}" for a in "bdfgklmnprstvz" for b in "aeiou" for c in ("n", "r", "s", "l", "th", "m")]


def articles(count: int, start: datetime) -> list[RawArticle]:
    """Distinct made-up articles of 80 words, each with its own GUID and link."""
    rng = random.Random(24)
    return [
        RawArticle(
            title=" ".join(rng.choices(WORDS, k=7)), text=" ".join(rng.choices(WORDS, k=80)), guid=f"urn:day:{n}",
            url=f"https://wire.example/{n}?utm_source=rss", publisher=f"outlet {n % 12}", published_at=start,
        )  # fmt: skip
        for n in range(count)
    ]


def event_of(article_id: str, n: int) -> Event:
    return Event(
        event_id=f"e_{n:024x}", article_id=article_id, event_type="Protests", sub_event_type="Peaceful protest",
        family="acled", modality="occurred", confidence=0.8, severity=1, evidence=Evidence(sentence="x", start=0, end=1),
        location=Location(name=f"Town {n}", country_code="XX", precision=1), occurred=Occurred(date=date(2025, 1, 1), precision=1),
        actors=[Actor(name="teachers", kind="civilians")],
    )  # fmt: skip


def footprint(client: redis.Redis, base: str) -> tuple[int, int]:
    """(keys, bytes) of one index."""
    found = list(client.scan_iter(match=base.replace("{", "\\{").replace("}", "\\}") + ":*", count=1000))
    return len(found), sum(client.memory_usage(key, samples=0) or 0 for key in found)


def test_a_simulated_day_of_steady_arrivals_keeps_keys_and_memory_bounded(redis_client: redis.Redis, namespace: str) -> None:
    client, keys = redis_client, Keys(namespace)
    daily = PER_HOUR * 24
    seen = RedisSeenStore(client, keys, ttl=WINDOWS["exact"], daily=daily)
    near = RedisNearIndex(client, keys, window=WINDOWS["near"], daily=daily)
    clusters = RedisClusterIndex(client, keys, window=WINDOWS["event"], daily=daily)
    start = time.time()
    raw = articles(PER_HOUR * 24, datetime.fromtimestamp(start, UTC))
    hourly: list[dict[str, tuple[int, int]]] = []
    for first in range(0, len(raw), BATCH):
        now = start + first * HOUR / PER_HOUR
        judged = deduplicate([normalize(item) for item in raw[first : first + BATCH]], seen, f"task-{first}", now=now, near=near)
        assert all(item.article.dedup is not None and item.article.dedup.verdict == "unique" for item in judged)
        cluster_events([(item, [event_of(item.article.article_id, first + n)]) for n, item in enumerate(judged)], clusters, window_days=1, max_sources=50, now=now)  # fmt: skip
        if (first + BATCH) % PER_HOUR == 0:
            hourly.append({layer: footprint(client, keys.dedup_index(layer)) for layer in WINDOWS})

    for layer, window in WINDOWS.items():
        full = window * 5 // 4 // HOUR + 1  # the window plus one generation: from then on, one generation leaves as one comes
        settled = [hour[layer] for hour in hourly[full:]]
        key_counts, sizes = [k for k, _ in settled], [b for _, b in settled]
        assert max(key_counts) <= min(key_counts) * 1.5, (layer, key_counts)
        assert max(sizes) <= min(sizes) * 1.5, (layer, sizes)
        # Growing with arrivals would double the footprint between the window's end and the day's end.
        assert hourly[-1][layer][1] < 1.5 * hourly[full][layer][1], (layer, hourly[full][layer], hourly[-1][layer])
        remembered = sum(int(v) for name, v in client.hgetall(keys.dedup_index(layer) + ":m").items() if name.startswith("c"))
        assert window / HOUR * PER_HOUR <= remembered <= (window * 5 / 4 / HOUR + 1) * PER_HOUR, (layer, remembered)

    found = list(client.scan_iter(match="*" + keys.prefix + "dedup*", count=1000))
    assert all(client.ttl(key) > 0 for key in found), "every key also carries its expiry"
    compact = [key for key in found if ":sources:" not in key and not key.endswith(":m")]
    assert {client.object("encoding", key) for key in compact} == {"listpack"}
