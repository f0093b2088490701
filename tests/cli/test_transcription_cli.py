"""Transcribing paper rows: only printed serials of that petition, rows on the sheet, each
sheet row once. Each refusal is one line on stderr, exit 2, and nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.storage import sheet_records
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault
from stallapp.system.resources import resource
from tests.cli.test_basic_cli import (
    PASS,
    one_error_line,
    print_sheet,
    run,
    setup_stall,
)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("STALLAPP_PASSPHRASE", PASS)
    return tmp_path / "data"


def add_row(env: Path, petition: str, event: str, serial: str, row: int) -> int:
    return run(
        env,
        "entry", "add",
        "--petition", petition,
        "--event", event,
        "--name", "Synthetic Signer",
        "--postcode", "CV1 1LL",
        "--address", "1 High Street",
        "--consent",
        "--paper-sheet", serial,
        "--row", str(row),
    )  # fmt: skip


def stored(env: Path) -> int:
    vault = Vault.unlock(env, PASS)
    try:
        return len(signature_store.iter_all(vault.conn))
    finally:
        vault.lock()


@pytest.fixture
def sheet(env: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str, int]:
    petition, event = setup_stall(env, capsys)
    serial = print_sheet(env, petition, capsys)
    vault = Vault.unlock(env, PASS)
    try:
        record = sheet_records.get(vault.conn, serial)
        assert record is not None
        rows = record.rows
    finally:
        vault.lock()
    return petition, event, serial, rows


def test_a_serial_never_printed_is_refused(env: Path, sheet, capsys) -> None:  # type: ignore[no-untyped-def]
    petition, event, _serial, _rows = sheet
    run_code = add_row(env, petition, event, "ZZZZ-999", 1)
    assert run_code == 2
    assert one_error_line(capsys) == (
        "stallapp: No sheet with that serial was printed from this vault."
    )
    assert stored(env) == 0


def test_a_row_beyond_the_sheet_is_refused(env: Path, sheet, capsys) -> None:  # type: ignore[no-untyped-def]
    petition, event, serial, rows = sheet
    assert add_row(env, petition, event, serial, rows + 1) == 2
    assert one_error_line(capsys) == (
        f"stallapp: That sheet has {rows} rows: the row must be 1 to {rows}."
    )
    assert add_row(env, petition, event, serial, 999) == 2
    capsys.readouterr()
    assert stored(env) == 0
    # The last row of the sheet is fine, and a lower-case serial is the same sheet.
    assert add_row(env, petition, event, serial.lower(), rows) == 0
    assert stored(env) == 1


def test_the_same_sheet_row_twice_is_refused(env: Path, sheet, capsys) -> None:  # type: ignore[no-untyped-def]
    petition, event, serial, _rows = sheet
    assert add_row(env, petition, event, serial, 2) == 0
    capsys.readouterr()
    assert add_row(env, petition, event, serial, 2) == 2
    assert one_error_line(capsys) == "stallapp: That sheet row has already been typed in."
    assert stored(env) == 1


def test_another_petitions_sheet_is_refused(env: Path, sheet, capsys) -> None:  # type: ignore[no-untyped-def]
    petition, event, serial, _rows = sheet
    other = resource("petitions", "council-bristol.toml")
    assert run(env, "petition", "add", str(other)) == 0
    other_id = capsys.readouterr().out.split()[0]
    other_serial = print_sheet(env, other_id, capsys)
    assert add_row(env, petition, event, other_serial, 1) == 2
    assert one_error_line(capsys) == "stallapp: That sheet was printed for another petition."
    assert stored(env) == 0
    assert add_row(env, petition, event, serial, 1) == 0
