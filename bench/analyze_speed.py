"""Report `analyze` throughput (articles/s, one core) on generated ~2 KB English news articles."""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas import Article  # noqa: E402
from worker.ids import article_id, content_hash  # noqa: E402
from worker.pipeline.analyze import analyze  # noqa: E402
from worker.pipeline.gazetteer import default_gazetteer  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402

PLACES = ["Kharkiv", "Aleppo", "Mogadishu", "Lagos", "Kabul", "Sanaa", "Donetsk", "Karachi", "Bamako", "Tripoli"]
LEADS = [
    "On {day} May, shelling hit residential areas of {place}, killing {n} civilians and wounding {m} others, officials said.",
    "Hundreds of teachers protested outside the regional parliament in {place} on Tuesday, demanding unpaid salaries.",
    "Gunmen abducted {n} aid workers on the road to {place} late on Sunday, according to local police.",
    "Air defence units shot down {n} drones over {place} overnight, the ministry said in a statement on its Telegram channel.",
    "Fierce clashes broke out between government forces and rebels near {place} on {day} May.",
]
FILLER = [
    "The city has been under curfew since last month, and residents say shortages of fuel and medicine are worsening.",
    "Local officials told reporters that schools would stay closed until further notice while repairs are carried out.",
    "The governor visited the area on Wednesday and promised compensation to the families whose homes were damaged.",
    "Analysts say the situation remains unclear and the coming days will show whether talks can resume.",
    "Prices of bread and cooking oil have doubled in the local market, traders said, blaming the closure of main roads.",
    "A spokesman for the regional administration said emergency services were working at the scene throughout the night.",
]


def articles(count: int, size: int = 2000, seed: int = 7) -> list[Article]:
    """``count`` articles of about ``size`` characters: an event lead, then background paragraphs."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        lead = rng.choice(LEADS).format(day=rng.randint(1, 28), place=rng.choice(PLACES), n=rng.randint(1, 9), m=rng.randint(2, 20))
        parts = [lead]
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(rng.choice(FILLER))
        text = " ".join(parts)
        out.append(Article(article_id=article_id(guid=f"bench-{i}", canonical_url=None, content=text), title="", text=text,
                           content_hash=content_hash(text), published_at=datetime(2024, 5, 20, 9, tzinfo=timezone.utc)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--size", type=int, default=2000, help="characters per article")
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    default_gazetteer()
    batch = articles(args.count, args.size)
    for article in batch[:20]:
        analyze(article, taxonomy)  # warm caches outside the timed loop
    started = time.perf_counter()
    events = sum(len(analyze(a, taxonomy)) for a in batch)
    elapsed = time.perf_counter() - started
    mean = sum(len(a.text) for a in batch) / len(batch)
    print(f"articles={len(batch)} mean_chars={mean:.0f} events={events} seconds={elapsed:.2f} articles_per_s={len(batch) / elapsed:,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
