"""CLI commands that need no Redis: taxonomy and config."""

from click.testing import CliRunner

from worker.cli import main


def test_taxonomy_lists_acled_and_civic_types() -> None:
    result = CliRunner().invoke(main, ["taxonomy"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for words in ("Explosions/Remote violence", "Air/drone strike", "Disrupted weapons use", "Commemoration", "civic"):
        assert words in result.output


def test_config_masks_passwords_and_explains_each_setting() -> None:
    env = {"EVENTWIRE_BROKER_URL": "redis://:s3cret@broker:6379/0"}
    result = CliRunner().invoke(main, ["config"], env=env)
    assert result.exit_code == 0, result.output
    assert "s3cret" not in result.output
    assert "EVENTWIRE_BROKER_URL=redis://:***@broker:6379/0" in result.output
    assert "EVENTWIRE_STREAMS_URL=" in result.output


def test_unknown_setting_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["config"], env={"EVENTWIRE_NOPE": "1"})
    assert result.exit_code == 2
    assert "unknown setting EVENTWIRE_NOPE" in result.output
