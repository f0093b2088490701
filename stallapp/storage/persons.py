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
_PERSON = "id, dedupe_key, block_key, area_key, name_key, email"


def _rows(found: dict[int, PersonRow], rows: object) -> None:
    for r in rows:  # type: ignore[attr-defined]
        found[int(r[0])] = (int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5])


def with_keys(conn: Connection, petition_id: str, keys: list[str]) -> list[PersonRow]:
    """(id, dedupe key, block key, area key, name key, email) of this petition's persons
    with one of these dedupe keys, by id."""
    found: dict[int, PersonRow] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        _rows(
            found,
            conn.execute(
                f"SELECT {_PERSON} FROM persons WHERE petition_id = ? AND dedupe_key IN ({marks})",
                (petition_id, *chunk),
            ),
        )
    return [found[k] for k in sorted(found)]


def first_in_area(conn: Connection, petition_id: str, area: str, limit: int) -> list[PersonRow]:
    """The first persons (by id) of one postcode area of a petition."""
    found: dict[int, PersonRow] = {}
    _rows(
        found,
        conn.execute(
            f"SELECT {_PERSON} FROM persons WHERE petition_id = ? AND area_key = ? "
            "ORDER BY id LIMIT ?",
            (petition_id, area, limit),
        ),
    )
    return [found[k] for k in sorted(found)]


def in_blocks(
    conn: Connection, petition_id: str, blocks: list[str], limit: int | None = None
) -> list[PersonRow]:
    """The persons with one of these postcodes (compact) of a petition, by id; with `limit`,
    only each postcode's first `limit` persons (by id), read as such from `persons_block`."""
    found: dict[int, PersonRow] = {}
    columns = ", ".join("p." + c for c in _PERSON.split(", "))
    for start in range(0, len(blocks), 500):
        chunk = blocks[start : start + 500]
        if limit is None:
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT {_PERSON} FROM persons WHERE petition_id = ? AND block_key IN ({marks})",
                (petition_id, *chunk),
            )
        else:
            values = ",".join(["(?)"] * len(chunk))
            # Each postcode's first persons straight from persons_block (CROSS JOIN keeps
            # the postcodes as the outer loop, INDEXED BY makes a lost index an error).
            rows = conn.execute(
                f"WITH b(block) AS (VALUES {values}) SELECT {columns} FROM b CROSS JOIN "
                "persons p WHERE p.id IN (SELECT id FROM persons INDEXED BY persons_block "
                "WHERE petition_id = ? AND block_key = b.block ORDER BY id LIMIT ?)",
                (*chunk, petition_id, limit),
            )
        _rows(found, rows)
    return [found[k] for k in sorted(found)]


NAME = "n:"  # the search key of the name key itself: answered by `persons_key`, not stored

FoundRow = tuple[int, str, str, str]
"""(person id, name key, compact postcode, the search key it was found by)"""


def with_search_keys(
    conn: Connection, petition_id: str, area: str, keys: list[str]
) -> list[FoundRow]:
    """The persons of one area of a petition holding one of these search keys, each with the
    key it holds, by id then key (a person holding two of them comes twice).

    Keys are read from `person_keys` alone (it carries each person's name key and postcode);
    a name key (`n:`) is found in `persons_key` as the range of dedupe keys "name|...".
    """
    found: dict[tuple[int, str], FoundRow] = {}
    names = [k[len(NAME) :] for k in keys if k.startswith(NAME)]
    others = [k for k in keys if not k.startswith(NAME)]
    for start in range(0, len(others), 500):
        chunk = others[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT person_id, name_key, block_key, key FROM person_keys "
            f"WHERE petition_id = ? AND area_key = ? AND key IN ({marks})",
            (petition_id, area, *chunk),
        ):
            found[(int(r[0]), str(r[3]))] = (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        values = ",".join(["(?)"] * len(chunk))
        for r in conn.execute(
            f"WITH n(name) AS (VALUES {values}) "
            "SELECT p.id, p.name_key, p.block_key FROM n CROSS JOIN persons p "
            "INDEXED BY persons_key WHERE p.petition_id = ? AND p.dedupe_key >= n.name || '|' "
            "AND p.dedupe_key < n.name || '}' AND p.name_key = n.name AND p.area_key = ?",
            (*chunk, petition_id, area),
        ):
            key = NAME + str(r[1])
            found[(int(r[0]), key)] = (int(r[0]), str(r[1]), str(r[2]), key)
    return [found[k] for k in sorted(found)]


def unkeyed(conn: Connection, petition_id: str, area: str) -> list[tuple[int, str]]:
    """(id, name key) of an area's persons whose search keys are not yet stored."""
    rows = conn.execute(
        "SELECT id, name_key FROM persons WHERE petition_id = ? AND area_key = ? AND keyed = 0",
        (petition_id, area),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def add_search_keys(
    tx: Connection, rows: list[tuple[int, str, str, str]], keyed: list[int]
) -> None:
    """Store search keys (person, petition, area, key) of persons already written, and mark
    these persons keyed. A name key (`n:`) is not stored: `with_search_keys` finds it in
    `persons_key`. Each key carries its person's name key and postcode, so a look-up needs
    no visit to the persons table; give rows in (petition, area, key, person) order to
    write the b-tree in sequence."""
    tx.executemany(
        "INSERT OR IGNORE INTO person_keys "
        "(petition_id, area_key, key, person_id, name_key, block_key) "
        "SELECT ?, ?, ?, id, name_key, block_key FROM persons WHERE id = ?",
        [(t, a, k, p) for p, t, a, k in rows if not k.startswith(NAME)],
    )
    tx.executemany("UPDATE persons SET keyed = 1 WHERE id = ?", [(p,) for p in keyed])


def set_email(tx: Connection, person_id: int, email: str) -> None:
    tx.execute("UPDATE persons SET email = ? WHERE id = ?", (email, person_id))


def add_many(tx: Connection, rows: list[tuple[int, str, str, str, str, str, str | None]]) -> None:
    """Insert persons with their ids: (id, petition, dedupe key, block key, area key, name key,
    email)."""
    tx.executemany(
        "INSERT INTO persons "
        "(id, petition_id, dedupe_key, block_key, area_key, name_key, email, keyed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
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
    tx.execute("DELETE FROM person_keys WHERE person_id = ?", (person_id,))
    tx.execute("DELETE FROM persons WHERE id = ?", (person_id,))


def delete_of_petition(tx: Connection, petition_id: str) -> None:
    """Every person and near match of a petition (when its signatures are purged)."""
    tx.execute("DELETE FROM near_matches WHERE petition_id = ?", (petition_id,))
    tx.execute("DELETE FROM person_keys WHERE petition_id = ?", (petition_id,))
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
