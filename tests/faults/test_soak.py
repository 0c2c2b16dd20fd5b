"""One minute of the soak in CI: high rate, pool processes killed, Redis links reset — ledger clean."""

from pathlib import Path

import pytest

from tests.faults.soak import soak


@pytest.mark.timeout(600)
def test_one_minute_soak_with_kills_and_connection_resets_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    report = soak(seconds=60, rate=100, kill_every=8, reset_every=12, work_dir=tmp_path)
    assert report.child_kills >= 4 and report.connection_resets >= 3, report
    assert report.clean, report
