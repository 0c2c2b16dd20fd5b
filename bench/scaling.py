"""Scaling measurement: articles/s through real workers with 1 and 2 processes, streams on a standalone Redis or a Cluster.

Run: `python bench/scaling.py [--articles 2000]`; prints a Markdown table (docs/SCALING.md quotes it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import generate  # noqa: E402
from bench.processes import CeleryWorker  # noqa: E402
from schemas import RawArticle  # noqa: E402
from worker.app import create_app  # noqa: E402
from worker.embedded import EmbeddedRedis  # noqa: E402
from worker.embedded_cluster import EmbeddedCluster, cluster_tools  # noqa: E402
from worker.producer import enqueue, wait_for  # noqa: E402
from worker.services import services_for  # noqa: E402
from worker.settings import Settings  # noqa: E402


WARMUP_BATCHES = 2
"""Batches sent before timing: one for each process of the largest run."""


@dataclass(frozen=True)
class Row:
    """One measured configuration."""

    streams: str
    processes: int
    articles: int
    seconds: float
    events: int

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds


def measure(settings: Settings, processes: int, articles: list[RawArticle], batch_size: int, log_dir: Path, label: str) -> Row:
    """Start a worker with ``processes`` pool processes, warm it up, then time ``articles`` end to end."""
    name = f"{label.split()[0]}-{processes}"
    worker = CeleryWorker(settings, app="worker.app", queue=settings.queue, concurrency=processes, log_dir=log_dir, name=name)
    worker.start()
    try:
        app = create_app(settings)
        ledger = services_for(settings).ledger
        # The same warm-up for every run: its articles stay in the dedup indexes, and events of the measured corpus
        # join their clusters; a warm-up growing with the process count made 2 processes report fewer events.
        wait_for(enqueue(app, generate(WARMUP_BATCHES * batch_size, seed=99), batch_size=batch_size), ledger, timeout=300)
        started = time.perf_counter()
        totals = wait_for(enqueue(app, articles, batch_size=batch_size), ledger, timeout=1800, alive=worker.alive, poll=0.02)
        seconds = time.perf_counter() - started
    finally:
        worker.stop()
    return Row(label, processes, len(articles), seconds, totals.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=100)
    options = parser.parse_args()
    articles = generate(options.articles)
    rows: list[Row] = []
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="eventwire-scaling-")))
        broker = stack.enter_context(EmbeddedRedis(work / "broker"))
        cluster = stack.enter_context(EmbeddedCluster(work / "cluster")) if cluster_tools() else None
        plans = [("standalone", broker.url, 1), ("standalone", broker.url, 2)]
        if cluster is not None:
            plans += [("cluster (3 masters)", cluster.url, 1), ("cluster (3 masters)", cluster.url, 2)]
        for label, streams_url, processes in plans:
            prefix = f"scale:{uuid.uuid4().hex[:8]}:"
            settings = Settings(
                broker_url=broker.url, streams_url=streams_url, prefix=prefix, queue=f"{prefix}tasks",
                data_dir=work / "data", log_level="INFO",  # the worker logs "ready." at INFO
            )  # fmt: skip
            rows.append(measure(settings, processes, articles, options.batch_size, work / "logs", label))
            print(f"{label}, {processes} process(es): {rows[-1].rate:.0f} articles/s", file=sys.stderr)
    print("| streams on | worker processes | articles | seconds | articles/s | events |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row.streams} | {row.processes} | {row.articles} | {row.seconds:.2f} | {row.rate:.0f} | {row.events} |")


if __name__ == "__main__":
    main()
