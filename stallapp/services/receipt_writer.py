"""Coordinator side: write signed import receipts for the stalls, one file per device.

A receipt lists the batches of one device that this coordinator imported (on the device's
chain: not quarantined, not refused), by batch id, sequence number and document hash, and
nothing personal. Writing one changes nothing in the vault: each file is written atomically
(private mode) and replaces the device's earlier receipt, so writing again is always safe.
The file is named after the device id (random hex), never after a person or a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.sealing.receipt_format import SUFFIX, ReceivedBatch, receipt_bytes
from stallapp.services.keys import load_keys, require_coordinator
from stallapp.storage import receipt_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write


@dataclass(frozen=True)
class WrittenReceipt:
    path: Path
    device_id: str
    batch_count: int


def receipt_name(device_id: str) -> str:
    return f"receipt-{device_id}{SUFFIX}"


def receipt_for(vault: Vault, device_id: str) -> bytes:
    """The signed receipt for one enrolled device; BadInput if it has no imported batch."""
    require_coordinator(vault)
    if store.device(vault.conn, device_id) is None:
        raise BadInput("There is no enrolled device with that id.")
    imported = receipt_store.imported_batches(vault.conn, device_id)
    if not imported:
        raise BadInput("No batch from that device has been imported yet.")
    return receipt_bytes(
        load_keys(vault),
        coordinator_id=vault.device_id,
        device_id=device_id,
        rehearsal=vault.rehearsal,
        batches=[ReceivedBatch(b.batch_id, b.seq, b.doc_hash) for b in imported],
    )


def write_receipts(
    vault: Vault, out_dir: Path, device_id: str | None = None
) -> list[WrittenReceipt]:
    """Write the receipt of `device_id` (or of every device with an imported batch) into
    `out_dir`; each file is complete or absent, never half-written."""
    require_coordinator(vault)
    if not out_dir.is_dir():
        raise BadInput("The output folder does not exist.")
    devices = (
        [device_id] if device_id is not None else receipt_store.devices_with_imports(vault.conn)
    )
    if not devices:
        raise BadInput("No batch has been imported yet: there is nothing to confirm.")
    made = [(d, receipt_for(vault, d)) for d in devices]  # every check before any write
    written = []
    for device, data in made:
        path = out_dir / receipt_name(device)
        atomic_write(path, data)
        count = len(receipt_store.imported_batches(vault.conn, device))
        written.append(WrittenReceipt(path, device, count))
    return written
