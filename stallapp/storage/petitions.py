"""Petition definitions in the vault: the current wording and every earlier one."""

from __future__ import annotations

import json

from stallapp.domain.petition import Petition, petition_from_dict
from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection


def save(tx: Connection, petition: Petition) -> bool:
    """Store the petition (a new id, or new wording for an existing id). True if changed."""
    now = utc_now()
    row = tx.execute("SELECT current_hash FROM petitions WHERE id = ?", (petition.id,)).fetchone()
    if row is not None and row[0] == petition.content_hash:
        existing = get(tx, petition.id)
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


def get(conn: Connection, petition_id: str) -> Petition | None:
    row = conn.execute(
        "SELECT v.definition FROM petitions p JOIN petition_versions v ON v.hash = p.current_hash "
        "WHERE p.id = ?",
        (petition_id,),
    ).fetchone()
    return None if row is None else petition_from_dict(json.loads(row[0]))


def get_version(conn: Connection, content_hash: str) -> Petition | None:
    row = conn.execute(
        "SELECT definition FROM petition_versions WHERE hash = ?", (content_hash,)
    ).fetchone()
    return None if row is None else petition_from_dict(json.loads(row[0]))


def all_current(conn: Connection) -> list[Petition]:
    rows = conn.execute(
        "SELECT v.definition FROM petitions p JOIN petition_versions v ON v.hash = p.current_hash "
        "ORDER BY p.added_at, p.id"
    ).fetchall()
    return [petition_from_dict(json.loads(r[0])) for r in rows]
