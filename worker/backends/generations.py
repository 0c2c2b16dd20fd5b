"""Time generations of a dedup index: entries live in per-generation hashes that are dropped whole, so memory stays bounded."""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources

SLICES = 4
"""Generations per window: an entry is remembered for at least the window and at most a quarter longer."""


@dataclass(frozen=True)
class Generations:
    """A window cut into ``slices`` generations; each sizes its hashes from the items the one before received."""

    window: int
    least: int = 1
    """Fewest items (articles or events) a generation is sized for: what the first one expects."""
    slices: int = SLICES

    def __post_init__(self) -> None:
        if self.window < self.slices or self.least < 1:
            raise ValueError(f"window must be at least {self.slices} seconds and least at least 1")

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
        """The leading ARGV every index script takes: now, slice seconds, slices, least items."""
        return [now, self.slice, self.slices, self.least]

    @classmethod
    def for_rate(cls, window: int, daily: int) -> Generations:
        """Generations of ``window`` seconds first sized for ``daily`` items a day."""
        return cls(window=window, least=max(1, math.ceil(daily * (window // SLICES) / 86400)))


def index_script(name: str) -> str:
    """An index script (``exact``, ``near``, ``cluster``) behind the shared generation layout (layout.lua)."""
    folder = resources.files("worker.backends").joinpath("lua")
    return folder.joinpath("layout.lua").read_text() + "\n" + folder.joinpath(f"{name}.lua").read_text()
