"""`eventwire bench`: the end-to-end throughput benchmark of bench/throughput.py, from a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from worker.cli.base import main

CHECKOUT = Path(__file__).resolve().parents[2]


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench(args: tuple[str, ...]) -> None:
    """Batched vs naive vs XADD ceiling, latency, memory, stage costs; writes bench/RESULTS.md (`eventwire bench --help`)."""
    if not (CHECKOUT / "bench" / "throughput.py").exists():
        raise click.ClickException("eventwire bench runs from a source checkout (bench/ is not installed)")
    if str(CHECKOUT) not in sys.path:
        sys.path.insert(0, str(CHECKOUT))
    from bench.throughput import main as run

    raise SystemExit(run(list(args), program="eventwire bench"))
