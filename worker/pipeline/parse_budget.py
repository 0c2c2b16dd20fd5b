"""Parse a feed under a wall-clock budget: in a forked child that is killed when the budget runs out."""

from __future__ import annotations

import os
import pickle
import select
import signal
import time

from worker.errors import PermanentError
from worker.pipeline.parse import MAX_FEED_BYTES, ParsedFeed, parse_feed


class ParseFailed(PermanentError):
    """The parse refused or failed in the child; ``reason`` is the short code it gave."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class ParseBudgetExceeded(PermanentError):
    """The parse did not finish within its budget (pathological regexes, huge documents)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"parse took longer than its {seconds:g}s budget and was stopped")
        self.reason = "parse_budget"


def parse_within(
    body: bytes, *, budget: float, feed_url: str | None = None, max_bytes: int = MAX_FEED_BYTES
) -> ParsedFeed:
    """`parse_feed` in a child process, killed after ``budget`` seconds.

    A thread cannot be stopped while it is inside a regular expression, and a signal-based
    timer only works on the main thread; a forked child can always be killed, and it starts
    with feedparser already imported. Errors raised by the parse (e.g. `FeedRejected`) are
    re-raised here as `ParseFailed` with the same ``reason`` and message. Without ``os.fork`` the parse runs inline, unbounded.
    """
    if not hasattr(os, "fork"):
        return parse_feed(body, feed_url=feed_url, max_bytes=max_bytes)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: parse, send the pickled outcome, exit without cleanup handlers
        os.close(read_end)
        status = 0
        try:
            try:
                outcome: tuple[str, object] = ("ok", parse_feed(body, feed_url=feed_url, max_bytes=max_bytes))
            except PermanentError as exc:
                outcome = ("error", (getattr(exc, "reason", "parse_error"), str(exc)))
            except BaseException as exc:  # noqa: BLE001 - reported to the parent as an error
                outcome = ("error", ("parse_error", f"parse failed: {type(exc).__name__}: {exc}"[:500]))
            data = pickle.dumps(outcome)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:  # noqa: BLE001
            status = 1
        os._exit(status)
    os.close(write_end)
    try:
        data = _read_until(read_end, time.monotonic() + budget)
    finally:
        os.close(read_end)
        _reap(pid, kill=True)
    if data is None:
        raise ParseBudgetExceeded(budget)
    if not data:
        raise PermanentError("the parse process died without an answer")
    kind, value = pickle.loads(data)  # noqa: S301 - our own child's output
    if kind == "error":
        raise ParseFailed(*value)
    return value


def _read_until(fd: int, deadline: float) -> bytes | None:
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int, *, kill: bool) -> None:
    if kill:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
