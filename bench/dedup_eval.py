"""Measure the dedup layers: near-duplicate precision/recall on the labelled set, Redis memory per article, µs per article.

    python bench/dedup_eval.py                 # all three; starts an embedded Redis unless --redis-url
    python bench/dedup_eval.py --articles 20000 --redis-url redis://127.0.0.1:6379/15

Precision and recall run the real `deduplicate` (exact, then near layer) on each labelled pair of
bench/data/near_duplicates.jsonl: the first article, then the second; "same story" is predicted when
the second gets a near-layer verdict. Memory is INFO used_memory before and after remembering N
distinct articles (exact + near indexes) and N events (event index), divided by N, per index.
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
from worker.backends.memory import MemoryNearIndex, MemorySeenStore
from worker.backends.redis import RedisSeenStore
from worker.embedded import EmbeddedRedis
from worker.keys import Keys
from worker.pipeline.clusters import cluster_events
from worker.pipeline.dedup import DedupPolicy, Judged, deduplicate
from worker.pipeline.minhash import sketch
from worker.pipeline.normalize import normalize

PAIRS = Path(__file__).parent / "data" / "near_duplicates.jsonl"
NOW = time.time()
WINDOW = 3 * 86400


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


def index_bytes(client: redis.Redis, base: str) -> int:
    return sum(client.memory_usage(key, samples=0) or 0 for key in client.scan_iter(match=base.replace("{", "\\{").replace("}", "\\}") + ":*", count=1000))


def memory_and_speed(url: str, count: int, batch: int) -> dict[str, Any]:
    """Bytes per remembered article for each index, and µs per article of the dedup stages on this Redis."""
    client = redis.Redis.from_url(url, decode_responses=True)
    keys = Keys(f"bench{uuid.uuid4().hex[:8]}:")
    buckets = max(1, count * 9 // 100)
    seen = RedisSeenStore(client, keys, ttl=30 * 86400, buckets=buckets)
    near = RedisNearIndex(client, keys, window=WINDOW, buckets=buckets)
    clusters = RedisClusterIndex(client, keys, window=7 * 86400, buckets=buckets)
    articles = synthetic_articles(count)
    policy = DedupPolicy()
    before = int(client.info("memory")["used_memory"])
    started = time.perf_counter()
    judged: list[Judged] = []
    for start in range(0, count, batch):
        judged += deduplicate(articles[start : start + batch], seen, f"task-{start}", now=NOW, near=near, policy=policy)
    articles_seconds = time.perf_counter() - started
    middle = int(client.info("memory")["used_memory"])
    started = time.perf_counter()
    for start in range(0, count, batch):
        chunk = [(item, [synthetic_event(item.article, start + n)]) for n, item in enumerate(judged[start : start + batch])]
        cluster_events(chunk, clusters, window_days=1, max_sources=50, now=NOW)
    events_seconds = time.perf_counter() - started
    after = int(client.info("memory")["used_memory"])
    sketch_us = _sketch_us(articles[:500])
    usage = {layer: index_bytes(client, keys.dedup_index(layer)) for layer in ("exact", "near", "event")}
    key_count = {layer: sum(1 for _ in client.scan_iter(match=keys.dedup_index(layer).replace("{", "\\{").replace("}", "\\}") + ":*")) for layer in usage}
    for layer in usage:
        for key in client.scan_iter(match=keys.dedup_index(layer).replace("{", "\\{").replace("}", "\\}") + ":*", count=1000):
            client.delete(key)
    return {
        "articles": count,
        "buckets": buckets,
        "used_memory_bytes_per_article": {
            "exact+near": round((middle - before) / count, 1),
            "event (one event per article)": round((after - middle) / count, 1),
        },
        "memory_usage_bytes_per_article": {layer: round(total / count, 1) for layer, total in usage.items()},
        "keys": key_count,
        "us_per_article": {
            "sketch (pure python)": round(sketch_us, 1),
            "exact+near on redis (normalized article in, verdict out)": round(articles_seconds / count * 1e6, 1),
            "event layer on redis (per event)": round(events_seconds / count * 1e6, 1),
        },
    }


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
    parser.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.6,0.7")
    args = parser.parse_args()
    report: dict[str, Any] = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds")}
    report["default"] = precision_recall(DedupPolicy())
    report["sweep"] = [precision_recall(DedupPolicy(near_threshold=float(t))) for t in args.thresholds.split(",")]
    if args.redis_url:
        report["redis"] = memory_and_speed(args.redis_url, args.articles, args.batch)
    else:
        with tempfile.TemporaryDirectory() as directory, EmbeddedRedis(Path(directory)) as server:
            report["redis"] = memory_and_speed(server.url, args.articles, args.batch)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
