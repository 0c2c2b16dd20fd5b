"""`eventwire …` subcommands; each module of this package adds its commands to the group."""

from worker.cli import ingest, inspect
from worker.cli.base import main

__all__ = ["ingest", "inspect", "main"]
