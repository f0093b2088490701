"""Counting queries behind reports. They return numbers and place names only.

Every query here reads only columns of the covering index `signatures_report` (migration 5),
so at a million signatures it walks that small index in order rather than the table's rows,
ink and all, at random. tests/storage/test_query_plans.py holds each query to that plan.
"""

from __future__ import annotations

from typing import Any

from stallapp.storage.connection import Connection, scalar

# A person counted once: the person id where merged, else the row if not a likely duplicate.
# Person ids belong to one petition and row ids to one row, so people of different
# petitions never share a value: a count over all petitions is the sum of theirs.
PERSON = "COALESCE(s.person_id, CASE WHEN s.likely_duplicate = 1 THEN NULL ELSE -s.id END)"
GROUP_COLUMNS = {"city": "e.city", "event": "e.id", "day": "e.date", "device": "s.device_id"}
INDEX = "INDEXED BY signatures_report"
BY_PETITION = (
    f"SELECT s.petition_id, count(*), count(DISTINCT {PERSON}), "
    "sum(s.origin = 'paper'), sum(s.origin = 'kiosk') "
    f"FROM signatures s {INDEX} GROUP BY s.petition_id"
)
OPEN_MATCHES = "SELECT count(*) FROM near_matches WHERE decision IS NULL"


def one(conn: Connection, sql: str, args: tuple[Any, ...] = ()) -> int:
    return int(scalar(conn.execute(sql, args)) or 0)


def by_petition(conn: Connection) -> dict[str, tuple[int, int, int, int]]:
    """petition id -> (signatures, people, paper, kiosk), in one pass over the index."""
    rows = conn.execute(BY_PETITION).fetchall()
    return {str(r[0]): (int(r[1]), int(r[2]), int(r[3] or 0), int(r[4] or 0)) for r in rows}


def totals(
    conn: Connection, per_petition: dict[str, tuple[int, int, int, int]] | None = None
) -> dict[str, int]:
    counts = by_petition(conn) if per_petition is None else per_petition
    return {
        "signatures": sum(c[0] for c in counts.values()),
        "people": sum(c[1] for c in counts.values()),
        "paper": sum(c[2] for c in counts.values()),
        "kiosk": sum(c[3] for c in counts.values()),
        "near_matches_open": one(conn, OPEN_MATCHES),
    }


def people_of(conn: Connection, petition_id: str) -> int:
    return one(
        conn,
        f"SELECT count(DISTINCT {PERSON}) FROM signatures s {INDEX} WHERE s.petition_id = ?",
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
        f"FROM signatures s {INDEX} JOIN events e ON e.id = s.event_id "
        f"GROUP BY {column} ORDER BY 3 DESC, 1"
    ).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3] or 0)) for r in rows]
