"""Stall side: confirm a coordinator's signed import receipt and mark its batches received.

Everything is checked before anything is written: the receipt's shape and signature, by a
coordinator signing key this stall's campaign trusts (sealing/receipt_format.py); that it is
for this device and of this kind of vault (rehearsal or real); that it is not older than a
receipt confirmed already; and that every batch it names is one this stall sealed, with the
same batch id and the same document hash. Then one transaction records the receipt, marks
its batches received and notes it in the audit log. Confirming the same receipt again
changes nothing, so a crash anywhere leaves either nothing or all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.receipt_format import MAX_RECEIPT, Receipt, read_receipt
from stallapp.services.keys import require_stall
from stallapp.storage import audit, receipt_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault


@dataclass(frozen=True)
class Confirmed:
    listed: int  # batches the receipt names
    newly_received: int  # of them, marked received now (0 when confirmed before)
    again: bool  # this very receipt was confirmed before


def read_receipt_file(path: Path) -> bytes:
    """The bytes of a receipt file; one BadInput for a missing, unreadable or huge file."""
    try:
        if path.stat().st_size > MAX_RECEIPT:
            raise BadInput("That file is too large to be an import receipt.")
        return path.read_bytes()
    except OSError:
        raise BadInput("That file could not be read.") from None


def check_receipt(vault: Vault, data: bytes) -> Receipt:
    """The verified receipt, or Rejected/BadInput with one line saying why (nothing changes)."""
    require_stall(vault)
    packs = store.packs(vault.conn)
    if not packs:
        raise BadInput("This stall has no campaign yet: import the coordinator's pack first.")
    receipt = read_receipt(data, {p.signing_key for p in packs})
    if receipt.rehearsal != vault.rehearsal:
        raise Rejected("This import receipt is from a rehearsal campaign, or the other way round.")
    if receipt.device_id != vault.device_id:
        raise Rejected("This import receipt is for another stall device. Nothing was marked.")
    if receipt_store.receipt_known(vault.conn, receipt.digest):
        return receipt
    latest = receipt_store.latest_receipt_time(vault.conn)
    if latest is not None and receipt.created_at < latest:
        raise Rejected(
            "This import receipt is older than one confirmed already. Nothing was marked."
        )
    sealed = {b.seq: b for b in store.out_batches(vault.conn)}
    for listed in receipt.batches:
        mine = sealed.get(listed.sequence)
        if mine is None or mine.batch_id != listed.batch_id:
            raise Rejected(
                f"This import receipt names a batch ({listed.sequence}) this stall never "
                "exported. Nothing was marked."
            )
        if mine.doc_hash != listed.hash:
            raise Rejected(
                f"Batch {listed.sequence} in this import receipt does not match the batch this "
                "stall exported. Nothing was marked: ask the coordinator."
            )
    return receipt


def confirm_receipt(vault: Vault, data: bytes) -> Confirmed:
    """Verify the receipt, then mark the batches it names received (audited)."""
    receipt = check_receipt(vault, data)
    with vault.transaction() as tx:
        if receipt_store.receipt_known(tx, receipt.digest):
            return Confirmed(len(receipt.batches), 0, True)
        receipt_id = receipt_store.save_receipt(
            tx, receipt.digest, receipt.signing_key, receipt.created_at, len(receipt.batches)
        )
        new = sum(receipt_store.mark_received(tx, b.sequence, receipt_id) for b in receipt.batches)
        audit.append(
            tx,
            "receipt_confirmed",
            receipt_hash=receipt.digest,
            coordinator_id=receipt.coordinator_id,
            batches=len(receipt.batches),
            newly_received=new,
        )
    return Confirmed(len(receipt.batches), new, False)
