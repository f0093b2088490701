"""What the coordinator screen needs, in one Qt-free service over an unlocked vault."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.services import batch_import as merge
from stallapp.services import dedupe, quarantine, reports
from stallapp.services.batch_import import Importer, Outcome
from stallapp.services.campaign_pack import (
    MAX_FILE,
    DeviceCard,
    enroll,
    enrolled_devices,
    read_card,
)
from stallapp.services.council_counts import CouncilCounts
from stallapp.services.keys import load_keys
from stallapp.services.receipt_writer import WrittenReceipt, write_receipts
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.epetition_store import EpetitionCount
from stallapp.storage.vault import Vault


class CoordinatorService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.importer = Importer(vault)

    def fingerprint(self) -> str:
        """This coordinator's fingerprint (of its signing key), for stalls to compare."""
        return load_keys(self.vault).fingerprint("coordinator")

    def devices(self) -> list[store.DeviceRow]:
        return enrolled_devices(self.vault)

    def read_card(self, path: Path) -> DeviceCard:
        try:
            if path.stat().st_size > MAX_FILE:
                raise BadInput("That file is too large to be a device card.")
            data = path.read_bytes()
        except OSError as exc:
            raise BadInput(f"The device card cannot be read ({exc.strerror}).") from None
        return read_card(data)

    def enroll(self, card: DeviceCard) -> bool:
        return enroll(self.vault, card)

    def write_receipts(self, folder: Path) -> list[WrittenReceipt]:
        """A signed import receipt per stall device with imported batches, into `folder`."""
        return write_receipts(self.vault, folder)

    def import_files(
        self,
        paths: Iterable[Path],
        progress: merge.Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[Path, Outcome]]:
        """Import files or folders; `progress(done, total, path, outcome)` after each file,
        the outcome as codes and counts for the screen to phrase (see batch_import.Outcome)."""
        return self.importer.import_files(paths, progress, cancelled)

    def report(self, by: str | None = None) -> reports.Report:
        return reports.for_vault(self.vault, by)

    def area_report(self, by: str, lookup: Path, names: tuple[Path, ...] = ()) -> reports.Report:
        """People by constituency or ward, from the ONS postcode directory file (the same
        reader as `report` and the bundle); only this vault's postcodes are kept from it."""
        table = reports.load_lookup(lookup, names, self.vault.conn)
        return reports.for_vault(self.vault, by, lookup=table)

    def council_petitions(self) -> list[tuple[str, str]]:
        """(id, title) of the council petitions, for the e-petition count."""
        return [
            (p.id, p.title.get("en"))
            for p in petition_store.all_current(self.vault.conn)
            if p.target == "council"
        ]

    def enter_epetition(self, petition_id: str, count: int, day: date) -> EpetitionCount:
        return CouncilCounts(self.vault).enter(petition_id, count, day)

    def latest_epetition(self, petition_id: str) -> EpetitionCount | None:
        return CouncilCounts(self.vault).latest(petition_id)

    def gaps(self) -> list[str]:
        return merge.gaps(self.vault)

    def missing_batches(self) -> list[merge.MissingBatches]:
        """The same gaps as data, for a screen to phrase in its own language."""
        return merge.missing_batches(self.vault)

    def quarantined(self) -> int:
        """How many batches wait for a decision (`stallapp batch quarantine`, Quarantine tab)."""
        return len(merge.quarantined(self.vault))

    def quarantine_cases(self) -> list[quarantine.Case]:
        """Batches waiting for a decision, each with the batch holding its number."""
        return quarantine.cases(self.vault)

    def accept_quarantined(self, entry_id: int, reason: str) -> quarantine.Settled:
        return quarantine.accept(self.importer, entry_id, reason)

    def reject_quarantined(self, entry_id: int, reason: str) -> quarantine.Settled:
        return quarantine.reject(self.importer, entry_id, reason)

    def near_matches(self) -> list[dedupe.NearMatch]:
        return dedupe.open_matches(self.vault)

    def decide(self, match_id: int, confirm: bool) -> None:
        dedupe.review(self.vault, match_id, confirm)
