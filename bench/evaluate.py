"""Thin wrapper: `python bench/evaluate.py FILE.csv [options]` is `eventwire eval FILE.csv [options]`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.cli import main  # noqa: E402

if __name__ == "__main__":
    main(["eval", *sys.argv[1:]])
