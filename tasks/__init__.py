"""Thin Celery tasks: decode a batch, call worker.pipeline, apply the retry policy."""
