"""The `dlq/1` message: something that failed for good, with the reason and the payload."""

from __future__ import annotations

from typing import Any

import msgspec

DEAD_LETTER_SCHEMA = "dlq/1"


class DeadLetter(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An article or batch that could not be processed; nothing is dropped silently."""

    dead_letter_id: str
    reason: str
    """The error class, e.g. ``PermanentError``."""
    error: str
    stage: str
    """Where it failed: decode, normalize, analyze, batch."""
    attempts: int = 1
    article_id: str | None = None
    origin: str | None = None
    payload: Any = None
    """The raw input as received, for replay after a fix."""
    stream: str | None = None
    """For an entry a consumer gave up on: the stream it was read from."""
    stream_id: str | None = None
    group: str | None = None
    """The consumer group that gave up."""
