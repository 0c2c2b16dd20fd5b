"""Soak eventwire under chaos: `python bench/soak.py --minutes 10 --rate 100` (the CI test runs one minute)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.faults.soak import report_lines, soak  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=100.0, help="articles per second offered")
    parser.add_argument("--kill-every", type=float, default=20.0, help="seconds between pool-process kills")
    parser.add_argument("--reset-every", type=float, default=30.0, help="seconds between Redis connection resets")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    report = soak(seconds=args.minutes * 60, rate=args.rate, kill_every=args.kill_every, reset_every=args.reset_every, seed=args.seed)
    print("\n".join(report_lines(report)))
    print("PASS" if report.clean else "FAIL: events lost, duplicated or unexpected")
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
