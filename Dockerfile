# One image for every eventwire role: worker, beat, CLI.
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY worker ./worker
COPY tasks ./tasks
COPY schemas ./schemas
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --create-home eventwire
# Prometheus metrics of a worker (EVENTWIRE_METRICS_PORT); `eventwire health` is the healthcheck.
EXPOSE 9808
USER eventwire
CMD ["celery", "-A", "worker.app", "worker", "--loglevel", "INFO"]
