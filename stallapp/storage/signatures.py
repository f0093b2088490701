"""Signature records in the vault. Counting queries return numbers only."""

from __future__ import annotations

from typing import Any

from stallapp.domain.signer import Signature
from stallapp.storage.connection import Connection, Row, new_id, scalar

_COLUMNS = (
    "uid, petition_id, petition_hash, event_id, name, address, postcode, country, email, "
    "consent_hash, consent_at, contact_consent, contact_consent_hash, language, origin, "
    "sheet_serial, sheet_row, captured_at, receipt_code, dedupe_key, ink, connection"
)

MARKS = ",".join("?" * len(_COLUMNS.split(",")))  # one placeholder per column


def receipt_in_use(conn: Connection, code: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM signatures WHERE receipt_code = ?", (code,)).fetchone()
        is not None
    )


def has_dedupe_key(conn: Connection, petition_id: str, key: str) -> bool:
    """Whether this name and postcode already signed this petition here: among this
    device's own rows (the partial index `signatures_dedupe`, schema 10, which merged rows
    never enter), or, on a coordinator, among the persons its merges made (`persons_key`).
    The capture's "signed here before" flag; a stall's persons table is empty."""
    own = conn.execute(
        "SELECT 1 FROM signatures WHERE petition_id = ? AND dedupe_key = ? "
        "AND person_id IS NULL LIMIT 1",
        (petition_id, key),
    ).fetchone()
    if own is not None:
        return True
    merged = conn.execute(
        "SELECT 1 FROM persons WHERE petition_id = ? AND dedupe_key = ? LIMIT 1",
        (petition_id, key),
    ).fetchone()
    return merged is not None


def values(sig: Signature) -> tuple[Any, ...]:
    """The row's values in _COLUMNS order (shared by a stall's insert and a merge)."""
    return (
        sig.uid,
        sig.petition_id,
        sig.petition_hash,
        sig.event_id,
        sig.name,
        "\n".join(sig.address_lines),
        sig.postcode,
        sig.country,
        sig.email,
        sig.consent_hash,
        sig.consent_at,
        int(sig.contact_consent),
        sig.contact_consent_hash,
        sig.language,
        sig.origin,
        sig.sheet_serial,
        sig.sheet_row,
        sig.captured_at,
        sig.receipt_code,
        sig.dedupe_key,
        sig.ink,
        sig.connection,
    )


def insert(
    tx: Connection,
    sig: Signature,
    device_id: str,
    likely_duplicate: bool,
    person_id: int | None = None,
) -> int:
    """A row captured on this device; `person_id` on a coordinator, whose own captures join
    its persons as merged rows do."""
    cur = tx.execute(
        f"INSERT INTO signatures ({_COLUMNS}, device_id, likely_duplicate, person_id) "
        f"VALUES ({MARKS},?,?,?)",
        (*values(sig), device_id, int(likely_duplicate), person_id),
    )
    return new_id(cur)


def insert_merged_many(
    tx: Connection, rows: list[tuple[Signature, int]], device_id: str, batch_id: str
) -> None:
    """Insert a batch's new rows at the coordinator, in order, each with its person id."""
    tx.executemany(
        f"INSERT INTO signatures ({_COLUMNS}, device_id, likely_duplicate, source_batch, "
        f"person_id) VALUES ({MARKS},?,0,?,?)",
        [(*values(sig), device_id, batch_id, person_id) for sig, person_id in rows],
    )


def _row(r: Row) -> Signature:
    return Signature(
        uid=r[0],
        petition_id=r[1],
        petition_hash=r[2],
        event_id=r[3],
        name=r[4],
        address_lines=tuple(r[5].split("\n")) if r[5] else (),
        postcode=r[6],
        country=r[7],
        email=r[8],
        consent_hash=r[9],
        consent_at=r[10],
        contact_consent=bool(r[11]),
        contact_consent_hash=r[12],
        language=r[13],
        origin=r[14],
        sheet_serial=r[15],
        sheet_row=r[16],
        captured_at=r[17],
        receipt_code=r[18],
        dedupe_key=r[19],
        ink=r[20],
        connection=r[21],
    )


def iter_all(conn: Connection, petition_id: str | None = None) -> list[Signature]:
    if petition_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM signatures ORDER BY id").fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM signatures WHERE petition_id = ? ORDER BY id", (petition_id,)
        ).fetchall()
    return [_row(r) for r in rows]


def persons_of(conn: Connection, petition_id: str) -> dict[str, int]:
    """uid -> person id of the petition's rows that belong to a person (coordinator side)."""
    rows = conn.execute(
        "SELECT uid, person_id FROM signatures WHERE petition_id = ? AND person_id IS NOT NULL",
        (petition_id,),
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def count(conn: Connection, *, petition_id: str | None = None, event_id: str | None = None) -> int:
    sql = "SELECT count(*) FROM signatures WHERE 1=1"
    args: list[Any] = []
    if petition_id is not None:
        sql += " AND petition_id = ?"
        args.append(petition_id)
    if event_id is not None:
        sql += " AND event_id = ?"
        args.append(event_id)
    return int(scalar(conn.execute(sql, args)))


def counts_by(conn: Connection, column: str) -> dict[str, int]:
    if column not in ("origin", "petition_id", "event_id", "language", "device_id"):
        raise ValueError("not a countable column")
    rows = conn.execute(f"SELECT {column}, count(*) FROM signatures GROUP BY {column}").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def likely_duplicates(conn: Connection) -> int:
    return int(scalar(conn.execute("SELECT count(*) FROM signatures WHERE likely_duplicate = 1")))
