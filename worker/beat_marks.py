"""The beat process's liveness marks: a daemon thread refreshing a key with a TTL while beat runs."""

from __future__ import annotations

import threading

import structlog

from worker.backends.liveness import mark_beat
from worker.backends.redis import connect
from worker.errors import EventwireError
from worker.keys import Keys
from worker.settings import Settings

log = structlog.get_logger("eventwire.beat")


def start_beat_marks(settings: Settings) -> threading.Thread:
    """Mark beat alive every ``health_beat_every`` seconds, each mark living three periods; returns the thread."""
    client = connect(settings.resolved_streams_url or "")
    keys = Keys(settings.prefix)
    every = max(1, settings.health_beat_every)

    def loop() -> None:
        while True:
            try:
                mark_beat(client, keys, ttl=3 * every)
            except EventwireError as exc:
                log.warning("beat.mark_failed", error=str(exc))
            threading.Event().wait(every)

    thread = threading.Thread(target=loop, name="eventwire-beat-marks", daemon=True)
    thread.start()
    return thread
