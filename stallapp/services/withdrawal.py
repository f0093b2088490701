"""Withdrawal by receipt code, and the purge of a petition after its retention date (which
keeps anonymous counts, see services/anonymise.py).

Rows are deleted with SQLCipher's secure_delete on, and the write-ahead log is checkpointed
and truncated afterwards so no old page keeps a copy. The audit log records the erasure with
counts only. On a coordinator a tombstone (a hash of the row's random uid) stops a batch
imported again later from bringing the signature back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.domain.signer import normalise_receipt_code
from stallapp.services import anonymise, dedupe
from stallapp.storage import audit, erasure, provenance, receipt_store
from stallapp.storage import persons as person_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.connection import Connection
from stallapp.storage.migrate import delete_backups
from stallapp.storage.vault import Vault


@dataclass(frozen=True)
class Erased:
    count: int
    exported: int  # how many of them had already left this device in a batch
    same_person_left: int = 0  # other signatures of the same person still kept


def _rows_for(
    conn: Connection, code: str, whole_person: bool
) -> tuple[list[provenance.ErasableRow], set[int]]:
    """The rows an erasure would delete, and the persons they belong to; BadInput for a
    malformed or unknown code."""
    norm = normalise_receipt_code(code)
    if norm is None:
        raise BadInput("A receipt code has 8 letters and digits, like 7KQ2-M9XD.")
    rows = provenance.rows_to_erase(conn, norm, set())
    if not rows:
        if receipt_store.erased_count(conn, petition_id=None, event_id=None):
            # A stall that erased what its coordinator received cannot tell whether the
            # code was among them (erased rows leave no code behind), so it says where to go.
            raise BadInput(
                "No signature with that receipt code is in this vault. This stall has "
                "erased signatures its coordinator received: if it was one of them, ask "
                "the coordinator to withdraw it."
            )
        raise BadInput("No signature with that receipt code is in this vault.")
    persons = {int(r[2]) for r in rows if r[2] is not None}
    if whole_person and persons:
        rows = provenance.rows_to_erase(conn, norm, persons)
    return rows, persons


def count_for_receipt(vault: Vault, code: str, *, whole_person: bool = False) -> int:
    """How many signatures `erase_receipt` with the same arguments would erase (changes
    nothing); BadInput for a malformed or unknown code."""
    rows, _persons = _rows_for(vault.conn, code, whole_person)
    return len(rows)


def erase_receipt(vault: Vault, code: str, *, whole_person: bool = False) -> Erased:
    """Erase the signature with this receipt code; with `whole_person`, also every other
    signature merged into the same person (the same signer at other stalls)."""
    with vault.transaction() as tx:
        rows, persons = _rows_for(tx, code, whole_person)
        for row_id, uid, _person, _seq in rows:
            erasure.delete_signature(tx, row_id)
            provenance.add_tombstone(tx, uid)
        for person in persons:
            dedupe.drop_person_if_empty(tx, person)
        remaining = provenance.count_of_persons(tx, persons)
        exported = sum(1 for r in rows if r[3] is not None and vault.role == "stall")
        audit.append(tx, "erased", count=len(rows), exported=exported)
    vault.truncate_wal()
    delete_backups(vault.folder)
    return Erased(len(rows), exported, remaining)


@dataclass(frozen=True)
class Purgeable:
    petition: Petition
    count: int  # signatures a purge would delete


def purgeable(vault: Vault, today: date | None = None) -> list[Purgeable]:
    """Petitions whose retention date has passed, with how many signatures each still has."""
    day = today or date.today()
    out = []
    for petition in petition_store.all_current(vault.conn):
        if day > petition.retention_until:
            count = signature_store.count(vault.conn, petition_id=petition.id)
            out.append(Purgeable(petition, count))
    return out


@dataclass(frozen=True)
class Purged:
    count: int  # signatures deleted
    kept: int  # of them, how many were kept as anonymous counts (their notice said so)


def purge_petition(
    vault: Vault,
    petition_id: str,
    today: date | None = None,
    lookup: PostcodeLookup | None = None,
) -> Purged:
    """Delete every signature of a petition whose retention date has passed, keeping
    anonymous counts of them (services/anonymise.py) in the same transaction; `lookup`
    gives their constituency and ward."""
    petition = petition_store.get(vault.conn, petition_id)
    if petition is None:
        raise BadInput("There is no petition with that id in this vault.")
    if (today or date.today()) <= petition.retention_until:
        raise BadInput(
            f"This petition is kept until {petition.retention_until.isoformat()}; "
            "it cannot be purged before then."
        )
    with vault.transaction() as tx:
        kept = anonymise.keep_counts(tx, petition_id, lookup)
        count = _purge(tx, petition_id)
        audit.append(tx, "purged", petition_id=petition_id, count=count, kept=kept)
    vault.truncate_wal()
    delete_backups(vault.folder)
    return Purged(count, kept)


def _purge(tx: Connection, petition_id: str) -> int:
    count = erasure.delete_signatures_of_petition(tx, petition_id)
    person_store.delete_of_petition(tx, petition_id)
    return count
