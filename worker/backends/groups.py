"""Consumer-group commands on Redis: create a group, read, claim idle entries, acknowledge."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import msgspec
import redis
from redis.exceptions import ResponseError

from worker.backends.redis import classified_errors

_AUTOCLAIM_LUA = resources.files("worker.backends").joinpath("lua/autoclaim.lua").read_text()


@dataclass(frozen=True)
class Delivery:
    """One stream entry handed to a consumer, with how often it has been delivered (this time included)."""

    stream: str
    stream_id: str
    fields: dict[str, str]
    deliveries: int = 1

    @property
    def entry_id(self) -> str:
        """The entry's ``id`` field: event, article, alert or dead-letter id."""
        return self.fields.get("id", "")

    @property
    def type(self) -> str:
        """The entry's ``type`` field, e.g. ``event.created``."""
        return self.fields.get("type", "")

    @property
    def schema(self) -> str:
        """The entry's ``schema`` field, e.g. ``event/1``."""
        return self.fields.get("schema", "")

    def data(self) -> Any:
        """The decoded ``data`` JSON."""
        return msgspec.json.decode(self.fields.get("data", "null"))


@dataclass(frozen=True)
class ClaimPage:
    """One XAUTOCLAIM page: what was claimed, what had been trimmed while pending, where to continue."""

    cursor: str
    claimed: list[Delivery] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    """Pending ids whose entries were trimmed away: lost to this group (retention must prevent this)."""


class RedisGroups:
    """One consumer group on one stream."""

    def __init__(self, client: redis.Redis, stream: str, group: str) -> None:
        self.client = client
        self.stream = stream
        self.group = group
        self._autoclaim = client.register_script(_AUTOCLAIM_LUA)

    def ensure(self, start_id: str = "0") -> bool:
        """Create the group (and the stream) unless it exists; True if created."""
        with classified_errors("group.create"):
            try:
                self.client.xgroup_create(self.stream, self.group, id=start_id, mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise
                return False
        return True

    def read_new(self, consumer: str, count: int, block_ms: int | None) -> list[Delivery]:
        """Entries never delivered to this group, now owned by ``consumer``; waits up to block_ms for some."""
        with classified_errors("group.read"):
            reply = self.client.xreadgroup(self.group, consumer, {self.stream: ">"}, count=count, block=block_ms)
        return [Delivery(self.stream, sid, dict(fields)) for _name, entries in reply or [] for sid, fields in entries]

    def read_own(self, consumer: str, count: int) -> list[Delivery]:
        """Entries delivered to ``consumer`` but not acknowledged (a restart with the same name gets them back)."""
        with classified_errors("group.read_own"):
            reply = self.client.xreadgroup(self.group, consumer, {self.stream: "0"}, count=count)
            entries = [(sid, fields) for _name, found in reply or [] for sid, fields in found if fields]
            if not entries:
                return []
            pending = self.client.xpending_range(
                self.stream, self.group, min=entries[0][0], max=entries[-1][0], count=len(entries), consumername=consumer
            )
        counts = {item["message_id"]: int(item["times_delivered"]) for item in pending}
        return [Delivery(self.stream, sid, dict(fields), counts.get(sid, 1)) for sid, fields in entries]

    def claim(self, consumer: str, min_idle_ms: int, cursor: str = "0-0", count: int = 100) -> ClaimPage:
        """One XAUTOCLAIM page for ``consumer``; follow ``cursor`` until it is ``0-0``."""
        with classified_errors("group.claim"):
            next_cursor, entries, deleted, counts = self._autoclaim(
                keys=[self.stream], args=[self.group, consumer, min_idle_ms, cursor, count]
            )
        claimed = [
            Delivery(self.stream, sid, _pairs(fields), int(times)) for (sid, fields), times in zip(entries, counts, strict=True)
        ]
        return ClaimPage(cursor=str(next_cursor), claimed=claimed, deleted=[str(i) for i in deleted])

    def ack(self, stream_ids: list[str]) -> int:
        """Acknowledge entries: they leave the group's pending list."""
        if not stream_ids:
            return 0
        with classified_errors("group.ack"):
            return int(self.client.xack(self.stream, self.group, *stream_ids))

    def pending_count(self) -> int:
        """Entries delivered to the group and not yet acknowledged."""
        with classified_errors("group.pending"):
            return int(self.client.xpending(self.stream, self.group)["pending"])


def _pairs(flat: list[str] | dict[str, str]) -> dict[str, str]:
    if isinstance(flat, dict):
        return flat
    return dict(zip(flat[::2], flat[1::2], strict=True))
