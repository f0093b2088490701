"""Deleting signature rows for good: a withdrawal by receipt code, a purge after retention.

The vault runs with secure_delete on, so deleted pages are overwritten; `Vault.truncate_wal`
afterwards drops the old pages the write-ahead log still holds. Tombstones for erased rows
are kept in provenance.py (a batch import checks them).
"""

from __future__ import annotations

from stallapp.storage.connection import Connection


def delete_signature(tx: Connection, row_id: int) -> None:
    tx.execute("DELETE FROM signatures WHERE id = ?", (row_id,))


def delete_signatures_of_petition(tx: Connection, petition_id: str) -> int:
    """Delete every signature row of a petition; returns how many there were."""
    cur = tx.execute("DELETE FROM signatures WHERE petition_id = ?", (petition_id,))
    return int(cur.rowcount)
