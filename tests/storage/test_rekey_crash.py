"""SIGKILL a process while it changes the vault's key (passphrase change, recovery): the
vault always opens with the old or the new passphrase and keeps every acknowledged entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rekey_harness import run_rekey_trials


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["change", "recover"])
def test_key_switch_survives_sigkill(tmp_path: Path, mode: str) -> None:
    report = run_rekey_trials(tmp_path / "vault", trials=40, mode=mode, seed=20261128)
    assert report.trials == 40
    assert report.unopenable == 0
    assert report.problems == []
    assert report.missing == []
    # The kills really landed across key switches, not only before the first one.
    assert report.switches > 10
    assert report.acknowledged > 40
