"""Measure the dedup layers: near-duplicate precision/recall on the labelled set, Redis memory per article, µs per article.

    python bench/dedup_eval.py                 # all three; starts an embedded Redis unless --redis-url
    python bench/dedup_eval.py --articles 20000 --redis-url redis://127.0.0.1:6379/15

Precision and recall run the real `deduplicate` (exact, then near layer) on each labelled pair of
bench/data/near_duplicates.jsonl: the first article, then the second; "same story" is predicted when
the second gets a near-layer verdict. Memory and speed: N distinct articles (one event each) arrive
evenly over simulated days (40 by default, past the 30-day exact window, so every index is in its steady
state); each index's Redis MEMORY USAGE at the end, over the articles or events it still remembers.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import redis
import structlog

from schemas import Actor, Article, Event, Evidence, Location, Occurred, RawArticle
from worker.backends.dedup_index import RedisClusterIndex, RedisNearIndex
from worker.backends.generations import Generations
from worker.backends.memory import MemoryNearIndex, MemorySeenStore
from worker.backends.redis import RedisSeenStore
from worker.embedded import EmbeddedRedis
from worker.keys import Keys
from worker.pipeline.clusters import cluster_events
from worker.pipeline.dedup import DedupPolicy, deduplicate
from worker.pipeline.minhash import sketch
from worker.pipeline.normalize import normalize

PAIRS = Path(__file__).parent / "data" / "near_duplicates.jsonl"
NOW = time.time()
WINDOW = 3 * 86400
"""The near-duplicate window (EVENTWIRE_NEAR_DUP_WINDOW's default)."""
SEEN_TTL = 30 * 86400
CLUSTER_WINDOW = 7 * 86400


def load_pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text().splitlines() if line.strip()]


def to_article(item: dict[str, str], tag: str) -> Article:
    return normalize(RawArticle(title=item["title"], text=item["text"], publisher=item["publisher"], url=f"https://{tag}.example/story"))


def judge_pair(pair: dict[str, Any], policy: DedupPolicy) -> bool:
    """True when the second article of the pair is judged a near-duplicate of the first."""
    seen, near = MemorySeenStore(), MemoryNearIndex(window=WINDOW)
    deduplicate([to_article(pair["a"], "a")], seen, "task-a", now=NOW, near=near, policy=policy)
    (second,) = deduplicate([to_article(pair["b"], "b")], seen, "task-b", now=NOW, near=near, policy=policy)
    return second.article.dedup is not None and second.article.dedup.layer == "near"


def precision_recall(policy: DedupPolicy) -> dict[str, Any]:
    """Precision and recall of the near layer on the labelled set, and the misses by kind."""
    counts: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for pair in load_pairs():
        predicted = judge_pair(pair, policy)
        counts[("t" if predicted == pair["same"] else "f") + ("p" if predicted else "n")] += 1
        if predicted != pair["same"]:
            missed[pair["kind"]] += 1
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {
        "threshold": policy.near_threshold,
        "pairs": sum(counts.values()),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "errors_by_kind": dict(missed),
    }


def synthetic_articles(count: int, seed: int = 7) -> list[Article]:
    """``count`` distinct articles of 150 words from a 6,000-word vocabulary, each with GUID and URL."""
    rng = random.Random(seed)
    vocabulary = [f"w{rng.getrandbits(40):x}" for _ in range(6000)]
    return [
        normalize(RawArticle(
            title=" ".join(rng.choices(vocabulary, k=8)), text=" ".join(rng.choices(vocabulary, k=150)),
            guid=f"urn:bench:{i}", url=f"https://news.example/{i}?utm_source=x", publisher=f"outlet {i % 50}",
        ))  # fmt: skip
        for i in range(count)
    ]


def synthetic_event(article: Article, i: int) -> Event:
    return Event(
        event_id=f"e_{i:024x}", article_id=article.article_id, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", family="acled", modality="occurred", confidence=0.9, severity=2,
        evidence=Evidence(sentence="x", start=0, end=1), location=Location(name=f"Town {i % 5000}", country_code="UA", precision=1),
        occurred=Occurred(date=date(2025, 1, 1 + i % 28), precision=1), actors=[Actor(name=f"Group {i % 300}", kind="armed group")],
    )  # fmt: skip


def index_keys(client: redis.Redis, base: str) -> list[str]:
    """Every key of one index: its generation hashes and its meta hash."""
    return list(client.scan_iter(match=base.replace("{", "\\{").replace("}", "\\}") + ":*", count=1000))


def remembered(client: redis.Redis, base: str, generations: Generations, now: float) -> int:
    """Items (articles or events) the index still remembers: the counts of its readable generations."""
    counts = client.hgetall(base + ":m")
    current = generations.current(now)
    return sum(int(value) for name, value in counts.items() if name[0] == "c" and int(name[1:]) >= current - generations.slices)


def memory_and_speed(url: str, count: int, batch: int, days: float) -> dict[str, Any]:
    """Steady state: ``count`` distinct articles (one event each) arriving evenly over ``days`` simulated days.

    The clock starts now and runs ahead, so Redis expires nothing on its own during the run: what bounds the
    indexes is each script dropping the generations that left the window. Bytes per item are each index's
    MEMORY USAGE (all its keys) over the items it remembers at the end.
    """
    client = redis.Redis.from_url(url, decode_responses=True)
    keys = Keys(f"bench{uuid.uuid4().hex[:8]}:")
    daily = max(1, round(count / days))
    seen = RedisSeenStore(client, keys, ttl=SEEN_TTL, daily=daily)
    near = RedisNearIndex(client, keys, window=WINDOW, daily=daily)
    clusters = RedisClusterIndex(client, keys, window=CLUSTER_WINDOW, daily=daily)
    indexes = {"exact": seen.generations, "near": near.generations, "event": clusters.generations}
    articles = synthetic_articles(count)
    policy = DedupPolicy()
    step = days * 86400 / count
    start = time.time()
    before = int(client.info("memory")["used_memory"])
    articles_seconds = events_seconds = 0.0
    script_us = {"exact+near": 0, "event": 0}
    for first in range(0, count, batch):
        now = start + first * step
        started, before_us = time.perf_counter(), _script_us(client)
        judged = deduplicate(articles[first : first + batch], seen, f"task-{first}", now=now, near=near, policy=policy)
        articles_seconds += time.perf_counter() - started
        script_us["exact+near"] += _script_us(client) - before_us
        chunk = [(item, [synthetic_event(item.article, first + n)]) for n, item in enumerate(judged)]
        started, before_us = time.perf_counter(), _script_us(client)
        cluster_events(chunk, clusters, window_days=1, max_sources=50, now=now)
        events_seconds += time.perf_counter() - started
        script_us["event"] += _script_us(client) - before_us
    end = start + (count - 1) // batch * batch * step
    after = int(client.info("memory")["used_memory"])
    report: dict[str, Any] = {"articles": count, "simulated_days": days, "articles_per_day": daily}
    usage: dict[str, Any] = {}
    for layer, generations in indexes.items():
        base = keys.dedup_index(layer)
        found = index_keys(client, base)
        total = sum(client.memory_usage(key, samples=0) or 0 for key in found)
        items = remembered(client, base, generations, end)
        hashes = [key for key in found if not key.endswith(":m")]
        encodings = Counter(client.object("encoding", key) for key in hashes)
        usage[layer] = {
            "remembered": items,
            "keys": len(found),
            "entries_per_hash": round(sum(client.hlen(key) for key in hashes) / max(1, len(hashes)), 1),
            "encodings": dict(encodings),
            "bytes_per_item": round(total / max(1, items), 1),
        }
        for key in found:
            client.delete(key)
    report["memory_usage"] = usage
    report["bytes_per_article_exact_plus_near"] = round(usage["exact"]["bytes_per_item"] + usage["near"]["bytes_per_item"], 1)
    report["used_memory_delta_bytes"] = after - before
    report["us_per_article"] = {
        "sketch (pure python)": round(_sketch_us(articles[:500]), 1),
        "exact+near on redis (normalized article in, verdict out)": round(articles_seconds / count * 1e6, 1),
        "event layer on redis (per event)": round(events_seconds / count * 1e6, 1),
        "of which lua scripts in redis, exact+near": round(script_us["exact+near"] / count, 1),
        "of which lua scripts in redis, event": round(script_us["event"] / count, 1),
    }
    return report


def _script_us(client: redis.Redis) -> int:
    """Microseconds Redis has spent in EVALSHA so far (the server's own count: use a Redis nothing else runs on)."""
    return int(client.info("commandstats").get("cmdstat_evalsha", {}).get("usec", 0))


def _sketch_us(articles: list[Article]) -> float:
    timings = []
    for article in articles:
        started = time.perf_counter()
        sketch(article.title + "\n" + article.text)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1e6


def main() -> None:
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))  # one verdict log line per article otherwise
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis-url", help="Redis to measure on (default: an embedded server)")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--days", type=float, default=40.0, help="simulated days the articles arrive over (default: past the 30-day exact window)")
    parser.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.6,0.7")
    args = parser.parse_args()
    report: dict[str, Any] = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds")}
    report["default"] = precision_recall(DedupPolicy())
    report["sweep"] = [precision_recall(DedupPolicy(near_threshold=float(t))) for t in args.thresholds.split(",")]
    if args.redis_url:
        report["redis"] = memory_and_speed(args.redis_url, args.articles, args.batch, args.days)
    else:
        with tempfile.TemporaryDirectory() as directory, EmbeddedRedis(Path(directory)) as server:
            report["redis"] = memory_and_speed(server.url, args.articles, args.batch, args.days)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
