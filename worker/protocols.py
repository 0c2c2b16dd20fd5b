"""The seams between pipeline and storage: StreamSink, dedup indexes, RunLedger and Fetcher as Protocols."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from worker.pipeline.fetch import FetchResponse


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
    dedup_key: str | None = None
    """Idempotency key when one id has several entries (an event's revisions); default entry_id."""

    @property
    def idempotency_key(self) -> str:
        """What makes this entry unique on its stream."""
        return self.dedup_key or self.entry_id


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


@dataclass(frozen=True)
class ExactClaim:
    """An article's identity keys for the exact layer, in order of preference, and its content digest."""

    keys: tuple[tuple[str, int, str], ...]
    """(kind, 60-bit digest of the key, article id it gives): ``guid``, ``url``, then always ``content``."""
    content: str
    """8 hex digits of the content hash: tells a reused GUID or URL from a repeated article."""
    publisher: str = ""
    """Who published it: the same content from another publisher under its own link is a copy, not a repeat."""


@dataclass(frozen=True)
class ExactVerdict:
    """Exact layer: a duplicate of ``matched`` by key ``kind``, or unique with identity key ``kind``."""

    duplicate: bool
    kind: str
    matched: str | None = None
    collisions: tuple[tuple[str, str], ...] = ()
    """Keys held by a different article (kind, its id): unusable as this article's identity."""
    copy: bool = False
    """The same content as ``matched`` from another publisher under its own GUID or URL: a syndicated copy."""


@runtime_checkable
class SeenStore(Protocol):
    """Remembers article identities; a claim succeeds once per key, or again for the same owner."""

    def judge(self, claims: Sequence[ExactClaim], owner: str, now: float) -> list[ExactVerdict]:
        """Check and claim each article's identity keys atomically, in order; an owner's own claims never count."""
        ...


@dataclass(frozen=True)
class NearClaim:
    """An article's MinHash sketch and what the near layer remembers of it."""

    ref: int
    """31-bit reference of the article id."""
    article_id: str
    signature: bytes
    bands: tuple[int, ...]
    info: bytes
    """4-byte digest of the title and the numbers in the text: equal means the copy adds nothing."""
    publisher: bytes
    """4-byte digest of the publisher."""


@dataclass(frozen=True)
class NearVerdict:
    """Near layer: the root article of the closest near-duplicate group, if close enough."""

    matched: str | None
    equal_bins: int
    """Equal signature bins with the closest candidate (-1: no candidate shared a band)."""
    same_info: bool = False
    same_publisher: bool = False


@runtime_checkable
class NearIndex(Protocol):
    """Near-duplicate index shared by all workers: LSH bands to articles, within a time window."""

    def check_and_insert(self, claims: Sequence[NearClaim], needed_bins: int, now: float) -> list[NearVerdict]:
        """For each article in order, atomically: its closest earlier match (``needed_bins`` equal bins or more), then insert it."""
        ...


@dataclass(frozen=True)
class ClusterClaim:
    """One event for the event layer: where it would cluster, and the source it brings."""

    ref: int
    event_id: str
    story: int
    """Digest of (near-duplicate group root, event type, ordinal): the same story's same event."""
    place: int | None
    """Digest of (event type, place, day); None when the event has no place or day."""
    window: tuple[int, ...]
    """Place digests of every day of the date window."""
    coarse: bool
    """Region- or country-level place: only a shared actor can make two events one."""
    actors: tuple[str, ...]
    article_id: str
    publisher: str
    syndicated: bool


@dataclass(frozen=True)
class ClusterVerdict:
    """Event layer: a new cluster (this event heads it) or a source merged into ``cluster_id``."""

    new: bool
    cluster_id: str
    revision: int
    """The cluster's revision with this source attached; 0 when the cluster is full."""
    sources: tuple[tuple[str, str, bool], ...]
    """(article id, publisher, syndicated) of every source up to this one."""
    matched_by: str = ""
    """``story`` or ``place``."""
    started: float = 0.0
    """When the cluster's first event joined (unix seconds)."""


@runtime_checkable
class ClusterIndex(Protocol):
    """Event clusters shared by all workers, within a time window."""

    def join(self, claims: Sequence[ClusterClaim], max_sources: int, now: float) -> list[ClusterVerdict]:
        """For each event in order, atomically: join its cluster or start one; a repeated source keeps its revision."""
        ...


@runtime_checkable
class Outbox(Protocol):
    """Batches sent to the broker and not yet finished, so a message the broker loses is sent again.

    The broker queue is first in, first out: once a batch enqueued later has started, an earlier
    one that never started was lost on the way. A started batch that neither finishes nor is
    redelivered by the broker before its deadline is lost too.
    """

    def add(self, batch_id: str, task_args: bytes, enqueued_at: float) -> None:
        """Remember a batch before it is sent."""
        ...

    def start(self, batch_id: str, deadline: float) -> None:
        """A worker started the batch; it counts as lost if still unfinished after ``deadline``."""
        ...

    def done(self, batch_id: str) -> None:
        """Forget a finished batch."""
        ...

    def lost(self, now: float, grace: float, *, queue_empty: bool = False, limit: int = 100) -> list[tuple[str, bytes]]:
        """Batches never started although one enqueued ``grace`` seconds later has (or, with the broker
        queue empty, although ``grace`` seconds have passed), and started ones past their deadline."""
        ...

    def resent(self, batch_id: str, enqueued_at: float) -> None:
        """The batch was sent again: it waits in the queue once more."""
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

    def count(self, run_id: str) -> int:
        """How many outcomes (attempts) a run has recorded: a cheap check before fetching them all."""
        ...


@runtime_checkable
class Fetcher(Protocol):
    """Fetches one URL under its own limits (deadline, size, redirects, address policy)."""

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        """The final response, sending the last response's validators; raises `FetchFailed` when there is none."""
        ...
