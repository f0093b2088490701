"""Persons (groups of one petition's signature rows) and the near matches between them.

Queries only: which rows join which person, and when a match is merged, is decided in
services/dedupe.py.
"""

from __future__ import annotations

from stallapp.storage.connection import Connection, scalar


def next_id(conn: Connection) -> int:
    """The id SQLite gives the next person inserted without one (largest so far plus one)."""
    return int(scalar(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM persons")))


PersonRow = tuple[int, str, str, str, str, str | None]


def touched_by(
    conn: Connection, petition_id: str, keys: list[str], areas: list[str]
) -> list[PersonRow]:
    """(id, dedupe key, block key, area key, name key, email) of this petition's persons with
    one of these dedupe keys or in one of these postcode areas, by id (a batch's merge reads
    them once)."""
    found: dict[int, PersonRow] = {}
    for column, wanted in (("dedupe_key", keys), ("area_key", areas)):
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                "SELECT id, dedupe_key, block_key, area_key, name_key, email FROM persons "
                f"WHERE petition_id = ? AND {column} IN ({marks})",
                (petition_id, *chunk),
            )
            for r in rows:
                found[int(r[0])] = (
                    int(r[0]),
                    str(r[1]),
                    str(r[2]),
                    str(r[3]),
                    str(r[4]),
                    r[5],
                )
    return [found[k] for k in sorted(found)]


def set_email(tx: Connection, person_id: int, email: str) -> None:
    tx.execute("UPDATE persons SET email = ? WHERE id = ?", (email, person_id))


def add_many(tx: Connection, rows: list[tuple[int, str, str, str, str, str, str | None]]) -> None:
    """Insert persons with their ids: (id, petition, dedupe key, block key, area key, name key,
    email)."""
    tx.executemany(
        "INSERT INTO persons (id, petition_id, dedupe_key, block_key, area_key, name_key, email) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def count(conn: Connection, petition_id: str | None = None) -> int:
    if petition_id is None:
        return int(scalar(conn.execute("SELECT count(*) FROM persons")))
    return int(
        scalar(conn.execute("SELECT count(*) FROM persons WHERE petition_id = ?", (petition_id,)))
    )


def signature_count(conn: Connection, person_id: int) -> int:
    return int(
        scalar(conn.execute("SELECT count(*) FROM signatures WHERE person_id = ?", (person_id,)))
    )


def first_signature(conn: Connection, person_id: int) -> tuple[str, str, str | None, int] | None:
    """(name, postcode, email, how many signatures) of a person's first row, if any."""
    row = conn.execute(
        "SELECT name, postcode, email, (SELECT count(*) FROM signatures WHERE person_id = ?) "
        "FROM signatures WHERE person_id = ? ORDER BY id LIMIT 1",
        (person_id, person_id),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), row[2], int(row[3]))


def move_signatures(tx: Connection, from_person: int, to_person: int) -> None:
    tx.execute("UPDATE signatures SET person_id = ? WHERE person_id = ?", (to_person, from_person))


def delete(tx: Connection, person_id: int) -> None:
    tx.execute("DELETE FROM persons WHERE id = ?", (person_id,))


def delete_of_petition(tx: Connection, petition_id: str) -> None:
    """Every person and near match of a petition (when its signatures are purged)."""
    tx.execute("DELETE FROM near_matches WHERE petition_id = ?", (petition_id,))
    tx.execute("DELETE FROM persons WHERE petition_id = ?", (petition_id,))


# -- near matches ----------------------------------------------------------------------------


def add_match(tx: Connection, petition_id: str, a: int, b: int, reason: str, score: int) -> None:
    """Record a near match between two persons (once per pair, lower id first)."""
    tx.execute(
        "INSERT INTO near_matches (petition_id, person_a, person_b, reason, score) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (petition_id, min(a, b), max(a, b), reason, score),
    )


def add_matches(tx: Connection, rows: list[tuple[str, int, int, str, int]]) -> None:
    """Record near matches in order: (petition, lower person id, higher, reason, score);
    a pair already recorded keeps its first entry."""
    tx.executemany(
        "INSERT INTO near_matches (petition_id, person_a, person_b, reason, score) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        rows,
    )


def open_matches(conn: Connection) -> list[tuple[int, str, int, int, str, int]]:
    """(id, petition id, person a, person b, reason, score) awaiting a decision, best first."""
    rows = conn.execute(
        "SELECT id, petition_id, person_a, person_b, reason, score FROM near_matches "
        "WHERE decision IS NULL ORDER BY score DESC, id"
    ).fetchall()
    return [(int(r[0]), str(r[1]), int(r[2]), int(r[3]), str(r[4]), int(r[5])) for r in rows]


def match(conn: Connection, match_id: int) -> tuple[int, int, str | None, str] | None:
    """(person a, person b, decision, petition id) of one near match."""
    row = conn.execute(
        "SELECT person_a, person_b, decision, petition_id FROM near_matches WHERE id = ?",
        (match_id,),
    ).fetchone()
    return None if row is None else (int(row[0]), int(row[1]), row[2], str(row[3]))


def decide_match(tx: Connection, match_id: int, decision: str, at: str) -> None:
    tx.execute(
        "UPDATE near_matches SET decision = ?, decided_at = ? WHERE id = ?",
        (decision, at, match_id),
    )


def open_matches_of(conn: Connection, person_id: int) -> list[tuple[int, int, int]]:
    """(id, person a, person b) of the undecided matches naming this person."""
    rows = conn.execute(
        "SELECT id, person_a, person_b FROM near_matches "
        "WHERE decision IS NULL AND (person_a = ? OR person_b = ?)",
        (person_id, person_id),
    ).fetchall()
    return [(int(r[0]), int(r[1]), int(r[2])) for r in rows]


def delete_match(tx: Connection, match_id: int) -> None:
    tx.execute("DELETE FROM near_matches WHERE id = ?", (match_id,))


def delete_open_matches_of(tx: Connection, person_id: int) -> None:
    tx.execute(
        "DELETE FROM near_matches WHERE decision IS NULL AND (person_a = ? OR person_b = ?)",
        (person_id, person_id),
    )
