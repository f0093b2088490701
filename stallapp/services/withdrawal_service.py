"""Withdrawal and retention for the screens: the functions of services.withdrawal over one
unlocked vault, so a widget holds this service and never the Vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from stallapp.services import person_rights, reports, withdrawal
from stallapp.services.person_rights import PersonMatch
from stallapp.services.withdrawal import Erased, Purgeable, Purged
from stallapp.storage.vault import Vault

__all__ = ["Erased", "PersonMatch", "Purgeable", "Purged", "WithdrawalService"]


class WithdrawalService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def count_for_receipt(self, code: str, *, whole_person: bool = False) -> int:
        """How many signatures `erase_receipt` would erase; BadInput for a bad code."""
        return withdrawal.count_for_receipt(self._vault, code, whole_person=whole_person)

    def erase_receipt(self, code: str, *, whole_person: bool = False) -> Erased:
        return withdrawal.erase_receipt(self._vault, code, whole_person=whole_person)

    def purgeable(self, today: date | None = None) -> list[Purgeable]:
        """Petitions past their retention date, with how many signatures each still has."""
        return withdrawal.purgeable(self._vault, today)

    def purge(
        self,
        petition_id: str,
        today: date | None = None,
        check: Callable[[], None] | None = None,
        lookup: Path | None = None,
        names: tuple[Path, ...] = (),
    ) -> Purged:
        """Delete every signature of a petition past its retention date, keeping anonymous
        counts of them, in one transaction. With `lookup` (the ONS postcode directory, and
        its `names` files) the counts by constituency and ward are kept too. `check` runs
        just before the transaction starts: it may raise to stop the purge (a job being
        cancelled), and then nothing is deleted."""
        table = None
        if lookup is not None:
            table = reports.load_lookup(lookup, names, self._vault.conn)
        if check is not None:
            check()
        return withdrawal.purge_petition(self._vault, petition_id, today=today, lookup=table)

    # -- a signer's rights by name and postcode (paper and kiosk rows alike) -------------------

    def find_person(self, name: str, postcode: str) -> list[PersonMatch]:
        return person_rights.find(self._vault, name, postcode)

    def person_count(self, person_id: str) -> int:
        return person_rights.count_of(self._vault, person_id)

    def erase_person(self, person_id: str) -> int:
        return person_rights.erase(self._vault, person_id)

    def export_person(self, person_id: str, folder: Path) -> list[Path]:
        return person_rights.export(self._vault, person_id, folder)
