"""Settings come from EVENTWIRE_* variables, are checked, and never show a password."""

from pathlib import Path

import pytest

from worker.settings import Settings, documented, mask_url


def test_reads_typed_values_from_the_environment() -> None:
    settings = Settings.from_env(
        {"EVENTWIRE_BROKER_URL": "redis://broker:6379/0", "EVENTWIRE_BATCH_SIZE": "50", "EVENTWIRE_DATA_DIR": "/tmp/x"}
    )
    assert settings.broker_url == "redis://broker:6379/0"
    assert settings.resolved_streams_url == "redis://broker:6379/0"
    assert settings.batch_size == 50
    assert settings.data_dir == Path("/tmp/x")
    assert not settings.embedded


def test_no_redis_configured_means_embedded() -> None:
    assert Settings.from_env({}).embedded


def test_unknown_variable_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(ValueError, match="EVENTWIRE_BROKER_URL"):
        Settings.from_env({"EVENTWIRE_BROKR_URL": "redis://x"})


def test_test_only_variables_are_ignored() -> None:
    assert Settings.from_env({"EVENTWIRE_TEST_REDIS_URL": "redis://x"}).embedded


def test_bad_number_is_reported_with_its_variable() -> None:
    with pytest.raises(ValueError, match="EVENTWIRE_BATCH_SIZE"):
        Settings.from_env({"EVENTWIRE_BATCH_SIZE": "many"})


def test_visibility_timeout_must_exceed_the_task_time_limit() -> None:
    with pytest.raises(ValueError, match="visibility_timeout"):
        Settings(task_time_limit=300, visibility_timeout=300)


def test_passwords_are_masked_in_repr() -> None:
    settings = Settings(broker_url="redis://user:s3cret@host:6379/0", streams_url="redis://:hunter2@h/1")
    assert "s3cret" not in repr(settings) and "hunter2" not in repr(settings)
    assert mask_url("redis://:hunter2@h/1") == "redis://:***@h/1"
    assert mask_url("redis://h/1") == "redis://h/1"


def test_every_setting_is_documented() -> None:
    docs = documented()
    assert "EVENTWIRE_STREAMS_URL" in docs
    assert all(doc for _default, doc in docs.values())
