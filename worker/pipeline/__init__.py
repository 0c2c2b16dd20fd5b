"""Pipeline stages as plain functions over the schema models; none imports celery or redis."""
