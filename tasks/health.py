"""eventwire.record_heartbeat: proves a worker takes tasks off the queue by writing the caller's nonce back."""

from __future__ import annotations

from celery import Task, shared_task

from worker.backends.liveness import answer_heartbeat
from worker.services import services_for
from worker.settings import Settings

# Named verb_noun like every eventwire task (tests/unit/test_app_config.py).
HEARTBEAT = "eventwire.record_heartbeat"


@shared_task(name=HEARTBEAT, bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def record_heartbeat(self: Task, nonce: str) -> None:
    """Write ``nonce`` with this worker's host name to the streams Redis; `eventwire health` waits for it."""
    settings: Settings = getattr(self.app, "eventwire_settings", None) or Settings.from_env()
    services = services_for(settings)
    answer_heartbeat(services.client, services.keys, nonce, self.request.hostname or "?")
