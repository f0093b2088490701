"""Sheet tracking in a real vault: serials registered when printed, returns, the report."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import sheet_pdf
from stallapp.services.capture import CaptureService
from stallapp.services.sheet_tracking import SheetService, normalise_serial, parse_qr
from stallapp.storage import audit
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.migrate import schema_version
from stallapp.storage.vault import Vault


def test_vault_schema_has_the_sheets_table(stall_vault: Vault) -> None:
    assert schema_version(stall_vault.conn) >= 3
    assert sheet_store.all_sheets(stall_vault.conn) == []


def test_printing_registers_serials_in_order_and_writes_the_pdf(
    capture: CaptureService, sample_petition: Petition, tmp_path: Path
) -> None:
    service = SheetService(capture.vault)
    out = tmp_path / "sheets.pdf"
    printed = service.print_sheets(sample_petition.id, 4, out=out)
    assert out.read_bytes() == printed.pdf
    assert out.stat().st_mode & 0o077 == 0
    run = printed.serials[0].split("-")[0]
    assert printed.serials == [f"{run}-{i:03d}" for i in range(1, 5)]
    records = sheet_store.all_sheets(capture.vault.conn, sample_petition.id)
    assert [r.serial for r in records] == printed.serials
    assert [r.kind for r in records] == ["top", "continuation", "continuation", "continuation"]
    assert all(r.petition_hash == sample_petition.content_hash for r in records)
    assert all(r.rows > 0 and r.returned_at is None for r in records)
    assert audit.entries(capture.vault.conn)[-1].event == "sheets_printed"
    # A second run gets a different run code.
    again = service.print_sheets(sample_petition.id, 1)
    assert again.serials[0].split("-")[0] != run


def test_a_failed_write_registers_nothing(
    capture: CaptureService, sample_petition: Petition, tmp_path: Path
) -> None:
    service = SheetService(capture.vault)
    with pytest.raises(OSError):
        service.print_sheets(sample_petition.id, 2, out=tmp_path / "missing" / "s.pdf")
    assert sheet_store.all_sheets(capture.vault.conn) == []


def test_unknown_petition_is_refused(capture: CaptureService) -> None:
    with pytest.raises(BadInput, match="no petition"):
        SheetService(capture.vault).print_sheets("no-such-petition", 1)


def test_returns_and_report(capture: CaptureService, sample_petition: Petition) -> None:
    today = [date.today()]
    service = SheetService(capture.vault, today=lambda: today[0])
    serials = service.print_sheets(sample_petition.id, 5).serials
    rows = sheet_store.get(capture.vault.conn, serials[1])
    assert rows is not None

    service.mark_returned(serials[0].lower(), 3, city="Coventry")
    service.mark_returned(" " + serials[1] + " ", rows.rows, city="Leeds")
    scanned = sheet_pdf.qr_payload(sample_petition.content_hash, serials[2])
    service.mark_returned(scanned, 0)

    with pytest.raises(BadInput, match="already marked"):
        service.mark_returned(serials[0], 2)
    service.mark_returned(serials[0], 2, city="Coventry", correct=True)
    with pytest.raises(BadInput, match="count must be"):
        service.mark_returned(serials[3], rows.rows + 1)
    with pytest.raises(BadInput, match="count must be"):
        service.mark_returned(serials[3], -1)
    with pytest.raises(BadInput, match="No sheet"):
        service.mark_returned("ZZZZ-999", 1)
    with pytest.raises(BadInput, match="not a sheet serial"):
        service.mark_returned("K7PQ;001", 1)

    report = service.report()
    assert report.printed == 5
    assert report.back == serials[:3]
    assert report.out == serials[3:]
    assert report.missing == []
    assert report.returned_by_city == {"Coventry": 2, "Leeds": rows.rows, "(city not given)": 0}
    assert report.paper_signatures == 2 + rows.rows

    today[0] = date.today() + timedelta(days=31)
    late = service.report()
    assert late.out == [] and late.missing == serials[3:]


def test_report_counts_paper_entries_typed_in_by_city(
    capture: CaptureService, sample_petition: Petition, event_id: str
) -> None:
    service = SheetService(capture.vault)
    serial = service.print_sheets(sample_petition.id, 1).serials[0]
    capture.record(
        sample_petition.id,
        event_id,
        name="Synthetic Person",
        postcode="CV1 1LL",
        address="1 Test Street",
        consent=True,
        language="en",
        origin="paper",
        sheet_serial=serial,
        sheet_row=1,
    )
    assert service.report().keyed_by_city == {"Coventry": 1}


def test_qr_payload_parses_back() -> None:
    payload = sheet_pdf.qr_payload("ab" * 32, "K7PQ-001")
    assert parse_qr(payload) == ("ab" * 8, "K7PQ-001")
    with pytest.raises(BadInput):
        parse_qr("https://example.org")
    assert normalise_serial("k7pq - 001") == "K7PQ-001"


def test_a_version_1_vault_gains_the_sheets_table(tmp_path: Path) -> None:
    import sqlite3

    from stallapp.storage.migrate import migrate
    from stallapp.storage.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, db, MIGRATIONS[:1])
    assert schema_version(conn) == 1
    before, after, backup = migrate(conn, db)
    assert (before, after) == (1, MIGRATIONS[-1].version) and after >= 3
    assert backup is None  # made before migrating, deleted once the result checked out
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sheets)")}
    assert {"serial", "petition_hash", "rows", "returned_at", "signature_count"} <= columns
    conn.close()


class _Stop(Exception):
    pass


@pytest.mark.parametrize("stop_at", [0, 3, 5])
def test_progress_reports_each_sheet_and_a_stop_registers_nothing(
    capture: CaptureService, sample_petition: Petition, tmp_path: Path, stop_at: int
) -> None:
    service = SheetService(capture.vault)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == stop_at:
            raise _Stop  # as the job runner's cancel does; 5 is after the last sheet is drawn

    out = tmp_path / "sheets.pdf"
    with pytest.raises(_Stop):
        service.print_sheets(sample_petition.id, 5, out=out, progress=progress)
    assert seen == [(i, 5) for i in range(stop_at + 1)]
    assert service.report().printed == 0 and not out.exists()
    result = service.print_sheets(sample_petition.id, 5, progress=lambda d, t: seen.append((d, t)))
    assert len(result.serials) == 5 and service.report().printed == 5


def test_report_compares_each_returned_sheet_with_the_rows_typed_in(
    capture: CaptureService, sample_petition: Petition, event_id: str
) -> None:
    service = SheetService(capture.vault)
    first, second, _third = service.print_sheets(sample_petition.id, 3).serials
    for row in (1, 2):
        capture.record(
            sample_petition.id,
            event_id,
            name=f"Synthetic Person {row}",
            postcode="CV1 1LL",
            address="1 Test Street",
            consent=True,
            origin="paper",
            sheet_serial=first,
            sheet_row=row,
        )
    service.mark_returned(first, 2)
    service.mark_returned(second, 4)
    report = service.report(sample_petition.id)
    assert [(s.serial, s.returned, s.typed) for s in report.per_sheet] == [
        (first, 2, 2),
        (second, 4, 0),
    ]
    assert [s.serial for s in report.disagreeing] == [second]
