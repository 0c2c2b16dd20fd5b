"""The README opens with the two commands and documents every setting."""

from pathlib import Path

from worker.settings import documented

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_readme_opens_with_make_run_and_make_test() -> None:
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make run", "make test"]


def test_every_setting_is_in_the_readme() -> None:
    missing = [name for name in documented() if f"`{name}`" not in README]
    assert not missing
