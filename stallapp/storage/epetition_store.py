"""Counts from a council's own e-petition site, as a coordinator entered them."""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.storage.connection import Connection


@dataclass(frozen=True)
class EpetitionCount:
    petition_id: str
    count: int
    counted_on: str  # YYYY-MM-DD, the day the council's page showed it
    entered_at: str


def add(tx: Connection, entry: EpetitionCount) -> None:
    tx.execute(
        "INSERT INTO epetition_counts (petition_id, count, counted_on, entered_at) "
        "VALUES (?,?,?,?)",
        (entry.petition_id, entry.count, entry.counted_on, entry.entered_at),
    )


def latest(conn: Connection, petition_id: str) -> EpetitionCount | None:
    """The count read on the latest day (the last entered, for one day entered twice)."""
    row = conn.execute(
        "SELECT petition_id, count, counted_on, entered_at FROM epetition_counts "
        "WHERE petition_id = ? ORDER BY counted_on DESC, id DESC LIMIT 1",
        (petition_id,),
    ).fetchone()
    return None if row is None else EpetitionCount(str(row[0]), int(row[1]), row[2], row[3])
