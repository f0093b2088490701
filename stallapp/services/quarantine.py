"""Settling a fork on the coordinator: accept one competing batch, set the other aside.

A quarantined batch keeps its sealed file (see batch_import.py). Accepting it verifies that
file again (signature, device, revocation, recipients), writes its rows on the device's
chain (rows already held are skipped, so every signature counts once) and sets aside the
batch that held its number, with the coordinator's reason. Rejecting sets the quarantined
batch aside. Either way the device's later batches that waited in quarantine are tried
again in order, and those that now follow the chain are imported. Every step is audited;
no signer's name or detail is shown or logged, only numbers, counts and dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.errors import BadInput
from stallapp.sealing.envelope import Rejected
from stallapp.services.batch_import import IMPORTED, Importer
from stallapp.storage import audit
from stallapp.storage import quarantine_store as qstore
from stallapp.storage import sealing_store as store
from stallapp.storage.quarantine_store import Quarantined
from stallapp.storage.vault import Vault

MAX_REASON = 200


@dataclass(frozen=True)
class Case:
    """One batch waiting for a decision, and the batch that holds its number, if any."""

    entry: Quarantined
    device_name: str
    holder: store.InBatch | None  # the batch already on the chain at that number


@dataclass(frozen=True)
class Settled:
    added: int  # signatures added by the accepted batch (rows already held are skipped)
    released: int  # later batches of that device imported because they now follow


def cases(vault: Vault) -> list[Case]:
    conn = vault.conn
    names = {d.device_id: d.name for d in store.devices(conn)}
    return [
        Case(
            q,
            names.get(q.batch.device_id, q.batch.device_id),
            store.in_batch_at(conn, q.batch.device_id, q.batch.seq),
        )
        for q in qstore.quarantine_entries(conn)
    ]


def check_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise BadInput("Give a reason for setting the batch aside.")
    if len(text) > MAX_REASON or any(ord(ch) < 32 for ch in text):
        raise BadInput(f"The reason must be plain text of at most {MAX_REASON} characters.")
    return text


def _open_entry(vault: Vault, entry_id: int) -> Quarantined:
    entry = qstore.quarantine_entry(vault.conn, entry_id)
    if entry is None:
        raise BadInput(f"There is no quarantined batch number {entry_id}.")
    if entry.status != qstore.OPEN:
        raise BadInput(f"Quarantined batch {entry_id} was settled already.")
    return entry


def accept(importer: Importer, entry_id: int, reason: str) -> Settled:
    """Put quarantined batch `entry_id` on its device's chain; set the holder aside."""
    vault = importer.vault
    why = check_reason(reason)
    entry = _open_entry(vault, entry_id)
    if entry.sealed is None:
        raise BadInput(
            "This batch was set aside by an older stallapp that did not keep its file: "
            "import the file again, then accept it."
        )
    try:
        opened = importer.verify(entry.sealed)
    except Rejected as exc:
        raise BadInput(f"This batch can no longer be accepted: {exc.message}") from None
    b = entry.batch
    with vault.transaction() as tx:
        holder = store.in_batch_at(tx, b.device_id, b.seq)
        if holder is not None:
            store.drop_in_batch(tx, holder)
            qstore.quarantine(tx, holder, "set aside when a competing batch was accepted")
            qstore.decide(tx, holder.doc_hash, qstore.SET_ASIDE, why)
            audit.append(
                tx, "quarantine_set_aside", batch_id=holder.batch_id, seq=holder.seq, count=0
            )
        added, _ = importer.write_batch(tx, opened)
        qstore.decide(tx, b.doc_hash, qstore.ACCEPTED, None)
        audit.append(
            tx,
            "quarantine_accepted",
            batch_id=b.batch_id,
            device_id=b.device_id,
            seq=b.seq,
            count=added,
        )
    return Settled(added, _release_later(importer, b.device_id))


def reject(importer: Importer, entry_id: int, reason: str) -> Settled:
    """Set quarantined batch `entry_id` aside for good, with the coordinator's reason."""
    vault = importer.vault
    why = check_reason(reason)
    entry = _open_entry(vault, entry_id)
    b = entry.batch
    with vault.transaction() as tx:
        qstore.decide(tx, b.doc_hash, qstore.SET_ASIDE, why)
        audit.append(
            tx, "quarantine_set_aside", batch_id=b.batch_id, seq=b.seq, count=b.record_count
        )
    return Settled(0, _release_later(importer, b.device_id))


def _release_later(importer: Importer, device_id: str) -> int:
    """Try the device's waiting batches again, lowest number first; count those imported."""
    released = 0
    for entry in qstore.quarantine_entries(importer.vault.conn):
        if entry.batch.device_id != device_id or entry.sealed is None:
            continue
        if importer.import_bytes(entry.sealed).status == IMPORTED:
            released += 1
    return released
