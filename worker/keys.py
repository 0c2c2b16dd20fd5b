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

    def seen(self, article_id: str) -> str:
        """Exact-dedup claim of an article id."""
        return f"{self.prefix}seen:{article_id}"

    def published(self, stream: str, entry_id: str) -> str:
        """Idempotency key of one entry on one stream; the hash tag keeps it in the stream's cluster slot."""
        return f"{self.prefix}published:{{{stream}}}:{entry_id}"

    def run(self, run_id: str) -> str:
        """Hash of per-batch outcomes of one replay or submit run."""
        return f"{self.prefix}run:{run_id}"

    def stream_pattern(self) -> str:
        """Pattern matching every stream of this prefix (and nothing else of ours)."""
        return f"{self.prefix}*"
