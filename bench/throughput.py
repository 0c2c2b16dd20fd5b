"""End-to-end throughput benchmark: batched eventwire vs naive per-article tasks vs the XADD ceiling, plus latency, memory, stage costs.

Run from a fresh clone: `python bench/throughput.py` (or `eventwire bench`); writes bench/RESULTS.md and PNG plots.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import CorpusMix, generate, mean_chars  # noqa: E402
from bench.machine import describe  # noqa: E402
from bench.naive_tasks import NAIVE_QUEUE, create_naive_app  # noqa: E402
from bench.processes import CeleryWorker, RssSampler, RssSamples, cpu_seconds, pool_cpu_seconds  # noqa: E402
from bench.runs import Latency, Throughput, article_ids, reset_streams, run_batched, run_ceiling, run_latency, run_naive  # noqa: E402
from bench.stages import StageCosts, measure  # noqa: E402
from schemas import RawArticle  # noqa: E402
from worker.app import create_app  # noqa: E402
from worker.backends.redis import connect  # noqa: E402
from worker.embedded import EmbeddedRedis  # noqa: E402
from worker.logs import configure_logging  # noqa: E402
from worker.settings import Settings  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent


@dataclass
class Options:
    """What to run and how big; the defaults are the published run."""

    articles: int = 20_000
    naive_articles: int = 3_000
    batch_size: int | None = None
    linger_ms: int | None = None
    sweep: tuple[int, ...] = (1, 10, 50, 100, 250)
    sweep_articles: int = 2_000
    rate: float = 1_000.0
    latency_seconds: float = 10.0
    latency_batch_size: int = 20
    profile_articles: int = 3_000
    ceiling_entries: int = 100_000
    concurrency: int = 2
    redis_url: str | None = None
    out: Path = BENCH_DIR
    plots: bool = True
    seed: int = 7
    command: str = ""


@dataclass
class Results:
    """Everything one run measured, for the report."""

    options: Options
    machine: dict[str, str] = field(default_factory=dict)
    mean_chars: float = 0.0
    stages: StageCosts | None = None
    batched: Throughput | None = None
    naive: Throughput | None = None
    ceiling: tuple[Throughput, Throughput] | None = None
    sweep: list[Throughput] = field(default_factory=list)
    latency: list[Latency] = field(default_factory=list)
    rss: RssSamples | None = None
    redis_bytes: int = 0
    firehose_bytes_per_entry: float = 0.0
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    cpu_us: dict[str, float] = field(default_factory=dict)
    sweep_cpu_us: list[dict[str, float]] = field(default_factory=list)
    redis_commands: list[tuple[str, int, float]] = field(default_factory=list)
    """During run (a): (command, calls, µs of Redis CPU per article), most costly first."""
    """CPU µs per article of each process group during run (a)."""


def _without_db(url: str) -> str:
    head, _, last = url.rstrip("/").rpartition("/")
    return head if last.isdigit() and "//" in head else url.rstrip("/")


def _command_costs(client: Any, articles: int) -> list[tuple[str, int, float]]:
    """Redis INFO commandstats since the last reset, per article; commands run inside scripts counted too."""
    stats = client.info("commandstats")
    rows = [(name.removeprefix("cmdstat_"), int(v["calls"]), float(v["usec"]) / articles) for name, v in stats.items()]
    return sorted(rows, key=lambda row: -row[2])


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _profile(articles: list[RawArticle], batch_size: int) -> StageCosts:
    """Profile in this process with logging as a worker has it (INFO, JSON), written nowhere."""
    saved = sys.stderr
    with open(os.devnull, "w") as sink:
        sys.stderr = sink
        try:
            configure_logging("INFO", "json")
            return measure(articles, batch_size=batch_size)
        finally:
            sys.stderr = saved
            configure_logging("WARNING", "console")


def run_bench(options: Options) -> Results:
    """Run every measurement once, side by side, and return the figures."""
    configure_logging("WARNING", "console")
    results = Results(options=options, load_before=os.getloadavg())
    base = Settings.from_env().replace(worker_concurrency=options.concurrency, log_level="INFO")
    batch_size = options.batch_size or base.batch_size
    linger = (base.batch_linger_ms if options.linger_ms is None else options.linger_ms) / 1000
    corpus = generate(options.articles, seed=options.seed, mix=CorpusMix())
    results.mean_chars = mean_chars(corpus)
    _say(f"corpus: {len(corpus)} articles, mean {results.mean_chars:.0f} chars; profiling stages")
    results.stages = _profile(corpus[: options.profile_articles], batch_size)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as scratch:
        work = Path(scratch)
        redis_server = None
        if options.redis_url:
            root = _without_db(options.redis_url)
        else:
            redis_server = EmbeddedRedis(work / "redis", binary=base.redis_server).start()
            root = _without_db(redis_server.url)
        settings = base.replace(broker_url=f"{root}/0", streams_url=f"{root}/1", data_dir=work, batch_size=batch_size)
        workers: list[CeleryWorker] = []
        try:
            client = connect(settings.streams_url)
            results.machine = describe(client)
            results.machine["redis-server"] += " (private embedded, AOF everysec)" if redis_server else f" ({root})"
            app = create_app(settings)
            worker = CeleryWorker(settings, app="worker.app", queue=settings.queue, concurrency=options.concurrency, log_dir=work, name="eventwire")
            naive_worker = CeleryWorker(settings, app="bench.naive_tasks", queue=NAIVE_QUEUE, concurrency=options.concurrency, log_dir=work, name="naive")
            workers = [worker.start(), naive_worker.start()]
            redis_pid = redis_server.process.pid if redis_server and redis_server.process else None
            _eventwire_runs(options, results, app, client, corpus, batch_size, linger, worker, redis_pid)
            naive_app = create_naive_app(settings)
            run_naive(naive_app, client, settings.prefix, corpus[:50], naive_worker.alive)  # warm the pool
            _say(f"(b) naive: {min(options.naive_articles, len(corpus))} tasks")
            results.naive = run_naive(naive_app, client, settings.prefix, corpus[: options.naive_articles], naive_worker.alive)
            _say("(c) ceiling")
            results.ceiling = run_ceiling(client, results.stages.entries, minimum=options.ceiling_entries)
            reset_streams(client)
        finally:
            for each in workers:
                each.stop()
            if redis_server is not None:
                redis_server.stop()
    results.load_after = os.getloadavg()
    from bench.report import write_report

    write_report(results, options.out, plots=options.plots)
    return results


def _with_cpu(run: Callable[[], Throughput], worker: CeleryWorker, redis_pid: int | None) -> tuple[Throughput, dict[str, float]]:
    """The run's result and the CPU µs per article each process group spent on it."""
    groups = {
        "worker main process (kombu: receive, decode, hand to pool)": [worker.process.pid] if worker.process else [],
        "producer (this process: encode, outbox, send, poll ledger)": [os.getpid()],
        "redis-server (broker + streams)": [redis_pid] if redis_pid else [],
    }
    before = {name: cpu_seconds(pids) for name, pids in groups.items()}
    pool_before = pool_cpu_seconds(worker)
    result = run()
    used = {"worker pool processes (the stages)": (pool_cpu_seconds(worker) - pool_before) / result.articles * 1e6}
    for name, pids in groups.items():
        after = cpu_seconds(pids)
        seconds = sum(after[pid] - before[name][pid] for pid in after if pid in before[name])
        used[name] = seconds / result.articles * 1e6
    return result, used


def _eventwire_runs(
    options: Options,
    results: Results,
    app: Any,
    client: Any,
    corpus: list[RawArticle],
    batch_size: int,
    linger: float,
    worker: CeleryWorker,
    redis_pid: int | None,
) -> None:
    alive: Callable[[], bool] = worker.alive
    run_batched(app, client, corpus[:200], batch_size, alive)  # warm the pool processes
    with RssSampler(worker) as sampler:
        reset_streams(client)
        baseline = int(client.info("memory")["used_memory"])
        _say(f"(a) eventwire: {len(corpus)} articles, batch size {batch_size}")
        client.config_resetstat()
        results.batched, results.cpu_us = _with_cpu(lambda: run_batched(app, client, corpus, batch_size, alive), worker, redis_pid)
        results.redis_commands = _command_costs(client, len(corpus))
        results.redis_bytes = int(client.info("memory")["used_memory"]) - baseline
        firehose = f"{app.eventwire_settings.prefix}events"
        if length := int(client.xlen(firehose)):
            results.firehose_bytes_per_entry = int(client.memory_usage(firehose, samples=0) or 0) / length
        for size in options.sweep:
            _say(f"sweep: batch size {size}")
            point, cpu = _with_cpu(lambda: run_batched(app, client, corpus[: options.sweep_articles], size, alive), worker, redis_pid)
            results.sweep.append(point)
            results.sweep_cpu_us.append(cpu)
        ids = article_ids(corpus)
        rate = options.rate
        for _attempt in range(3):  # the offered rate, then lower ones until one is sustained
            count = max(1, min(len(corpus), int(rate * options.latency_seconds)))
            _say(f"(d) latency at {rate:.0f} articles/s: {count} articles")
            latency = run_latency(app, client, corpus[:count], ids[:count], rate=rate, batch_size=options.latency_batch_size, linger=linger, alive=alive)
            results.latency.append(latency)
            if latency.achieved >= 0.98 * latency.offered:
                break
            rate = max(10.0, round(min(0.7 * results.batched.articles_per_s, 0.8 * latency.achieved), -1))
    results.rss = sampler.result


def parse_args(argv: list[str] | None = None, program: str = "python bench/throughput.py") -> Options:
    """Options from the command line."""
    parser = argparse.ArgumentParser(prog=program, description=__doc__.splitlines()[0])
    default = Options()
    parser.add_argument("--articles", type=int, default=default.articles, help="articles of the main batched run (a)")
    parser.add_argument("--naive-articles", type=int, default=default.naive_articles, help="articles of the naive run (b)")
    parser.add_argument("--batch-size", type=int, default=None, help="articles per task (default EVENTWIRE_BATCH_SIZE)")
    parser.add_argument("--linger-ms", type=int, default=None, help="producer linger for the latency run (default EVENTWIRE_BATCH_LINGER_MS)")
    parser.add_argument("--sweep", default=",".join(map(str, default.sweep)), help="batch sizes of the throughput-vs-batch-size plot")
    parser.add_argument("--sweep-articles", type=int, default=default.sweep_articles)
    parser.add_argument("--rate", type=float, default=default.rate, help="offered articles/s of the latency run (d)")
    parser.add_argument("--latency-seconds", type=float, default=default.latency_seconds)
    parser.add_argument("--latency-batch-size", type=int, default=default.latency_batch_size)
    parser.add_argument("--profile-articles", type=int, default=default.profile_articles, help="articles of the profiled run (f)")
    parser.add_argument("--ceiling-entries", type=int, default=default.ceiling_entries, help="entries XADDed for the ceiling (c)")
    parser.add_argument("--concurrency", type=int, default=default.concurrency, help="worker processes")
    parser.add_argument("--redis-url", default=None, help="use this Redis (db 0 broker, db 1 streams; both flushed!) instead of a private one")
    parser.add_argument("--out", type=Path, default=default.out, help="where RESULTS.md and the PNGs go")
    parser.add_argument("--no-plots", action="store_true")
    parser.add_argument("--seed", type=int, default=default.seed)
    args = parser.parse_args(argv)
    return Options(
        articles=args.articles, naive_articles=args.naive_articles, batch_size=args.batch_size, linger_ms=args.linger_ms,
        sweep=tuple(int(x) for x in args.sweep.split(",") if x.strip()), sweep_articles=args.sweep_articles, rate=args.rate,
        latency_seconds=args.latency_seconds, latency_batch_size=args.latency_batch_size, profile_articles=args.profile_articles,
        ceiling_entries=args.ceiling_entries,         concurrency=args.concurrency, redis_url=args.redis_url, out=args.out, plots=not args.no_plots, seed=args.seed,
        command=" ".join([program, *(argv if argv is not None else sys.argv[1:])]),
    )  # fmt: skip


def main(argv: list[str] | None = None, program: str = "python bench/throughput.py") -> int:
    """Run the benchmark and print where the report went."""
    options = parse_args(argv, program)
    started = time.monotonic()
    run_bench(options)
    _say(f"done in {time.monotonic() - started:.0f}s: {options.out / 'RESULTS.md'}")
    print((options.out / "RESULTS.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
