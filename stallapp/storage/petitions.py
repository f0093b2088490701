"""Petition definitions in the vault: the current wording and every earlier one.

A stored definition that no longer loads (written by an older, laxer stallapp) must not
lock anyone out: listing skips it and `broken_ids` names it, `get` says which id it is, and
`save` of a good definition with the same id replaces it; `remove` deletes it.
"""

from __future__ import annotations

import json
from typing import Any

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.petition import Petition, petition_from_dict
from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection


def save(tx: Connection, petition: Petition) -> bool:
    """Store the petition (a new id, or new wording for an existing id). True if changed."""
    now = utc_now()
    row = tx.execute("SELECT current_hash FROM petitions WHERE id = ?", (petition.id,)).fetchone()
    if row is not None and row[0] == petition.content_hash:
        existing = _load(_definition(tx, petition.id))
        if existing is not None and existing.to_dict() == petition.to_dict():
            return False
    if row is None:
        tx.execute(
            "INSERT INTO petitions (id, current_hash, added_at) VALUES (?, ?, ?)",
            (petition.id, petition.content_hash, now),
        )
    else:
        tx.execute(
            "UPDATE petitions SET current_hash = ? WHERE id = ?",
            (petition.content_hash, petition.id),
        )
    definition = json.dumps(petition.to_dict(), ensure_ascii=False, sort_keys=True)
    tx.execute(
        "INSERT INTO petition_versions (hash, petition_id, definition, added_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(hash) DO UPDATE SET definition = excluded.definition",
        (petition.content_hash, petition.id, definition, now),
    )
    return True


class BrokenPetition(BadInput):
    """A stored petition definition that this version of stallapp cannot read."""

    def __init__(self, petition_id: str) -> None:
        super().__init__(
            f"The stored petition '{petition_id}' cannot be read. Add a corrected file with "
            f"the same id (stallapp petition add FILE), or remove it "
            f"(stallapp petition remove {petition_id})."
        )
        self.petition_id = petition_id


def _load(definition: str | None) -> Petition | None:
    """The petition in a stored definition, or None if it does not load."""
    if definition is None:
        return None
    try:
        data: Any = json.loads(definition)
        return petition_from_dict(data)
    except (StallappError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _definition(conn: Connection, petition_id: str) -> str | None:
    row = conn.execute(
        "SELECT v.definition FROM petitions p JOIN petition_versions v ON v.hash = p.current_hash "
        "WHERE p.id = ?",
        (petition_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def exists(conn: Connection, petition_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM petitions WHERE id = ?", (petition_id,)).fetchone()
    return row is not None


def get(conn: Connection, petition_id: str) -> Petition | None:
    """The current wording of a petition; None if there is no such id; BrokenPetition if
    its stored definition does not load."""
    definition = _definition(conn, petition_id)
    if definition is None:
        return None
    found = _load(definition)
    if found is None:
        raise BrokenPetition(petition_id)
    return found


def get_version(conn: Connection, content_hash: str) -> Petition | None:
    row = conn.execute(
        "SELECT definition, petition_id FROM petition_versions WHERE hash = ?", (content_hash,)
    ).fetchone()
    if row is None:
        return None
    found = _load(str(row[0]))
    if found is None:
        raise BrokenPetition(str(row[1]))
    return found


def _current(conn: Connection) -> list[tuple[str, Petition | None]]:
    rows = conn.execute(
        "SELECT p.id, v.definition FROM petitions p "
        "LEFT JOIN petition_versions v ON v.hash = p.current_hash ORDER BY p.added_at, p.id"
    ).fetchall()
    return [(str(r[0]), _load(None if r[1] is None else str(r[1]))) for r in rows]


def all_current(conn: Connection) -> list[Petition]:
    """Every petition whose current definition loads; broken ones are left out (see
    broken_ids), so one bad row cannot stop status, capture, export or reports."""
    return [p for _, p in _current(conn) if p is not None]


def broken_ids(conn: Connection) -> list[str]:
    """Ids of stored petitions whose current definition does not load."""
    return [pid for pid, p in _current(conn) if p is None]


def usage(conn: Connection, petition_id: str) -> int:
    """How many signatures and printed sheets refer to this petition."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM signatures WHERE petition_id = ?)"
        " + (SELECT count(*) FROM sheets WHERE petition_id = ?)",
        (petition_id, petition_id),
    ).fetchone()
    return 0 if row is None else int(row[0])


def remove(tx: Connection, petition_id: str) -> None:
    """Delete a petition and its stored wordings. Refused while signatures or printed
    sheets refer to it (those are purged after the retention date instead)."""
    if not exists(tx, petition_id):
        raise BadInput("There is no petition with that id in this vault.")
    if usage(tx, petition_id):
        raise BadInput(
            "This petition has signatures or printed sheets, so it cannot be removed; "
            "add a corrected file with the same id instead."
        )
    tx.execute("DELETE FROM petition_versions WHERE petition_id = ?", (petition_id,))
    tx.execute("DELETE FROM petitions WHERE id = ?", (petition_id,))
