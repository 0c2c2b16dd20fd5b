"""In-memory twins of the Redis backends, for fast unit tests of pure stages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from worker.protocols import PublishResult, StreamEntry


class MemoryStreamSink:
    """StreamSink in a dict of lists; stream ids count up like Redis's ``<ms>-<seq>``."""

    def __init__(self) -> None:
        self.entries: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
        self.published: dict[tuple[str, str], str] = {}
        self._sequence = 0

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        results = []
        for entry in entries:
            key = (entry.stream, entry.entry_id)
            if key in self.published:
                results.append(PublishResult(entry=entry, stream_id=self.published[key], written=False))
                continue
            self._sequence += 1
            stream_id = f"0-{self._sequence}"
            fields = {"id": entry.entry_id, "type": entry.type, "schema": entry.schema, "data": entry.data.decode()}
            self.entries[entry.stream].append((stream_id, fields))
            self.published[key] = stream_id
            results.append(PublishResult(entry=entry, stream_id=stream_id, written=True))
        return results

    def read(self, stream: str, count: int | None = None) -> list[tuple[str, dict[str, str]]]:
        found = list(self.entries.get(stream, []))
        return found if count is None else found[:count]

    def length(self, stream: str) -> int:
        return len(self.entries.get(stream, []))

    def streams(self) -> list[str]:
        """Every stream written so far, sorted."""
        return sorted(name for name, found in self.entries.items() if found)


class MemorySeenStore:
    """SeenStore in a dict: first owner wins, the same owner may claim again."""

    def __init__(self) -> None:
        self.holders: dict[str, str] = {}

    def claim(self, ids: Sequence[str], owner: str) -> list[str | None]:
        verdicts: list[str | None] = []
        for article_id in ids:
            holder = self.holders.setdefault(article_id, owner)
            verdicts.append(None if holder == owner else holder)
        return verdicts


class MemoryRunLedger:
    """RunLedger in a dict of dicts."""

    def __init__(self) -> None:
        self.runs: dict[str, dict[str, bytes]] = defaultdict(dict)

    def record(self, run_id: str, batch_id: str, outcome: bytes) -> None:
        self.runs[run_id][batch_id] = outcome

    def outcomes(self, run_id: str) -> dict[str, bytes]:
        return dict(self.runs.get(run_id, {}))
