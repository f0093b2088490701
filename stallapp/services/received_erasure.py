"""Stall side: erase from this device the signers whose batch the coordinator confirmed.

Only signatures in a batch that a confirmed import receipt names are deleted; signatures
not yet exported, or exported but not confirmed, are never touched. One transaction keeps
their counts (by batch, petition and event: no personal field) so the stall's counts stay
honest, deletes the rows (secure_delete overwrites their pages) and notes the erasure in the
audit log; then the write-ahead log is cut and migration backups are deleted, so no old page
keeps a copy. Repeating it erases nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.services.keys import require_stall
from stallapp.storage import audit, receipt_store
from stallapp.storage.migrate import delete_backups
from stallapp.storage.vault import Vault


@dataclass(frozen=True)
class ReceivedErased:
    count: int  # signatures erased now
    batches: int  # received batches they came from


def erasable(vault: Vault) -> int:
    """How many signatures `erase_received` would erase now (changes nothing)."""
    require_stall(vault)
    return receipt_store.erasable_count(vault.conn)


def erase_received(vault: Vault) -> ReceivedErased:
    require_stall(vault)
    with vault.transaction() as tx:
        batches = sum(1 for b in receipt_store.batch_states(tx) if b.received and b.on_device > 0)
        count = receipt_store.erase_received(tx)
        if count:
            audit.append(tx, "received_erased", count=count, batches=batches)
    if count:
        vault.truncate_wal()
        delete_backups(vault.folder)
    return ReceivedErased(count, batches if count else 0)


def batch_states(vault: Vault) -> list[receipt_store.BatchState]:
    """Each batch this stall sealed, with whether it was received and what is left here."""
    return receipt_store.batch_states(vault.conn)


def erased_count(
    vault: Vault, *, petition_id: str | None = None, event_id: str | None = None
) -> int:
    """Signatures erased from this device after the coordinator received them."""
    return receipt_store.erased_count(vault.conn, petition_id=petition_id, event_id=event_id)
