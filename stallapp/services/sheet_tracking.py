"""Paper sheet tracking: serials registered when printed, returns counted, a report.

A print run gets a random four-character code; its sheets are numbered in order under it
(e.g. K7PQ-001, K7PQ-002). A sheet is "out" until it is marked returned with its signature
count; one still out after MISSING_AFTER_DAYS (or after the petition's retention date) is
reported missing.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.domain.signer import utc_now
from stallapp.domain.textnorm import collapse_spaces, has_control, nfkc
from stallapp.printing import sheet_pdf
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.sheet_records import SheetRecord
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write

MISSING_AFTER_DAYS = 30
_RUN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, no I L O U
MAX_CITY = 80


@dataclass(frozen=True)
class PrintedSheets:
    pdf: bytes
    serials: list[str]


@dataclass(frozen=True)
class SheetCount:
    """One returned sheet: the count written on return beside the rows typed in from it."""

    serial: str
    returned: int
    typed: int

    @property
    def agrees(self) -> bool:
        return self.returned == self.typed


@dataclass
class SheetReport:
    printed: int = 0
    out: list[str] = field(default_factory=list)
    back: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    returned_by_city: dict[str, int] = field(default_factory=dict)
    keyed_by_city: dict[str, int] = field(default_factory=dict)
    per_sheet: list[SheetCount] = field(default_factory=list)

    @property
    def paper_signatures(self) -> int:
        return sum(self.returned_by_city.values())

    @property
    def disagreeing(self) -> list[SheetCount]:
        """Returned sheets whose count differs from the rows typed in from them."""
        return [s for s in self.per_sheet if not s.agrees]


def normalise_serial(raw: str) -> str:
    """A typed or scanned serial in its printed form (upper case, no spaces)."""
    text = "".join((raw or "").split()).upper()
    if text.startswith(sheet_pdf.QR_PREFIX.upper() + ":"):
        text = text.rsplit(":", 1)[-1]
    if not text or len(text) > 40 or not all(ch.isalnum() or ch == "-" for ch in text):
        raise BadInput("That is not a sheet serial (it looks like K7PQ-001).")
    return text


def parse_qr(payload: str) -> tuple[str, str]:
    """(petition hash prefix, serial) from a scanned tracking QR."""
    parts = payload.strip().split(":")
    if len(parts) != 3 or parts[0] != sheet_pdf.QR_PREFIX:
        raise BadInput("That QR code is not a stallapp sheet code.")
    return parts[1], normalise_serial(parts[2])


class SheetService:
    def __init__(self, vault: Vault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.today = today

    def _petition(self, petition_id: str) -> Petition:
        found = petition_store.get(self.vault.conn, petition_id)
        if found is None:
            raise BadInput("There is no petition with that id in this vault.")
        return found

    def _new_run(self) -> str:
        while True:
            run = "".join(secrets.choice(_RUN_ALPHABET) for _ in range(4))
            if not sheet_store.serial_in_use(self.vault.conn, run + "-"):
                return run

    def print_sheets(
        self,
        petition_id: str,
        count: int,
        *,
        paper: str = "a4",
        chinese: str = "zh-Hant",
        top_sheet: bool = True,
        out: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> PrintedSheets:
        """Render `count` sheets and register their serials; write the PDF to `out` if given.

        The serials are committed only if the file was written, so a failed write leaves
        no sheet registered that was never printed. `progress(done, total)` is called before
        each sheet and once more before the commit; if it raises (a cancel), nothing is
        registered and no file is written.
        """
        petition = self._petition(petition_id)
        kinds = sheet_pdf.kinds_for(petition, count, top_sheet)
        run = self._new_run()
        digits = max(3, len(str(count)))
        plan = [sheet_pdf.Sheet(f"{run}-{i:0{digits}d}", k) for i, k in enumerate(kinds, 1)]
        rendered = sheet_pdf.render(petition, plan, paper, chinese, progress)
        now = utc_now()
        with self.vault.transaction() as tx:
            for sheet, rows in zip(plan, rendered.rows, strict=True):
                sheet_store.insert(
                    tx,
                    SheetRecord(
                        sheet.serial,
                        petition.id,
                        petition.content_hash,
                        sheet.kind,
                        paper.lower(),
                        rows,
                        now,
                        None,
                        None,
                        None,
                    ),
                )
            audit.append(tx, "sheets_printed", petition_id=petition.id, count=count)
            if progress is not None:
                progress(len(plan), len(plan))  # the last chance to stop: rolls back
            if out is not None:
                atomic_write(out, rendered.pdf)
        return PrintedSheets(rendered.pdf, [s.serial for s in plan])

    def mark_returned(
        self, serial: str, count: int, city: str | None = None, correct: bool = False
    ) -> SheetRecord:
        serial = normalise_serial(serial)
        record = sheet_store.get(self.vault.conn, serial)
        if record is None:
            raise BadInput("No sheet with that serial was printed from this vault.")
        if record.returned_at is not None and not correct:
            raise BadInput(
                "That sheet is already marked returned; use --correct to change its count."
            )
        if not 0 <= count <= record.rows:
            raise BadInput(
                f"That sheet has {record.rows} rows: the count must be 0 to {record.rows}."
            )
        clean_city = None
        if city:
            clean_city = collapse_spaces(nfkc(city))
            if has_control(clean_city) or len(clean_city) > MAX_CITY:
                raise BadInput(f"The city must be plain text of at most {MAX_CITY} characters.")
        with self.vault.transaction() as tx:
            sheet_store.mark_returned(tx, serial, count, clean_city or None, utc_now())
            audit.append(tx, "sheet_returned", count=count)
        updated = sheet_store.get(self.vault.conn, serial)
        assert updated is not None
        return updated

    def report(self, petition_id: str | None = None) -> SheetReport:
        report = SheetReport()
        today = self.today()
        typed = sheet_store.typed_rows_by_sheet(self.vault.conn, petition_id)
        for record in sheet_store.all_sheets(self.vault.conn, petition_id):
            report.printed += 1
            if record.returned_at is not None:
                report.back.append(record.serial)
                city = record.city or "(city not given)"
                count = record.signature_count or 0
                report.per_sheet.append(
                    SheetCount(record.serial, count, typed.get(record.serial, 0))
                )
                report.returned_by_city[city] = report.returned_by_city.get(city, 0) + count
                continue
            printed = datetime.strptime(record.printed_at[:10], "%Y-%m-%d").replace(tzinfo=UTC)
            petition = petition_store.get(self.vault.conn, record.petition_id)
            closed = petition is not None and today > petition.retention_until
            late = today - printed.date() > timedelta(days=MISSING_AFTER_DAYS)
            (report.missing if closed or late else report.out).append(record.serial)
        report.keyed_by_city = sheet_store.keyed_paper_by_city(self.vault.conn, petition_id)
        return report
