"""The live stats view: a snapshot of stream rates, events by type, group lag and failures, rendered with rich."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from rich.console import Group
from rich.table import Table

from worker.backends.stream_info import count_since, describe
from worker.services import Services

RATE_LIMIT = 1_000_000
"""Most entries counted per stream and window; a faster stream shows this as a floor."""


@dataclass(frozen=True)
class GroupLag:
    """One consumer group: how far behind and how much unacknowledged."""

    stream: str
    group: str
    consumers: int
    lag: int | None
    pending: int


@dataclass(frozen=True)
class Snapshot:
    """What the stats view shows at one moment (stream names after the prefix)."""

    window: float
    recent: dict[str, int]
    lengths: dict[str, int]
    groups: list[GroupLag] = field(default_factory=list)

    def rate(self, stream: str) -> float:
        """Entries per second added to ``stream`` over the window."""
        return self.recent.get(stream, 0) / self.window

    @property
    def events_by_type(self) -> dict[str, int]:
        """Entries on each ``events:<type>`` stream, largest first."""
        typed = {name.split(":", 1)[1]: n for name, n in self.lengths.items() if name.startswith("events:")}
        return dict(sorted(typed.items(), key=lambda item: (-item[1], item[0])))


def take_snapshot(services: Services, window: float = 60.0, now: float | None = None) -> Snapshot:
    """Lengths and recent additions of every stream under the prefix, and every consumer group's lag."""
    now = time.time() if now is None else now
    prefix = services.keys.prefix
    recent: dict[str, int] = {}
    lengths: dict[str, int] = {}
    groups: list[GroupLag] = []
    for name in services.sink.streams():
        short = name[len(prefix) :]
        info = describe(services.client, name)
        lengths[short] = info.length
        recent[short] = count_since(services.client, name, now - window, RATE_LIMIT)
        groups.extend(GroupLag(short, g.name, g.consumers, g.lag, g.pending) for g in info.groups)
    return Snapshot(window=window, recent=recent, lengths=lengths, groups=groups)


def render(snapshot: Snapshot, title: str = "eventwire") -> Group:
    """Rates, events by type, consumer lag and failures as four tables."""
    rates = Table(title=f"{title}: last {snapshot.window:.0f}s", title_justify="left")
    for column in ("stream", "per second", f"last {snapshot.window:.0f}s", "total"):
        rates.add_column(column, justify="left" if column == "stream" else "right")
    for stream in ("articles", "events", "alerts", "dlq"):
        total = snapshot.lengths.get(stream, 0)
        rates.add_row(stream, f"{snapshot.rate(stream):.1f}", str(snapshot.recent.get(stream, 0)), str(total))

    by_type = Table(title="Events by type", title_justify="left")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    by_type.add_column(f"last {snapshot.window:.0f}s", justify="right")
    for kind, count in snapshot.events_by_type.items():
        by_type.add_row(kind, str(count), str(snapshot.recent.get(f"events:{kind}", 0)))
    if not snapshot.events_by_type:
        by_type.add_row("-", "0", "0")

    lag = Table(title="Consumer groups", title_justify="left")
    for column in ("stream", "group (consumers)", "lag", "pending"):
        lag.add_column(column, justify="right" if column in {"lag", "pending"} else "left")
    for group in snapshot.groups:
        lag.add_row(group.stream, f"{group.group} ({group.consumers})", "?" if group.lag is None else str(group.lag), str(group.pending))
    if not snapshot.groups:
        lag.add_row("-", "no consumer groups", "-", "-")

    dead, recent_dead = snapshot.lengths.get("dlq", 0), snapshot.recent.get("dlq", 0)
    failures = Table(title="Failures", title_justify="left")
    failures.add_column("dead letters", justify="right")
    failures.add_column(f"last {snapshot.window:.0f}s", justify="right")
    failures.add_row(str(dead), str(recent_dead), style="bold red" if recent_dead else None)
    return Group(rates, by_type, lag, failures)
