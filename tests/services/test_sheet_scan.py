"""Returned sheets read from pictures of real printed sheets, matched in a real vault."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import sheet_pdf
from stallapp.services import sheet_scan
from stallapp.services.capture import CaptureService
from stallapp.services.sheet_scan import GrayFrame, Seen, SheetScanner, read_image_file
from stallapp.services.sheet_tracking import SheetService
from stallapp.storage import sheet_records as sheet_store
from tests.support.sheet_frames import blank_frame, camera_like, page_pngs, qr_frame


@pytest.fixture
def printed(capture: CaptureService, sample_petition: Petition, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Three sheets printed from the vault, each page as a camera-like frame."""
    service = SheetService(capture.vault)
    result = service.print_sheets(sample_petition.id, 3, out=tmp_path / "sheets.pdf")
    frames = [
        camera_like(page, tmp_path / f"cam-{i}.png", angle=4.0 + 3 * i)
        for i, page in enumerate(page_pngs(tmp_path / "sheets.pdf"))
    ]
    return service, result.serials, frames


def test_a_camera_frame_of_a_printed_sheet_is_recognised_then_returned(printed) -> None:  # type: ignore[no-untyped-def]
    service, serials, frames = printed
    scanner = SheetScanner(service)
    for serial, frame in zip(serials, frames, strict=True):
        result = scanner.read(read_image_file(frame))
        assert result.seen is Seen.SHEET and result.serial == serial
        assert result.rows == sheet_store.get(service.vault.conn, serial).rows
    record = scanner.mark_returned(serials[1], 5, city="Leeds")
    assert record.returned_at is not None and record.signature_count == 5
    assert sheet_store.get(service.vault.conn, serials[1]).city == "Leeds"
    again = scanner.read(read_image_file(frames[1]))
    assert again.seen is Seen.ALREADY_RETURNED and again.returned_count == 5
    assert "already marked returned" in again.message


def test_the_sheet_code_holds_only_the_petition_hash_and_the_serial(printed) -> None:  # type: ignore[no-untyped-def]
    _service, serials, frames = printed
    payloads = sheet_scan.decode(read_image_file(frames[0]))
    assert len(payloads) == 1
    assert re.fullmatch(r"stallapp-sheet:[0-9a-f]{16}:[0-9A-Z]{4}-\d{3}", payloads[0])
    assert payloads[0].endswith(":" + serials[0])


def test_each_other_frame_gets_its_own_kind(printed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service, serials, _frames = printed
    scanner = SheetScanner(service)
    record = sheet_store.get(service.vault.conn, serials[0])
    ours = sheet_pdf.qr_payload(record.petition_hash, serials[0])
    cases = {
        Seen.NO_CODE: blank_frame(tmp_path / "blank.png"),
        Seen.FOREIGN_CODE: qr_frame(tmp_path / "web.png", "https://example.org/sign"),
        # A sheet code of the right shape, not printed here.
        Seen.UNKNOWN_SERIAL: qr_frame(
            tmp_path / "u.png", sheet_pdf.qr_payload(record.petition_hash, "ZZZZ-001")
        ),
        Seen.TWO_SHEETS: qr_frame(
            tmp_path / "two.png", ours, sheet_pdf.qr_payload(record.petition_hash, serials[1])
        ),
    }
    for kind, frame in cases.items():
        result = scanner.read(read_image_file(frame))
        assert result.seen is kind, kind
        assert result.message
    # Nothing was marked returned by looking.
    assert all(r.returned_at is None for r in sheet_store.all_sheets(service.vault.conn))


def test_a_serial_of_ours_under_another_petition_hash_is_not_ours(printed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service, serials, _frames = printed
    foreign = sheet_pdf.qr_payload("0" * 64, serials[0])  # the same serial, another vault's
    result = SheetScanner(service).read(read_image_file(qr_frame(tmp_path / "f.png", foreign)))
    assert result.seen is Seen.UNKNOWN_SERIAL and result.serial == serials[0]


def test_a_foreign_code_text_is_never_in_the_message(printed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service, _serials, _frames = printed
    frame = qr_frame(tmp_path / "p.png", "Chan Tai Man, SW1A 1AA")
    result = SheetScanner(service).read(read_image_file(frame))
    assert result.seen is Seen.FOREIGN_CODE
    assert "Chan" not in result.message and "SW1A" not in result.message
    assert result.serial == ""


def test_bad_pictures_are_refused_with_one_message(tmp_path: Path) -> None:
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")
    with pytest.raises(BadInput, match="not a picture"):
        read_image_file(not_a_picture)
    with pytest.raises(BadInput, match="empty or damaged"):
        GrayFrame(4, 4, b"\0" * 15)


def test_without_the_camera_extra_decoding_says_how_to_add_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "zxingcpp", None)  # as if zxing-cpp were not installed
    with pytest.raises(BadInput, match=r"stallapp\[camera\]"):
        sheet_scan.decode(GrayFrame(2, 2, b"\0" * 4))
