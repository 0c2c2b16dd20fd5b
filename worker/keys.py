"""Every Redis key and stream name, derived from one prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NON_WORD = re.compile(r"[^a-z0-9]+")


def type_key(event_type: str) -> str:
    """Stream-safe key of an event type: ``Explosions/Remote violence`` -> ``explosions_remote_violence``."""
    return _NON_WORD.sub("_", event_type.lower()).strip("_")


@dataclass(frozen=True)
class Keys:
    """Key names under one prefix, so tests and deployments can namespace everything."""

    prefix: str = "eventwire:"

    @property
    def articles(self) -> str:
        """Stream of unique accepted articles."""
        return f"{self.prefix}articles"

    @property
    def events(self) -> str:
        """The event firehose."""
        return f"{self.prefix}events"

    def events_of(self, event_type: str) -> str:
        """Stream of events of one top-level type, e.g. ``eventwire:events:explosions_remote_violence``."""
        return f"{self.prefix}events:{type_key(event_type)}"

    @property
    def alerts(self) -> str:
        """Stream of raised alerts."""
        return f"{self.prefix}alerts"

    @property
    def dlq(self) -> str:
        """Dead-letter stream: what failed for good, with the reason."""
        return f"{self.prefix}dlq"

    def dedup_index(self, layer: str) -> str:
        """Base name of one dedup index (``exact``, ``near`` or ``event``); its keys are ``<base>:<generation>:...``.

        Every key of every index carries the hash tag ``{<prefix>dedup}``: a check-and-insert script reads
        and writes keys it can only name once it has read the index, and Redis Cluster serves those from
        one node only when they share a slot.
        """
        return f"{{{self.prefix}dedup}}:{layer}"

    def published(self, stream: str, entry_id: str) -> str:
        """Idempotency key of one entry on one stream; the hash tag keeps it in the stream's cluster slot."""
        return f"{self.prefix}published:{{{stream}}}:{entry_id}"

    def backpressure(self, stream: str) -> str:
        """Marker set while a lagging consumer group holds a stream past its retention; same slot as the stream."""
        return f"{self.prefix}backpressure:{{{stream}}}"

    def effect(self, scope: str, entry_id: str) -> str:
        """Side-effect ledger of one id in one scope (e.g. ``alerts:webhook``): done once, then skipped."""
        return f"{self.prefix}effect:{scope}:{entry_id}"

    def rate(self, rule: str, subject: str) -> str:
        """Sliding window (sorted set of event ids by time) of one rate rule and one place or type."""
        return f"{self.prefix}rate:{rule}:{subject}"

    @property
    def outbox(self) -> str:
        """Hash of batches sent and not yet finished: batch id -> task arguments."""
        return f"{self.prefix}{{outbox}}"

    @property
    def outbox_queued(self) -> str:
        """Outbox batches no worker has started, by enqueue time."""
        return f"{self.prefix}{{outbox}}:queued"

    @property
    def outbox_started(self) -> str:
        """Outbox batches a worker started, by the time after which they count as lost."""
        return f"{self.prefix}{{outbox}}:started"

    @property
    def outbox_mark(self) -> str:
        """The newest enqueue time among started batches: older unstarted ones were lost on the way."""
        return f"{self.prefix}{{outbox}}:mark"

    def run(self, run_id: str) -> str:
        """Hash of per-batch outcomes of one replay or submit run."""
        return f"{self.prefix}run:{run_id}"

    @property
    def feeds(self) -> str:
        """Hash of subscribed feeds: feed id -> Feed JSON."""
        return f"{self.prefix}feeds"

    @property
    def feeds_due(self) -> str:
        """Sorted set of feed ids scored by the epoch second of their next check."""
        return f"{self.prefix}feeds:due"

    def feed_state(self, feed_id: str) -> str:
        """A feed's polling state (FeedState JSON)."""
        return f"{self.prefix}feed:{feed_id}:state"

    def feed_slot(self, feed_id: str, due: int) -> str:
        """Lock (SET NX PX) on one due slot (epoch ms) of one feed: only one poller enqueues its fetch."""
        return f"{self.prefix}feed:{feed_id}:slot:{due}"

    def host_fetches(self, host: str) -> str:
        """Sorted set of fetches running against one host, scored by when their lease expires."""
        return f"{self.prefix}host:{host}:fetches"

    def health(self, name: str) -> str:
        """A liveness marker with a TTL: ``beat`` (written by the beat process) or ``heartbeat:<nonce>`` (a task's reply)."""
        return f"{self.prefix}health:{name}"

    def stream_pattern(self) -> str:
        """Pattern matching every stream of this prefix (and nothing else of ours)."""
        return f"{self.prefix}*"
