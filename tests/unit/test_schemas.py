"""The checked-in JSON Schema files match the models; run `make schemas` after changing a model."""

import pytest

from schemas.generate import MODELS, render, schema_file


@pytest.mark.parametrize("name", sorted(MODELS))
def test_checked_in_schema_matches_the_model(name: str) -> None:
    path = schema_file(name)
    assert path.exists(), f"{path} missing: run `make schemas`"
    assert path.read_text() == render(name), f"{path} is stale: run `make schemas`"
