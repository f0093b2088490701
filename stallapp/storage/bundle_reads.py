"""The reads a submission bundle makes: the listed fields of a petition's rows, one row at a
time and without their ink, and then the ink of one page's rows at a time. So a bundle of
100,000 signers never holds every signature's ink (or the fields it does not print) at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from stallapp.storage.connection import Connection

_CHUNK = 500  # row ids per ink query (well under SQLite's variable limit)


class ListedRow(NamedTuple):
    id: int
    person_id: int | None
    dedupe_key: str
    name: str
    address: str
    postcode: str
    captured_at: str
    event_id: str
    origin: str
    sheet_serial: str | None
    sheet_row: int | None
    connection: str | None
    has_ink: bool


def listed_rows(conn: Connection, petition_id: str) -> Iterator[ListedRow]:
    """The petition's rows in the order they were stored, read as they are iterated."""
    cursor = conn.execute(
        "SELECT id, person_id, dedupe_key, name, address, postcode, captured_at, event_id, "
        "origin, sheet_serial, sheet_row, connection, ink IS NOT NULL "
        "FROM signatures WHERE petition_id = ? ORDER BY id",
        (petition_id,),
    )
    for r in cursor:
        yield ListedRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], bool(r[12])
        )


def inks(conn: Connection, ids: list[int]) -> dict[int, bytes]:
    """Row id -> ink of those of `ids` that have ink."""
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(part))
        for row_id, blob in conn.execute(
            f"SELECT id, ink FROM signatures WHERE id IN ({marks}) AND ink IS NOT NULL", part
        ):
            found[int(row_id)] = bytes(blob)
    return found
