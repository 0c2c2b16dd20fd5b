"""Side effects done once per id: a short lease while one runs, a mark with a TTL once it is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import redis

from worker.backends.redis import classified_errors
from worker.errors import TransientError
from worker.keys import Keys

DONE = "done"


class EffectLedger:
    """Dedupe side effects (alerts sent, webhooks posted) on an id within one scope.

    ``once`` takes the key with ``SET NX`` as a lease, runs the effect, then marks it done for ``ttl``
    seconds. A crash mid-effect lets the lease expire so a redelivery runs it again (at least once);
    a redelivery after success finds the mark and skips it (at most once within the TTL).
    """

    def __init__(self, client: redis.Redis, keys: Keys, scope: str, *, ttl: int, lease_ms: int = 60_000) -> None:
        self.client = client
        self.keys = keys
        self.scope = scope
        self.ttl = ttl
        self.lease_ms = lease_ms

    def begin(self, entry_id: str, owner: str) -> Literal["go", "done", "busy"]:
        """Take the lease: ``go`` (ours), ``done`` (already done) or ``busy`` (another owner runs it)."""
        with classified_errors("effect.begin"):
            previous = self.client.set(
                self.keys.effect(self.scope, entry_id), f"running:{owner}", nx=True, px=self.lease_ms, get=True
            )
        if previous is None or previous == f"running:{owner}":
            return "go"
        return "done" if previous == DONE else "busy"

    def finish(self, entry_id: str) -> None:
        """Mark the effect done."""
        with classified_errors("effect.finish"):
            self.client.set(self.keys.effect(self.scope, entry_id), DONE, ex=self.ttl)

    def release(self, entry_id: str, owner: str) -> None:
        """Drop our lease after a failed effect, so a retry need not wait for it to expire."""
        key = self.keys.effect(self.scope, entry_id)
        with classified_errors("effect.release"):
            if self.client.get(key) == f"running:{owner}":
                self.client.delete(key)

    def once(self, entry_id: str, owner: str, effect: Callable[[], object]) -> bool:
        """Run ``effect`` unless it was done for this id; True if it ran now. A busy lease is a TransientError."""
        state = self.begin(entry_id, owner)
        if state == "done":
            return False
        if state == "busy":
            raise TransientError(f"{self.scope} of {entry_id} is running elsewhere")
        try:
            effect()
        except BaseException:
            self.release(entry_id, owner)
            raise
        self.finish(entry_id)
        return True

    def is_done(self, entry_id: str) -> bool:
        """True when the effect of this id is marked done."""
        with classified_errors("effect.get"):
            return self.client.get(self.keys.effect(self.scope, entry_id)) == DONE
