"""Timestamps for the stages: ISO-8601 text and any datetime to aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from dateutil import parser as dateparser


def to_utc(moment: datetime) -> datetime:
    """An aware UTC datetime; naive values are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_iso8601(value: str) -> datetime:
    """Aware UTC datetime from ISO-8601 text; raises ValueError when it is not ISO-8601."""
    try:
        moment: datetime = dateparser.isoparse(value.strip())
    except OverflowError as exc:
        raise ValueError(f"{value!r} is out of range") from exc
    return to_utc(moment)
