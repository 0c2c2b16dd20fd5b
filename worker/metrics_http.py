"""The Prometheus endpoint: the worker processes' metric files plus stream, group and dead-letter gauges read at scrape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from worker.backends.stream_info import describe
from worker.errors import EventwireError
from worker.instruments import metrics_dir
from worker.services import services_for
from worker.settings import Settings

log = structlog.get_logger("eventwire.metrics")


class StreamCollector(Collector):
    """Length of every stream under the prefix, and lag and pending of each consumer group, read from Redis at scrape."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def collect(self) -> Iterator[GaugeMetricFamily]:
        length = GaugeMetricFamily("eventwire_stream_length", "Entries in a stream.", labels=["stream"])
        lag = GaugeMetricFamily("eventwire_group_lag", "Entries a consumer group has not been delivered yet.", labels=["stream", "group"])
        pending = GaugeMetricFamily("eventwire_group_pending", "Entries delivered to a group and not acknowledged.", labels=["stream", "group"])
        up = GaugeMetricFamily("eventwire_streams_up", "1 when the streams Redis answered this scrape.")
        try:
            services = services_for(self.settings)
            prefix = services.keys.prefix
            for name in services.sink.streams():
                info = describe(services.client, name)
                short = name[len(prefix) :]
                length.add_metric([short], info.length)
                for group in info.groups:
                    if group.lag is not None:
                        lag.add_metric([short, group.name], group.lag)
                    pending.add_metric([short, group.name], group.pending)
            up.add_metric([], 1)
        except (EventwireError, OSError) as exc:
            log.warning("metrics.streams_unreachable", error=str(exc))
            up.add_metric([], 0)
        yield from (length, lag, pending, up)


def registry_for(settings: Settings, directory: Path | None = None) -> CollectorRegistry:
    """A registry summing every process's metric files in ``directory`` (default: the settings') plus the stream gauges."""
    registry = CollectorRegistry()
    path = directory or metrics_dir(settings)
    path.mkdir(parents=True, exist_ok=True)
    MultiProcessCollector(registry, path=str(path))
    registry.register(StreamCollector(settings))
    return registry


def serve(settings: Settings, port: int, host: str = "0.0.0.0", directory: Path | None = None) -> Any:
    """Serve /metrics on ``host:port`` from a daemon thread; returns the server (``.shutdown()`` stops it)."""
    server, _thread = start_http_server(port, addr=host, registry=registry_for(settings, directory))
    log.info("metrics.serving", host=host, port=server.server_port)
    return server
