"""The seams between pipeline and storage: StreamSink, SeenStore and RunLedger as Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class StreamEntry:
    """One entry to append to a stream, written at most once per (stream, entry_id)."""

    stream: str
    entry_id: str
    """The message id (article_id or event_id): the idempotency key."""
    type: str
    """Entry type, e.g. ``article.accepted`` or ``event.created``."""
    schema: str
    data: bytes
    """The JSON of the schema model."""


@dataclass(frozen=True)
class PublishResult:
    """Where an entry landed and whether this call wrote it (False: it was already there)."""

    entry: StreamEntry
    stream_id: str
    written: bool


@runtime_checkable
class StreamSink(Protocol):
    """Appends entries to streams idempotently: a repeated entry_id writes nothing new."""

    def publish(self, entries: Sequence[StreamEntry]) -> list[PublishResult]:
        """Append every entry not yet on its stream, in one round trip."""
        ...

    def read(self, stream: str, count: int | None = None) -> list[tuple[str, dict[str, str]]]:
        """Entries of one stream, oldest first, as (stream id, fields)."""
        ...

    def length(self, stream: str) -> int:
        """Number of entries on a stream (0 if it does not exist)."""
        ...


@runtime_checkable
class SeenStore(Protocol):
    """Remembers article ids; a claim succeeds once per id, or again for the same owner."""

    def claim(self, ids: Sequence[str], owner: str) -> list[str | None]:
        """For each id: None if this owner holds it (first claim or redelivery), else the holder."""
        ...


@runtime_checkable
class RunLedger(Protocol):
    """Per-batch outcomes of a run, written idempotently so a waiting CLI can count them."""

    def record(self, run_id: str, batch_id: str, outcome: bytes) -> None:
        """Store one batch's outcome (a redelivered batch overwrites its own record)."""
        ...

    def outcomes(self, run_id: str) -> dict[str, bytes]:
        """Every recorded batch outcome of a run."""
        ...
