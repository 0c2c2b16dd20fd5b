"""Timestamps for the stages: ISO-8601, RFC 2822 or Unix-seconds values and any datetime to aware UTC."""

from __future__ import annotations

import re

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

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


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_YEAR = re.compile(r"\b\d{4}\b")


def parse_timestamp(value: str | int | float) -> datetime:
    """Aware UTC datetime from ISO-8601, RFC 2822 (as feeds write dates), Unix seconds or a date with its month and year
    named ("May 20, 2024"); raises ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a timestamp")
    text = str(value).strip()
    if isinstance(value, int | float) or re.fullmatch(r"\d{9,11}(?:\.\d+)?", text):
        try:
            return datetime.fromtimestamp(float(text), UTC)
        except (OverflowError, OSError) as exc:
            raise ValueError(f"{value!r} is out of range") from exc
    try:
        return parse_iso8601(text)
    except ValueError:
        pass
    try:
        return to_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    if _MONTH_NAME.search(text) and _YEAR.search(text):  # "May 20, 2024" is never ambiguous as 05/06 is
        try:
            return to_utc(dateparser.parse(text))
        except (ValueError, OverflowError):
            pass
    raise ValueError(f"{value!r} is not a timestamp (ISO-8601, RFC 2822, Unix seconds or a date with its month and year named)")
