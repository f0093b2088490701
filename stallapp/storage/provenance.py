"""Signature rows by batch, merged rows with their provenance, erasure tombstones."""

from __future__ import annotations

import hashlib
import json

from stallapp.domain.petition import Petition
from stallapp.domain.signer import Signature, utc_now
from stallapp.storage.connection import Connection, new_id, scalar
from stallapp.storage.signatures import _COLUMNS, MARKS, _row, values


def unexported_count(conn: Connection) -> int:
    return int(scalar(conn.execute("SELECT count(*) FROM signatures WHERE batch_seq IS NULL")))


def mark_unexported(tx: Connection, seq: int) -> int:
    cur = tx.execute("UPDATE signatures SET batch_seq = ? WHERE batch_seq IS NULL", (seq,))
    return int(cur.rowcount)


def in_batch(conn: Connection, seq: int) -> list[Signature]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM signatures WHERE batch_seq = ? ORDER BY id", (seq,)
    ).fetchall()
    return [_row(r) for r in rows]


def ensure_petition_version(tx: Connection, petition: Petition) -> None:
    """Keep every wording seen; the first one seen for an id becomes its current one."""
    now = utc_now()
    tx.execute(
        "INSERT INTO petitions (id, current_hash, added_at) VALUES (?, ?, ?) "
        "ON CONFLICT(id) DO NOTHING",
        (petition.id, petition.content_hash, now),
    )
    definition = json.dumps(petition.to_dict(), ensure_ascii=False, sort_keys=True)
    tx.execute(
        "INSERT INTO petition_versions (hash, petition_id, definition, added_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING",
        (petition.content_hash, petition.id, definition, now),
    )


def uid_hash(uid: str) -> str:
    return hashlib.sha256(b"stallapp-erased\x00" + uid.encode("ascii")).hexdigest()


def add_tombstone(tx: Connection, uid: str) -> None:
    tx.execute(
        "INSERT INTO erased (uid_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (uid_hash(uid), utc_now()),
    )


def known_uids(conn: Connection, uids: list[str]) -> set[str]:
    """Which of these uids are in the vault already, or were erased from it."""
    found: set[str] = set()
    hashes = {uid_hash(u): u for u in uids}
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT uid FROM signatures WHERE uid IN ({marks})", chunk)
        found.update(str(r[0]) for r in rows)
        keys = list(hashes)[start : start + 500]
        marks = ",".join("?" * len(keys))
        rows = conn.execute(f"SELECT uid_hash FROM erased WHERE uid_hash IN ({marks})", keys)
        found.update(hashes[str(r[0])] for r in rows)
    return found


def insert_merged(
    tx: Connection, sig: Signature, device_id: str, batch_id: str, person_id: int
) -> int:
    cur = tx.execute(
        f"INSERT INTO signatures ({_COLUMNS}, device_id, likely_duplicate, source_batch, "
        f"person_id) VALUES ({MARKS},?,0,?,?)",
        (*values(sig), device_id, batch_id, person_id),
    )
    return new_id(cur)


ErasableRow = tuple[int, str, int | None, int | None]


def rows_to_erase(conn: Connection, receipt_code: str, persons: set[int]) -> list[ErasableRow]:
    """(id, uid, person_id, batch_seq) of the rows with this receipt code or these persons."""
    marks = ",".join("?" * len(persons))
    where = f"receipt_code = ? OR person_id IN ({marks})" if persons else "receipt_code = ?"
    rows = conn.execute(
        f"SELECT id, uid, person_id, batch_seq FROM signatures WHERE {where}",
        (receipt_code, *sorted(persons)),
    ).fetchall()
    return [(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]


def count_of_persons(conn: Connection, persons: set[int]) -> int:
    if not persons:
        return 0
    marks = ",".join("?" * len(persons))
    return int(
        scalar(
            conn.execute(
                f"SELECT count(*) FROM signatures WHERE person_id IN ({marks})",
                tuple(sorted(persons)),
            )
        )
    )
