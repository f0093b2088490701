"""Stall side: seal every signature not yet exported into one batch file.

Sign, then encrypt: the document is signed with this device's Ed25519 key, then the whole
is encrypted in the age format to every coordinator recipient from the campaign pack.

Crash order (a batch can never fork): one transaction marks the rows, records the batch
(number, id, previous hash, document hash, recipients, date) and COMMITs before any byte
reaches the stick. Only then is the file written, atomically, and a second transaction notes
that it was written. The document is a pure function of what the vault recorded (rows,
petitions, events, date, recipients; Ed25519 signatures are deterministic), so an export
interrupted anywhere after the first commit is finished by the next export, which writes
the same batch again: same id, same number, same signed document, same document hash. A
re-export of an earlier batch (a lost stick) is the same, unless a signature was erased since.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyrage

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.signer import Signature, utc_now
from stallapp.sealing import document
from stallapp.sealing.envelope import compress, seal
from stallapp.services.keys import DeviceKeys, load_keys, recipient_fingerprint, require_stall
from stallapp.storage import audit, provenance, receipt_store
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
    resumed: bool = False  # True when this finished an export interrupted after its commit


class StickFull(StallappError):
    """The batch is recorded in the vault, but its file could not be written out."""


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
        "version": document.version_for(rows),
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


def _write(
    vault: Vault,
    keys: DeviceKeys,
    ob: store.OutBatch,
    out_dir: Path,
    *,
    again: bool,
    resumed: bool = False,
) -> Exported:
    """Rebuild batch `ob` from what the vault recorded, write it atomically, note it."""
    rows = provenance.in_batch(vault.conn, ob.seq)
    plaintext = build_plaintext(
        vault, keys, ob.seq, ob.prev_hash, ob.created_at, ob.recipients, rows
    )
    path = out_dir / f"{ob.batch_id}{SUFFIX}"
    try:
        atomic_write(path, _encrypt(compress(plaintext), ob.recipients))
    except OSError as exc:
        raise StickFull(
            f"Batch {ob.seq} is kept safely in the vault but its file could not be written "
            f"to that folder ({exc.strerror}). Export again, to this or another stick."
        ) from None
    with vault.transaction() as tx:
        store.mark_written(tx, ob.seq)
        audit.append(tx, "exported", seq=ob.seq, count=len(rows), again=again)
    same = body_hash(plaintext) == ob.doc_hash
    return Exported(path, ob.batch_id, ob.seq, len(rows), same, resumed=resumed)


def pending(vault: Vault) -> store.OutBatch | None:
    """A batch recorded in the vault whose file may not have reached a stick."""
    return next((b for b in store.out_batches(vault.conn) if b.written_at is None), None)


def export_batch(vault: Vault, out_dir: Path, *, seq: int | None = None) -> Exported | None:
    """Seal the next batch (or write batch `seq` again). None when there is nothing new.

    If an earlier export was interrupted after recording its batch, this writes that same
    batch (its `resumed` is True) and seals nothing new; export again for newer signatures.
    """
    require_stall(vault)
    if not out_dir.is_dir():
        raise BadInput("The output folder does not exist.")
    keys = load_keys(vault)
    if seq is not None:
        old = next((b for b in store.out_batches(vault.conn) if b.seq == seq), None)
        if old is None:
            raise BadInput(f"This device has no batch number {seq}.")
        if receipt_store.erased_in_batch(vault.conn, seq):
            raise BadInput(
                f"The coordinator confirmed receiving batch {seq} and its signers were erased "
                "from this device; it cannot be exported again."
            )
        return _write(vault, keys, old, out_dir, again=True)
    unfinished = pending(vault)
    if unfinished is not None:
        return _write(vault, keys, unfinished, out_dir, again=False, resumed=True)
    to = recipients(vault)
    with vault.transaction() as tx:
        if provenance.unexported_count(tx) == 0:
            return None
        done = store.out_batches(tx)
        seq = (done[-1].seq if done else 0) + 1
        prev = done[-1].doc_hash if done else document.GENESIS
        provenance.mark_unexported(tx, seq)
        rows = provenance.in_batch(tx, seq)
        created = utc_now()
        plaintext = build_plaintext(vault, keys, seq, prev, created, to, rows)
        bid = document.batch_id(bytes(keys.signing), vault.device_id, seq)
        recorded = store.OutBatch(seq, bid, prev, body_hash(plaintext), len(rows), to, created)
        store.save_out_batch(tx, recorded)
        audit.append(tx, "batch_sealed", seq=seq, count=len(rows))
    return _write(vault, keys, recorded, out_dir, again=False)
