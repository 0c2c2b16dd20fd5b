"""`python -m worker.cli` runs the `eventwire` command."""

from worker.cli import main

main()
