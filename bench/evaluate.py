"""Measure the analysis stage against labelled ACLED rows: type accuracy, extraction match rates, throughput."""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas import Article, Event  # noqa: E402
from worker.ids import article_id, content_hash  # noqa: E402
from worker.pipeline.analyze import analyze  # noqa: E402
from worker.pipeline.gazetteer import default_gazetteer, fold  # noqa: E402
from worker.taxonomy import load_taxonomy  # noqa: E402


def _article(row: dict[str, str]) -> Article:
    text = row["notes"].strip()
    published = None
    if row.get("timestamp", "").isdigit():
        published = datetime.fromtimestamp(int(row["timestamp"]), tz=timezone.utc)
    return Article(
        article_id=article_id(guid=row.get("event_id_cnty") or None, canonical_url=None, content=text),
        title="", text=text, content_hash=content_hash(text), published_at=published,
    )


def _top(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="ACLED CSV export with a `notes` column")
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows")
    parser.add_argument("--taxonomy", type=Path, default=None, help="taxonomy TOML (default: packaged)")
    parser.add_argument("--confusion", action="store_true", help="print the event-type confusion counts")
    args = parser.parse_args(argv)

    taxonomy = load_taxonomy(args.taxonomy)
    default_gazetteer()  # load outside the timed loop
    with args.data.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("notes", "").strip()]
    if args.limit:
        rows = rows[: args.limit]
    articles = [_article(r) for r in rows]

    started = time.perf_counter()
    results = [analyze(a, taxonomy) for a in articles]
    elapsed = time.perf_counter() - started

    n = len(rows)
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for row, events in zip(rows, results):
        top = _top(events)
        if top is None:
            counts["no_event"] += 1
            confusion[(row["event_type"], "(none)")] += 1
            continue
        confusion[(row["event_type"], top.event_type)] += 1
        counts["type"] += top.event_type == row["event_type"]
        counts["sub"] += top.sub_event_type == row["sub_event_type"]
        loc = top.location
        if loc is not None:
            names = {fold(loc.name), fold(loc.text or "")}
            counts["location"] += fold(row["location"]) in names
            counts["country"] += (loc.country or "") == row["country"]
        killed = top.casualties.killed if top.casualties and top.casualties.killed is not None else 0
        counts["fatalities"] += str(killed) == row["fatalities"].strip()

    def pct(key: str) -> str:
        return f"{100 * counts[key] / n:5.1f}%" if n else "  n/a"

    print(f"rows                     {n}")
    print(f"event_type accuracy      {pct('type')}")
    print(f"sub_event_type accuracy  {pct('sub')}")
    print(f"no event found           {pct('no_event')}")
    print(f"location name match      {pct('location')}")
    print(f"country match            {pct('country')}")
    print(f"fatalities exact match   {pct('fatalities')}")
    print(f"articles/s               {n / elapsed:,.0f}  ({1000 * elapsed / max(n, 1):.2f} ms/article)")
    if args.confusion:
        print("\nlabel -> predicted (count)")
        for (label, predicted), count in confusion.most_common(30):
            print(f"  {label:28} -> {predicted:34} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
