"""Stall side: seal every signature not yet exported into one batch file.

Sign, then encrypt: the document is signed with this device's Ed25519 key, then the whole
is encrypted in the age format to every coordinator recipient from the campaign pack.
Re-exporting an earlier batch (a lost stick) gives the same batch id and, unless a
signature was erased since, the same signed document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyrage

from stallapp.domain.errors import BadInput
from stallapp.domain.signer import Signature, utc_now
from stallapp.sealing import document
from stallapp.sealing.envelope import seal
from stallapp.services.keys import DeviceKeys, load_keys, recipient_fingerprint, require_stall
from stallapp.storage import audit, provenance
from stallapp.storage import events as event_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write

SUFFIX = ".stallbatch"


@dataclass(frozen=True)
class Exported:
    path: Path
    batch_id: str
    seq: int
    record_count: int
    unchanged: bool  # False when a re-export differs from the first (an erasure since)


def recipients(vault: Vault) -> tuple[str, ...]:
    found: list[str] = []
    for pack in store.packs(vault.conn):
        found += [r for r in pack.recipients if r not in found]
    if not found:
        raise BadInput(
            "No campaign pack yet: import the coordinator's pack first (stallapp pack import)."
        )
    return tuple(found)


def build_plaintext(
    vault: Vault,
    keys: DeviceKeys,
    seq: int,
    prev_hash: str,
    created_at: str,
    to: tuple[str, ...],
    rows: list[Signature],
) -> bytes:
    conn = vault.conn
    petitions = []
    for h in sorted({s.petition_hash for s in rows}):
        petition = petition_store.get_version(conn, h)
        if petition is None:
            raise BadInput("A petition definition is missing from this vault.")
        petitions.append({"hash": h, "definition": petition.to_dict()})
    events = []
    for event_id in sorted({s.event_id for s in rows}):
        event = event_store.get(conn, event_id)
        if event is None:
            raise BadInput("A stall event is missing from this vault.")
        events.append(document.event_of(event))
    doc = {
        "format": document.KIND,
        "version": document.FORMAT_VERSION,
        "batch_id": document.batch_id(bytes(keys.signing), vault.device_id, seq),
        "device_id": vault.device_id,
        "device_key": keys.public_b64,
        "sequence": seq,
        "previous_hash": prev_hash,
        "created_at": created_at,
        "rehearsal": vault.rehearsal,
        "recipients": [recipient_fingerprint(r) for r in to],
        "record_count": len(rows),
        "petitions": petitions,
        "events": events,
        "records": [document.record_of(s) for s in rows],
    }
    return seal(document.KIND, vault.device_id, keys.signing, doc)


def body_hash(plaintext: bytes) -> str:
    """SHA-256 of the document bytes (after the two envelope lines)."""
    second = plaintext.index(b"\n", plaintext.index(b"\n") + 1)
    return hashlib.sha256(plaintext[second + 1 :]).hexdigest()


def _encrypt(plaintext: bytes, to: tuple[str, ...]) -> bytes:
    return bytes(pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r) for r in to]))


def export_batch(vault: Vault, out_dir: Path, *, seq: int | None = None) -> Exported | None:
    """Seal the next batch (or re-seal batch `seq`). None when there is nothing new."""
    require_stall(vault)
    if not out_dir.is_dir():
        raise BadInput("The output folder does not exist.")
    to = recipients(vault)
    keys = load_keys(vault)
    with vault.transaction() as tx:
        done = {b.seq: b for b in store.out_batches(tx)}
        if seq is not None:
            old = done.get(seq)
            if old is None:
                raise BadInput(f"This device has no batch number {seq}.")
            rows = provenance.in_batch(tx, seq)
            plaintext = build_plaintext(
                vault, keys, seq, old.prev_hash, old.created_at, old.recipients, rows
            )
            path = out_dir / f"{old.batch_id}{SUFFIX}"
            atomic_write(path, _encrypt(plaintext, old.recipients))
            audit.append(tx, "exported", seq=seq, count=len(rows), again=True)
            same = body_hash(plaintext) == old.doc_hash
            return Exported(path, old.batch_id, seq, len(rows), same)
        if provenance.unexported_count(tx) == 0:
            return None
        seq = max(done, default=0) + 1
        prev = done[seq - 1].doc_hash if seq > 1 else document.GENESIS
        provenance.mark_unexported(tx, seq)
        rows = provenance.in_batch(tx, seq)
        created = utc_now()
        plaintext = build_plaintext(vault, keys, seq, prev, created, to, rows)
        bid = document.batch_id(bytes(keys.signing), vault.device_id, seq)
        store.save_out_batch(
            tx,
            store.OutBatch(seq, bid, prev, body_hash(plaintext), len(rows), to, created),
        )
        path = out_dir / f"{bid}{SUFFIX}"
        atomic_write(path, _encrypt(plaintext, to))
        audit.append(tx, "exported", seq=seq, count=len(rows))
    return Exported(path, bid, seq, len(rows), True)
