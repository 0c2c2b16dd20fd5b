"""`eventwire metrics`: serve the Prometheus endpoint of the workers on this machine."""

from __future__ import annotations

import threading
from pathlib import Path

import click

from worker.cli.base import err_console, load_connected_settings, main
from worker.instruments import metrics_dir
from worker.metrics_http import serve


@main.command()
@click.option("--port", default=9808, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--host", default="0.0.0.0", show_default=True, help="Address to listen on.")
@click.option("--dir", "directory", type=click.Path(path_type=Path), help="Metric files of the workers; default EVENTWIRE_METRICS_DIR.")
def metrics(port: int, host: str, directory: Path | None) -> None:
    """Serve /metrics: article, event, dedup, fetch and stage metrics of the workers, stream lengths, lag, pending."""
    settings = load_connected_settings()
    server = serve(settings, port, host, directory)
    path = directory or metrics_dir(settings)
    err_console.print(f"serving http://{host}:{server.server_port}/metrics (worker metric files: {path})")
    threading.Event().wait()
