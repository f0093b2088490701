"""A council e-petition's own count, entered by the coordinator with the day it was read.

It is shown beside the paper and kiosk counts and never added to them: the council's site
counts its own signers and removes repeats itself (DOMAIN.md).
"""

from __future__ import annotations

from datetime import date

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import utc_now
from stallapp.storage import audit
from stallapp.storage import epetition_store as store
from stallapp.storage import petitions as petition_store
from stallapp.storage.epetition_store import EpetitionCount
from stallapp.storage.vault import Vault

MAX_COUNT = 10_000_000


def parse_day(raw: str) -> date:
    try:
        return date.fromisoformat((raw or "").strip())
    except ValueError:
        raise BadInput("The date must be a day like 2026-11-28.") from None


class CouncilCounts:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def enter(
        self, petition_id: str, count: int, day: date, today: date | None = None
    ) -> EpetitionCount:
        petition = petition_store.get(self.vault.conn, petition_id)
        if petition is None:
            raise BadInput("There is no petition with that id in this vault.")
        if petition.target != "council":
            raise BadInput("Only a council petition has a council e-petition count.")
        if not 0 <= count <= MAX_COUNT:
            raise BadInput(f"The count must be a whole number from 0 to {MAX_COUNT:,}.")
        if day > (today or date.today()):
            raise BadInput("The date of the count cannot be in the future.")
        entry = EpetitionCount(petition_id, count, day.isoformat(), utc_now())
        with self.vault.transaction() as tx:
            store.add(tx, entry)
            audit.append(tx, "epetition_count", petition_id=petition_id, count=count)
        return entry

    def latest(self, petition_id: str) -> EpetitionCount | None:
        return store.latest(self.vault.conn, petition_id)
