"""`eventwire …` subcommands; each module of this package adds its commands to the group."""

from worker.cli import analysis, bench, consume, feeds, health, ingest, inspect, metrics, stats, streams, train
from worker.cli.base import main

__all__ = ["analysis", "bench", "consume", "feeds", "health", "ingest", "inspect", "main", "metrics", "stats", "streams", "train"]
