"""The `alert/1` message: something a person should look at, raised once per alert id."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import msgspec

ALERT_SCHEMA = "alert/1"

AlertKind = Literal["event", "rate", "feed_failing", "feed_silent", "feed_ill_formed", "dlq_growth", "backpressure"]


class Alert(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One alert: which rule fired, on what, how bad; ``alert_id`` is derived so a redelivery raises nothing new."""

    alert_id: str
    kind: AlertKind
    rule: str
    """The rule's name from the rules file, or the built-in check that raised it."""
    severity: Literal["info", "warning", "critical"]
    title: str
    raised_at: datetime
    event_id: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    location: str | None = None
    country: str | None = None
    feed: str | None = None
    stream: str | None = None
    count: int | None = None
    """For rate and growth alerts: how many were seen in the window."""
    window_seconds: int | None = None
    details: dict[str, Any] = {}
