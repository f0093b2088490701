"""Stall events in the vault."""

from __future__ import annotations

from stallapp.domain.event import StallEvent
from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection, Row

_COLUMNS = "id, city, location, date, start_time, end_time, group_name"


def save(tx: Connection, event: StallEvent, device_id: str) -> None:
    tx.execute(
        f"INSERT INTO events ({_COLUMNS}, device_id, created_at) VALUES (?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO NOTHING",
        (
            event.id,
            event.city,
            event.location,
            event.date,
            event.start,
            event.end,
            event.group_name,
            device_id,
            utc_now(),
        ),
    )


def _row(r: Row) -> StallEvent:
    return StallEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6])


def get(conn: Connection, event_id: str) -> StallEvent | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else _row(row)


def all_events(conn: Connection) -> list[StallEvent]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM events ORDER BY date DESC, start_time").fetchall()
    return [_row(r) for r in rows]
