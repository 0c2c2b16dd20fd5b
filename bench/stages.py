"""Per-stage cost of process_batch (µs/article) from a cProfile run over the in-memory twins."""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

from schemas import RawArticle
from worker.backends.memory import MemoryClusterIndex, MemoryNearIndex, MemorySeenStore, MemoryStreamSink
from worker.keys import Keys
from worker.pipeline.batch import process_batch
from worker.pipeline.dedup import DedupPolicy
from worker.protocols import PublishResult, StreamEntry
from worker.taxonomy import load_taxonomy

# (stage, module path suffix, function name): the stage's cost is the cumulative time of these calls.
STAGE_ROOTS: list[tuple[str, str, str]] = [
    ("decode", "worker/pipeline/batch.py", "decode_raw"),
    ("normalize", "worker/pipeline/normalize.py", "normalize"),
    ("dedup (exact + near)", "worker/pipeline/dedup.py", "deduplicate"),
    ("dedup (event clusters)", "worker/pipeline/clusters.py", "cluster_events"),
    ("analyze", "worker/pipeline/analyze.py", "analyze"),
    ("publish-encode", "worker/pipeline/publish.py", "article_entries"),
    ("publish-encode", "worker/pipeline/publish.py", "event_entries"),
    ("publish-encode", "worker/pipeline/publish.py", "updated_entries"),
    ("publish-encode", "worker/pipeline/publish.py", "dead_letter_entry"),
    ("publish (memory sink)", "bench/stages.py", "publish"),
]
LOGGING_MODULES = ("structlog", "/logging/")


class RecordingSink(MemoryStreamSink):
    """The memory sink, keeping every entry offered so the ceiling run can XADD the same ones."""

    def __init__(self) -> None:
        super().__init__()
        self.offered: list[StreamEntry] = []

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        self.offered.extend(entries)
        return super().publish(entries)


@dataclass
class StageCosts:
    """µs per article of each stage, from one profiled pass; plus the unprofiled total."""

    articles: int
    per_stage_us: dict[str, float] = field(default_factory=dict)
    logging_us: float = 0.0
    profiled_total_us: float = 0.0
    plain_total_us: float = 0.0
    entries: list[StreamEntry] = field(default_factory=list)
    events: int = 0

    def rows(self) -> list[tuple[str, float, float, float]]:
        """(stage, profiled µs/article, share, estimated unprofiled µs/article) with 'other' closing the sum."""
        order = list(dict.fromkeys(stage for stage, _suffix, _function in STAGE_ROOTS))
        stages = {name: self.per_stage_us[name] for name in order if name in self.per_stage_us}
        stages["other (batch loop, verdicts, summaries)"] = max(0.0, self.profiled_total_us - sum(stages.values()))
        scale = self.plain_total_us / self.profiled_total_us if self.profiled_total_us else 1.0
        return [(name, us, us / self.profiled_total_us, us * scale) for name, us in stages.items()]


def _batches(payloads: list[Any], size: int) -> list[list[Any]]:
    return [payloads[i : i + size] for i in range(0, len(payloads), size)]


def _run(payloads: list[Any], batch_size: int) -> tuple[RecordingSink, int]:
    taxonomy = load_taxonomy()
    from worker.pipeline.analyze import analyze

    seen, sink, keys = MemorySeenStore(), RecordingSink(), Keys("bench:")
    near, clusters = MemoryNearIndex(window=3 * 86400), MemoryClusterIndex(window=7 * 86400)
    events = 0
    now = time.time()
    for number, batch in enumerate(_batches(payloads, batch_size)):
        outcome, _again = process_batch(
            batch, owner=f"profile-{number}", seen=seen, sink=sink, analyze=lambda a: analyze(a, taxonomy), keys=keys,
            near=near, clusters=clusters, policy=DedupPolicy(), now=now,
        )  # fmt: skip
        events += outcome.events
    return sink, events


def measure(articles: list[RawArticle], *, batch_size: int = 100) -> StageCosts:
    """Warm up, time process_batch plainly, then once under cProfile; group the profile by stage."""
    payloads = [msgspec.to_builtins(article) for article in articles]
    _run(payloads[: min(200, len(payloads))], batch_size)  # caches, gazetteer, taxonomy
    started = time.perf_counter()
    sink, events = _run(payloads, batch_size)
    plain = time.perf_counter() - started
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    _run(payloads, batch_size)
    profiler.disable()
    profiled = time.perf_counter() - started
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    count = len(payloads)
    costs = StageCosts(articles=count, profiled_total_us=profiled / count * 1e6, plain_total_us=plain / count * 1e6)
    costs.entries, costs.events = sink.offered, events
    for (filename, _line, name), (_cc, _nc, tottime, cumtime, _callers) in stats.items():
        for stage, suffix, function in STAGE_ROOTS:
            if name == function and filename.replace("\\", "/").endswith(suffix):
                costs.per_stage_us[stage] = costs.per_stage_us.get(stage, 0.0) + cumtime / count * 1e6
        if any(part in filename for part in LOGGING_MODULES):
            costs.logging_us += tottime / count * 1e6
    return costs
