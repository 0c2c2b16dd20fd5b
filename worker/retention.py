"""Per-stream retention (MAXLEN and age) parsed from settings, and what a lagging group holds back."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from datetime import datetime, timezone

from schemas import Alert
from worker.ids import stable_hash


@dataclass(frozen=True)
class Retention:
    """How much of one stream to keep; 0 means no bound of that kind."""

    maxlen: int = 0
    max_age: int = 0
    """Seconds; older entries are trimmed (MINID by age)."""

    @property
    def bounded(self) -> bool:
        """True when this retention trims anything at all."""
        return self.maxlen > 0 or self.max_age > 0


@dataclass(frozen=True)
class RetentionPolicy:
    """A default retention plus overrides by stream name (relative to the prefix, glob patterns allowed)."""

    default: Retention
    overrides: tuple[tuple[str, Retention], ...] = ()
    overflow: int = 10_000
    """Entries a stream may hold beyond its retention for a lagging group before publishing is refused."""

    def for_stream(self, stream: str, prefix: str) -> Retention:
        """The retention of a full stream key: the first matching override, else the default."""
        name = stream[len(prefix) :] if stream.startswith(prefix) else stream
        for pattern, retention in self.overrides:
            if fnmatch.fnmatchcase(name, pattern):
                return retention
        return self.default


def parse_retention(spec: str) -> tuple[tuple[str, Retention], ...]:
    """Overrides from ``events=1000000,events:*=200000/86400,dlq=0/2592000`` (maxlen[/max age seconds])."""
    overrides: list[tuple[str, Retention]] = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, sep, value = item.partition("=")
        maxlen, _, age = value.partition("/")
        try:
            retention = Retention(maxlen=int(maxlen or 0), max_age=int(age or 0))
        except ValueError:
            retention = Retention(maxlen=-1)
        if not sep or not name.strip() or retention.maxlen < 0 or retention.max_age < 0:
            raise ValueError(f"bad stream retention {item!r}: expected NAME=MAXLEN[/MAX_AGE_SECONDS], e.g. events=100000/86400")
        overrides.append((name.strip(), retention))
    return tuple(overrides)


@dataclass(frozen=True)
class Held:
    """Entries a consumer group keeps from being trimmed: retention wanted them gone, the group has not read them."""

    stream: str
    group: str
    held: int
    """How many entries beyond the retention the group holds (capped at limit + 1)."""
    limit: int
    needed_id: str
    """The oldest entry the group still needs (unread or pending)."""

    @property
    def over_limit(self) -> bool:
        """True when publishing to the stream must wait for the group."""
        return self.held > self.limit


def backpressure_alert(held: Held, now: datetime | None = None) -> Alert:
    """The ``backpressure`` alert of a lagging group; one alert id per stream, group and hour."""
    now = now or datetime.now(timezone.utc)
    hour = now.strftime("%Y-%m-%dT%H")
    return Alert(
        alert_id="al_" + stable_hash("backpressure", held.stream, held.group, hour),
        kind="backpressure",
        rule="backpressure",
        severity="critical",
        title=f"group {held.group} lags on {held.stream}: publishing paused, {held.held} entries held past retention",
        raised_at=now,
        stream=held.stream,
        count=held.held,
        details={"group": held.group, "limit": held.limit, "needed_id": held.needed_id},
    )
