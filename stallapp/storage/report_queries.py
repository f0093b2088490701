"""Counting queries behind reports. They return numbers and place names only."""

from __future__ import annotations

from typing import Any

from stallapp.storage.connection import Connection, scalar

# A person counted once: the person id where merged, else the row if not a likely duplicate.
PERSON = "COALESCE(s.person_id, CASE WHEN s.likely_duplicate = 1 THEN NULL ELSE -s.id END)"
GROUP_COLUMNS = {"city": "e.city", "event": "e.id", "day": "e.date", "device": "s.device_id"}


def one(conn: Connection, sql: str, args: tuple[Any, ...] = ()) -> int:
    return int(scalar(conn.execute(sql, args)) or 0)


def totals(conn: Connection) -> dict[str, int]:
    return {
        "signatures": one(conn, "SELECT count(*) FROM signatures s"),
        "people": one(conn, f"SELECT count(DISTINCT {PERSON}) FROM signatures s"),
        "paper": one(conn, "SELECT count(*) FROM signatures s WHERE s.origin = 'paper'"),
        "kiosk": one(conn, "SELECT count(*) FROM signatures s WHERE s.origin = 'kiosk'"),
        "near_matches_open": one(conn, "SELECT count(*) FROM near_matches WHERE decision IS NULL"),
    }


def people_of(conn: Connection, petition_id: str) -> int:
    return one(
        conn,
        f"SELECT count(DISTINCT {PERSON}) FROM signatures s WHERE s.petition_id = ?",
        (petition_id,),
    )


def person_postcodes(conn: Connection) -> list[tuple[str, int | None]]:
    rows = conn.execute(f"SELECT s.postcode, {PERSON} FROM signatures s").fetchall()
    return [(str(r[0]), None if r[1] is None else int(r[1])) for r in rows]


def grouped(conn: Connection, by: str) -> list[tuple[str, int, int, int]]:
    """(group, signatures, people, paper) per city, event, day or device."""
    column = GROUP_COLUMNS[by]
    rows = conn.execute(
        f"SELECT {column}, count(*), count(DISTINCT {PERSON}), sum(s.origin = 'paper') "
        "FROM signatures s JOIN events e ON e.id = s.event_id "
        f"GROUP BY {column} ORDER BY 3 DESC, 1"
    ).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3] or 0)) for r in rows]
