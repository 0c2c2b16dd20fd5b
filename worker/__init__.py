"""eventwire's runtime: settings, Celery app, pipeline stages, Redis backends and the CLI."""

__version__ = "0.1.0"
PIPELINE_VERSION = __version__
