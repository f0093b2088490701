"""SIGKILL a process adding entries at random moments: nothing acknowledged is ever lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from tests.support.crash_harness import run_trials


@pytest.mark.slow
def test_acknowledged_entries_survive_sigkill(tmp_path: Path) -> None:
    report = run_trials(tmp_path / "vault", trials=100, seed=20261122)
    assert report.trials == 100
    assert report.problems == []
    assert report.missing == []
    # The kills really landed mid-work: entries were acknowledged across the trials.
    assert report.acknowledged > 100
