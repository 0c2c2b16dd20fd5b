"""eventwire.resend_batches: periodically send again the batches a broker lost on the way to a worker."""

from __future__ import annotations

from celery import Task, shared_task

from worker.producer import outbox_sweep
from worker.settings import Settings

RESEND_BATCHES = "eventwire.resend_batches"


@shared_task(name=RESEND_BATCHES, bind=True, acks_late=True, reject_on_worker_lost=True)
def resend_batches(self: Task) -> int:
    """Resend every batch the outbox counts as lost; returns how many were sent."""
    settings: Settings = getattr(self.app, "eventwire_settings", None) or Settings.from_env()
    return outbox_sweep(self.app, settings)()
