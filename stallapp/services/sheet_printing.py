"""Printing a run of paper sheets as a long job: sheet by sheet progress, cancel before commit.

`SheetService.print_sheets` renders and registers in one call the caller cannot follow or
stop. A screen printing 200 sheets needs both, so this service plans the same run, reports
each sheet as the renderer draws it (a `progress` call may raise to cancel), and registers
the serials in one transaction only after the whole PDF exists: a cancelled run leaves no
serial registered and no file behind.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import utc_now
from stallapp.printing import sheet_pdf
from stallapp.services.sheet_tracking import PrintedSheets
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.sheet_records import SheetRecord
from stallapp.storage.vault import Vault

Progress = Callable[[int, int], None]
_RUN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, no I L O U


class _ReportedPlan(list[sheet_pdf.Sheet]):
    """The sheets to draw; iterating over them reports each one before it is drawn."""

    def __init__(self, sheets: list[sheet_pdf.Sheet], progress: Progress) -> None:
        super().__init__(sheets)
        self._progress = progress

    def __iter__(self) -> Iterator[sheet_pdf.Sheet]:
        total = len(self)
        for done, sheet in enumerate(super().__iter__()):
            self._progress(done, total)
            yield sheet


class SheetPrinting:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _new_run(self) -> str:
        while True:
            run = "".join(secrets.choice(_RUN_ALPHABET) for _ in range(4))
            if not sheet_store.serial_in_use(self.vault.conn, run + "-"):
                return run

    def print_run(
        self, petition_id: str, count: int, progress: Progress, *, paper: str = "a4"
    ) -> PrintedSheets:
        """Render `count` sheets (calling `progress(done, total)` before each and once at
        the end), then register their serials. If `progress` raises, nothing is registered."""
        petition = petition_store.get(self.vault.conn, petition_id)
        if petition is None:
            raise BadInput("There is no petition with that id in this vault.")
        kinds = sheet_pdf.kinds_for(petition, count)
        run = self._new_run()
        digits = max(3, len(str(count)))
        plan = [sheet_pdf.Sheet(f"{run}-{i:0{digits}d}", k) for i, k in enumerate(kinds, 1)]
        rendered = sheet_pdf.render(petition, _ReportedPlan(plan, progress), paper)
        now = utc_now()
        with self.vault.transaction() as tx:
            for sheet, rows in zip(plan, rendered.rows, strict=True):
                record = SheetRecord(
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
                )
                sheet_store.insert(tx, record)
            audit.append(tx, "sheets_printed", petition_id=petition.id, count=count)
            progress(len(plan), len(plan))  # the last chance to cancel: rolls back
        return PrintedSheets(rendered.pdf, [s.serial for s in plan])
