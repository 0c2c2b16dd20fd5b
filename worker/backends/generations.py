"""Time generations of a dedup index: entries live in per-slice keys that expire whole, so memory stays bounded."""

from __future__ import annotations

from dataclasses import dataclass

SLICES = 4
"""Generations per window: an entry is remembered for at least the window and at most a quarter longer."""


@dataclass(frozen=True)
class Generations:
    """A window cut into ``slices`` generations, each stored in ``buckets`` hash keys (small listpack-encoded hashes)."""

    window: int
    buckets: int = 1024
    slices: int = SLICES

    def __post_init__(self) -> None:
        if self.window < self.slices or self.buckets < 1:
            raise ValueError(f"window must be at least {self.slices} seconds and buckets at least 1")

    @property
    def slice(self) -> int:
        """Seconds per generation."""
        return self.window // self.slices

    def current(self, now: float) -> int:
        """The generation ``now`` falls in."""
        return int(now // self.slice)

    def visible(self, generation: int, now: float) -> bool:
        """True while an entry of ``generation`` is still looked at (what the scripts read)."""
        return generation >= self.current(now) - self.slices

    def script_args(self, now: float) -> list[int | float]:
        """The leading ARGV every index script takes: now, slice seconds, slices, buckets."""
        return [now, self.slice, self.slices, self.buckets]
