"""The anonymous counts a purge keeps (migration 8; the rule is in domain/kept_counts.py).

`purge_rows` reads, for a petition about to be purged, only what the counts need: the
person number, route, event and the postcode (to find the area; it is never stored here).
"""

from __future__ import annotations

from collections.abc import Iterable

from stallapp.domain.kept_counts import KeptCount
from stallapp.storage.connection import Connection
from stallapp.storage.report_queries import PERSON

_COLUMNS = "petition_id, dimension, key, label, signatures, people"


def purge_rows(conn: Connection, petition_id: str) -> list[tuple[int | None, str, str, str, str]]:
    """(person, route, event id, postcode, petition version hash) of every signature of the
    petition; the person is None for a likely duplicate on a stall (not a person of its own)."""
    rows = conn.execute(
        f"SELECT {PERSON}, s.origin, s.event_id, s.postcode, s.petition_hash "
        "FROM signatures s WHERE s.petition_id = ?",
        (petition_id,),
    ).fetchall()
    return [
        (None if r[0] is None else int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in rows
    ]


def add(tx: Connection, counts: Iterable[KeptCount]) -> None:
    """Add counts to what is kept (a second purge of the same petition adds only the rows
    it deleted, so nothing is counted twice)."""
    tx.executemany(
        f"INSERT INTO kept_counts ({_COLUMNS}) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (petition_id, dimension, key) DO UPDATE SET "
        "signatures = signatures + excluded.signatures, people = people + excluded.people",
        [(c.petition_id, c.dimension, c.key, c.label, c.signatures, c.people) for c in counts],
    )


def all_kept(conn: Connection, dimension: str | None = None) -> list[KeptCount]:
    """Every kept count, or those of one dimension, by petition then key."""
    where, args = ("WHERE dimension = ?", (dimension,)) if dimension else ("", ())
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM kept_counts {where} ORDER BY petition_id, dimension, key", args
    ).fetchall()
    return [
        KeptCount(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5])) for r in rows
    ]
