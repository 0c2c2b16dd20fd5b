"""Time one poll cycle of N local feeds (a third hostile by default) through a real Celery worker process."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.feeds import POLL_FEEDS, feed_store  # noqa: E402
from tests.feed_fleet import install_fleet  # noqa: E402
from tests.feed_samples import news_items, rss  # noqa: E402
from tests.feed_server import FeedServer, static  # noqa: E402
from worker.app import create_app  # noqa: E402
from worker.deployment import LocalDeployment  # noqa: E402
from worker.pipeline.feed_list import new_feed  # noqa: E402
from worker.services import services_for  # noqa: E402
from worker.settings import Settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--all-good", action="store_true", help="No hostile feeds.")
    parser.add_argument("--concurrency", type=int, default=2, help="Worker processes.")
    parser.add_argument("--deadline", type=int, default=2, help="EVENTWIRE_FETCH_DEADLINE for the run.")
    parser.add_argument("--budget", type=int, default=2, help="EVENTWIRE_FEED_PARSE_BUDGET for the run.")
    parser.add_argument("--host-concurrency", type=int, default=2, help="EVENTWIRE_FEED_HOST_CONCURRENCY (all feeds share 127.0.0.1).")
    parser.add_argument("--entries", type=int, default=5, help="Entries per good feed.")
    args = parser.parse_args()

    os.environ.update(
        EVENTWIRE_PREFIX=f"ewbench:{uuid.uuid4().hex[:8]}:",
        EVENTWIRE_FETCH_ALLOW="127.0.0.1/32",
        EVENTWIRE_FETCH_DEADLINE=str(args.deadline),
        EVENTWIRE_FEED_PARSE_BUDGET=str(args.budget),
        EVENTWIRE_FEED_HOST_CONCURRENCY=str(args.host_concurrency),
        EVENTWIRE_LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("EVENTWIRE_DATA_DIR", tempfile.mkdtemp(prefix="eventwire-bench-"))
    settings = Settings.from_env()
    settings = settings.replace(queue=settings.prefix + "tasks")
    os.environ["EVENTWIRE_QUEUE"] = settings.queue
    worker_log = settings.data_dir / "poll_cycle_worker.log"
    print(f"worker log: {worker_log}", file=sys.stderr)
    with FeedServer() as server, LocalDeployment(settings, concurrency=args.concurrency, worker_log=worker_log) as local:
        settings = local.settings
        if args.all_good:
            now = datetime.now(UTC)
            fleet = []
            for i in range(args.feeds):
                server.routes[f"/feeds/{i}"] = static(rss(news_items(args.entries, start=now, prefix=f"f{i}-")))
                fleet.append((server.url(f"/feeds/{i}"), "good"))
        else:
            fleet = install_fleet(server, args.feeds, entries=args.entries)
        app = create_app(settings)
        _wait_for_worker(app)
        store = feed_store(settings)
        now = datetime.now(UTC)
        feeds = [new_feed(url, interval=600, now=now) for url, _ in fleet]
        for feed in feeds:
            store.add(feed, due_at=now)
        ids = [feed.feed_id for feed in feeds]
        sink, keys = services_for(settings).sink, services_for(settings).keys
        results = {}
        for cycle in ("first (all entries new)", "second (nothing new)"):
            now = datetime.now(UTC)
            for feed_id in ids:
                store.reschedule(feed_id, now)
            articles_before = sink.length(keys.articles)
            started = time.monotonic()
            app.send_task(POLL_FEEDS)
            while not all(s.last_fetch_at and s.last_fetch_at >= now for s in store.states(ids)):
                if not local.worker_alive():
                    raise SystemExit("the worker died")
                time.sleep(0.05)
            fetched = time.monotonic() - started
            states = store.states(ids)
            new = sum(s.new_entries for s in states)
            while sink.length(keys.articles) - articles_before < new:
                time.sleep(0.05)
            processed = time.monotonic() - started
            outcomes: dict[str, int] = {}
            for state in states:
                outcomes[state.last_outcome or "-"] = outcomes.get(state.last_outcome or "-", 0) + 1
            results[cycle] = {
                "feeds": len(ids),
                "all_fetched_s": round(fetched, 2),
                "new_entries": new,
                "entries_on_articles_stream_s": round(processed, 2),
                "outcomes": outcomes,
            }
            print(json.dumps({cycle: results[cycle]}))
        print(json.dumps({"worker_concurrency": args.concurrency, "host_concurrency": args.host_concurrency,
                          "deadline_s": args.deadline, "parse_budget_s": args.budget, "cpus": os.cpu_count()}))
    return 0


def _wait_for_worker(app, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not app.control.ping(timeout=0.5):
        if time.monotonic() > deadline:
            raise SystemExit("the worker did not start")


if __name__ == "__main__":
    sys.exit(main())
