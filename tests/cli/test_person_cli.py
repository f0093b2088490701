"""`stallapp person find|erase|export` for paper and kiosk rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_basic_cli import PASS, one_error_line, print_sheet, run, setup_stall


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("STALLAPP_PASSPHRASE", PASS)
    return tmp_path / "data"


def test_find_export_erase(env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    petition, event = setup_stall(env, capsys)
    serial = print_sheet(env, petition, capsys)
    common = ["--petition", petition, "--event", event, "--postcode", "S1 2HE", "--consent"]
    assert run(env, "entry", "add", *common, "--name", "Ada Chan", "--address", "1 Mill Rd") == 0
    paper = ["--paper-sheet", serial, "--row", "1", "--address", "1 Mill Rd"]
    assert run(env, "entry", "add", *common, "--name", "CHAN Ada", *paper) == 0
    capsys.readouterr()

    assert run(env, "person", "find", "--name", "ada chan", "--postcode", "s12he") == 0
    out = capsys.readouterr().out
    person_id, kind = out.split("\t")[:2]
    assert kind == "exact" and "2 signature(s): 1 paper, 1 kiosk" in out
    assert "Mill" not in out

    folder = tmp_path / "export"
    assert run(env, "person", "export", person_id, "--out", str(folder)) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["your-data.json", "your-data.pdf"]
    capsys.readouterr()

    # No terminal to ask on: refused, nothing erased.
    assert run(env, "person", "erase", person_id) == 2
    assert "Not confirmed" in one_error_line(capsys)
    assert run(env, "person", "erase", person_id, "--yes") == 0
    assert "Erased 2 signature(s)" in capsys.readouterr().out
    assert run(env, "person", "find", "--name", "Ada Chan", "--postcode", "S1 2HE") == 0
    assert "No one" in capsys.readouterr().out
    assert run(env, "person", "erase", "P999", "--yes") == 2
    assert one_error_line(capsys) == (
        "stallapp: No person with that id is in this vault (find them again)."
    )
