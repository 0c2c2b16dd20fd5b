"""One error root, split by what the caller should do: retry or dead-letter."""


class EventwireError(Exception):
    """Root of every error eventwire raises on purpose."""


class TransientError(EventwireError):
    """A failure that may pass: Redis unreachable, out of memory, a timeout. Retry with backoff."""


class PermanentError(EventwireError):
    """A failure that will not pass on retry: malformed or hostile input. Dead-letter it."""


class BackpressureError(TransientError):
    """A consumer group lags so far behind that publishing more would trim what it has not read. Retry later."""
