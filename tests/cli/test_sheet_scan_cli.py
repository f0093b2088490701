"""`stallapp sheets scan`: pictures of real printed sheets, through the scanner's steps."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.domain.petition import Petition
from stallapp.services import sheet_scan
from stallapp.services.capture import CaptureService
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.support.sheet_frames import blank_frame, camera_like, page_pngs

PASSPHRASE = "correct horse battery"


@pytest.fixture
def setup(tmp_path: Path, sample_petition: Petition):  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, role="coordinator", cost=KdfCost.light())
    CaptureService(vault).add_petition(sample_petition)
    vault.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")

    def run(*args: str) -> int:
        return main(["--data-dir", str(folder), "--passphrase-file", str(secret), *args])

    pdf_path = tmp_path / "sheets.pdf"
    assert run("print", "sheets", "--petition", sample_petition.id, "--count", "2",
               "--out", str(pdf_path)) == 0  # fmt: skip
    frames = [
        camera_like(p, tmp_path / f"photo-{i}.png") for i, p in enumerate(page_pngs(pdf_path))
    ]

    def sheets() -> list[sheet_store.SheetRecord]:
        opened = Vault.unlock(folder, PASSPHRASE)
        try:
            return sheet_store.all_sheets(opened.conn)
        finally:
            opened.lock()

    return run, frames, sheets


def test_scan_reports_then_marks_returned_with_one_count_per_picture(
    setup, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    run, frames, sheets = setup
    serials = [r.serial for r in sheets()]
    capsys.readouterr()
    assert run("sheets", "scan", *map(str, frames)) == 0
    out = capsys.readouterr().out
    assert f"photo-0.png: {serials[0]}: out" in out and f"photo-1.png: {serials[1]}: out" in out
    assert all(r.returned_at is None for r in sheets())

    assert run("sheets", "scan", *map(str, frames), "--count", "3", "--count", "4",
               "--city", "Leeds") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert f"Sheet {serials[0]} marked returned with 3 signatures." in out
    assert [(r.signature_count, r.city) for r in sheets()] == [(3, "Leeds"), (4, "Leeds")]

    # Again: already returned, so nothing changes and the exit says so.
    assert run("sheets", "scan", str(frames[0]), "--count", "9") == 2
    captured = capsys.readouterr()
    assert "already marked returned with 3 signatures" in captured.out
    assert "Nothing was marked returned" in captured.err
    assert sheets()[0].signature_count == 3


def test_one_bad_picture_means_nothing_is_marked(
    setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    run, frames, sheets = setup
    blank = blank_frame(tmp_path / "blank.png")
    assert run("sheets", "scan", str(frames[0]), str(blank)) == 1
    assert "blank.png: No sheet QR code was found" in capsys.readouterr().out
    assert run("sheets", "scan", str(frames[0]), str(blank), "--count", "2", "--count", "0") == 2
    assert "every picture must show a sheet still out" in capsys.readouterr().err
    assert (
        run("sheets", "scan", str(frames[0]), str(frames[0]), "--count", "1", "--count", "1") == 2
    )
    assert "same sheet is in two pictures" in capsys.readouterr().err
    assert run("sheets", "scan", str(frames[0]), "--count", "1000") == 2
    assert "its count must be 0 to" in capsys.readouterr().err
    assert run("sheets", "scan", str(frames[0]), str(frames[1]), "--count", "1") == 2
    assert "one --count per picture" in capsys.readouterr().err
    assert run("sheets", "scan", str(tmp_path / "nope.png")) == 2
    assert all(r.returned_at is None for r in sheets())


def test_without_the_extra_the_command_says_how_to_add_it(
    setup, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    run, frames, _sheets = setup
    monkeypatch.setitem(sys.modules, "zxingcpp", None)  # as if zxing-cpp were not installed
    monkeypatch.setattr(sheet_scan, "scanning_available", lambda: False)
    assert run("sheets", "scan", str(frames[0])) == 2
    assert "stallapp[camera]" in capsys.readouterr().err
