"""Soak with chaos: steady ingestion at a high rate while pool processes are killed and Redis links reset."""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tests.faults.harness import ResettingProxy, WorkerProcess, audit, corpus, expected_event_ids
from worker.app import create_app
from worker.embedded import EmbeddedRedis
from worker.producer import enqueue, outbox_sweep, wait_for
from worker.services import services_for
from worker.settings import Settings


@dataclass
class SoakReport:
    """What a soak did and what it found."""

    seconds: float
    articles: int
    events_expected: int
    events_on_stream: int
    lost: int
    duplicated: int
    unexpected: int
    child_kills: int
    connection_resets: int
    batches_resent: int
    drain_seconds: float
    articles_per_second: float

    @property
    def clean(self) -> bool:
        """Nothing lost, duplicated or unexpected."""
        return self.lost == self.duplicated == self.unexpected == 0


def soak(
    *,
    seconds: float,
    rate: float,
    batch_size: int = 20,
    kill_every: float = 10.0,
    reset_every: float = 15.0,
    concurrency: int = 2,
    seed: int = 1,
    work_dir: Path | None = None,
) -> SoakReport:
    """Ingest ``rate`` articles/s for ``seconds`` through a worker whose Redis link is reset and whose children die."""
    work_dir = work_dir or Path(tempfile.mkdtemp(prefix="eventwire-soak-"))
    rng = random.Random(seed)
    with EmbeddedRedis(work_dir / "redis") as server:
        proxy = ResettingProxy(server.port)
        direct = Settings(
            broker_url=server.url,
            streams_url=server.url,
            prefix="soak:",
            queue="soak",
            visibility_timeout=30,
            redeliver_after=40,
            task_soft_time_limit=20,
            task_time_limit=25,
            max_retries=10,
            retry_backoff_max=2,
            data_dir=work_dir / "data",
        )
        through_proxy = direct.replace(broker_url=f"redis://127.0.0.1:{proxy.port}/0", streams_url=f"redis://127.0.0.1:{proxy.port}/0")
        worker = WorkerProcess(through_proxy, concurrency=concurrency, name="soak").start(work_dir)
        worker.wait_ready()
        app, services = create_app(direct), services_for(direct)
        sent, runs = [], []
        kills = 0
        started = time.monotonic()
        next_kill, next_reset = started + kill_every, started + reset_every
        number = 0
        try:
            while (now := time.monotonic()) - started < seconds:
                articles = corpus(batch_size, tag=f"s{number}-")
                number += 1
                sent.extend(articles)
                runs.append(enqueue(app, articles, batch_size=batch_size))
                if now >= next_kill and (children := worker.children()):
                    rng.choice(children).kill()
                    kills += 1
                    next_kill = now + kill_every * rng.uniform(0.5, 1.5)
                if now >= next_reset:
                    proxy.reset_all()
                    next_reset = now + reset_every * rng.uniform(0.5, 1.5)
                time.sleep(max(0.0, started + len(sent) / rate - time.monotonic()))
            produced = time.monotonic() - started
            drain_started = time.monotonic()
            resent = []
            deployment_sweep = outbox_sweep(app, direct)

            def sweep() -> int:
                resent.append(deployment_sweep())
                return resent[-1]

            for run in runs:
                wait_for(run, services.ledger, timeout=300, resend=sweep)
            drain = time.monotonic() - drain_started
        finally:
            worker.stop()
            proxy.close()
        result = audit(services.sink, services.keys.events, expected_event_ids(sent))
        return SoakReport(
            seconds=round(produced, 1),
            articles=len(sent),
            events_expected=result.found - result.duplicated - result.unexpected + result.lost,
            events_on_stream=result.found,
            lost=result.lost,
            duplicated=result.duplicated,
            unexpected=result.unexpected,
            child_kills=kills,
            connection_resets=proxy.resets,
            batches_resent=sum(resent),
            drain_seconds=round(drain, 1),
            articles_per_second=round(len(sent) / (produced + drain), 1),
        )


def report_lines(report: SoakReport) -> list[str]:
    """The report as ``name: value`` lines."""
    return [f"{name}: {value}" for name, value in asdict(report).items()]


__all__ = ["SoakReport", "report_lines", "soak"]
