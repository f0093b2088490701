"""The stall's import receipts, for its screens: which batches the coordinator received,
confirming a receipt from the stick, erasing received signers, and the honest counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from stallapp.services import received_erasure
from stallapp.services.received_erasure import ReceivedErased
from stallapp.storage.receipt_store import BatchState
from stallapp.storage.vault import Vault

if TYPE_CHECKING:
    from stallapp.services.receipt_confirm import Confirmed

__all__ = ["BatchState", "ReceivedErased", "StallReceipts"]


class StallReceipts:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def batches(self) -> list[BatchState]:
        """Each batch this stall sealed, oldest first: counts and received, nothing personal."""
        return received_erasure.batch_states(self._vault)

    def confirm_file(self, path: Path) -> Confirmed:
        """Verify the receipt in `path` and mark its batches received; one BadInput (nothing
        changed) for any bad, foreign or unreadable file."""
        # Imported here: the volunteer page paints without the signature code.
        from stallapp.services.receipt_confirm import confirm_receipt, read_receipt_file

        return confirm_receipt(self._vault, read_receipt_file(path))

    def erasable(self) -> int:
        """How many signatures an erasure of received signers would erase now."""
        return received_erasure.erasable(self._vault)

    def erase_received(self) -> ReceivedErased:
        return received_erasure.erase_received(self._vault)

    def erased_count(self, petition_id: str | None = None, event_id: str | None = None) -> int:
        """Signatures erased from this device after the coordinator received them."""
        return received_erasure.erased_count(
            self._vault, petition_id=petition_id, event_id=event_id
        )
