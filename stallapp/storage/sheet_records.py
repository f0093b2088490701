"""Printed sheets in the vault: registered when printed, marked when they come back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stallapp.storage.connection import Connection

_COLUMNS = (
    "serial, petition_id, petition_hash, kind, paper, rows, printed_at, returned_at, "
    "signature_count, city"
)


@dataclass(frozen=True)
class SheetRecord:
    serial: str
    petition_id: str
    petition_hash: str
    kind: str
    paper: str
    rows: int
    printed_at: str
    returned_at: str | None
    signature_count: int | None
    city: str | None


def insert(tx: Connection, record: SheetRecord) -> None:
    tx.execute(
        f"INSERT INTO sheets ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            record.serial,
            record.petition_id,
            record.petition_hash,
            record.kind,
            record.paper,
            record.rows,
            record.printed_at,
            record.returned_at,
            record.signature_count,
            record.city,
        ),
    )


def serial_in_use(conn: Connection, prefix: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sheets WHERE serial LIKE ? ESCAPE '\\' LIMIT 1",
        (prefix.replace("%", "\\%").replace("_", "\\_") + "%",),
    ).fetchone()
    return row is not None


def get(conn: Connection, serial: str) -> SheetRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM sheets WHERE serial = ?", (serial,)).fetchone()
    return None if row is None else SheetRecord(*row)


def mark_returned(tx: Connection, serial: str, count: int, city: str | None, at: str) -> None:
    tx.execute(
        "UPDATE sheets SET returned_at = ?, signature_count = ?, city = ? WHERE serial = ?",
        (at, count, city, serial),
    )


def all_sheets(conn: Connection, petition_id: str | None = None) -> list[SheetRecord]:
    if petition_id is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM sheets ORDER BY printed_at, serial")
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM sheets WHERE petition_id = ? ORDER BY printed_at, serial",
            (petition_id,),
        )
    return [SheetRecord(*r) for r in rows.fetchall()]


def keyed_paper_by_city(conn: Connection, petition_id: str | None = None) -> dict[str, int]:
    """Paper entries typed into the vault, counted by the city of their stall event."""
    sql = (
        "SELECT e.city, count(*) FROM signatures s JOIN events e ON e.id = s.event_id "
        "WHERE s.origin = 'paper'"
    )
    args: list[Any] = []
    if petition_id is not None:
        sql += " AND s.petition_id = ?"
        args.append(petition_id)
    rows = conn.execute(sql + " GROUP BY e.city ORDER BY e.city", args).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def row_taken(conn: Connection, serial: str, row: int) -> bool:
    """Whether a paper entry for this sheet and row is already in the vault."""
    found = conn.execute(
        "SELECT 1 FROM signatures WHERE origin = 'paper' AND sheet_serial = ? AND sheet_row = ? "
        "LIMIT 1",
        (serial, row),
    ).fetchone()
    return found is not None


def typed_rows_by_sheet(conn: Connection, petition_id: str | None = None) -> dict[str, int]:
    """How many paper entries were typed in from each sheet serial."""
    sql = "SELECT sheet_serial, count(*) FROM signatures WHERE origin = 'paper'"
    args: list[Any] = []
    if petition_id is not None:
        sql += " AND petition_id = ?"
        args.append(petition_id)
    rows = conn.execute(sql + " GROUP BY sheet_serial", args).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}
