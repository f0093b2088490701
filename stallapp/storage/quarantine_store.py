"""Rows for batches a coordinator set aside (forks), and the decisions that settle them.

No personal data: batch ids, device ids, numbers, hashes, counts, dates, the reason, and the
sealed file as received (still encrypted to the coordinator, inside the encrypted vault).
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection
from stallapp.storage.sealing_store import InBatch

OPEN, ACCEPTED, SET_ASIDE, RELEASED = "open", "accepted", "set_aside", "released"


@dataclass(frozen=True)
class Quarantined:
    id: int
    batch: InBatch
    reason: str
    received_at: str
    status: str
    sealed: bytes | None
    decision_reason: str | None
    decided_at: str | None


_Q_COLUMNS = (
    "id, batch_id, device_id, seq, doc_hash, prev_hash, record_count, received_at, reason, "
    "received_at, status, sealed, decision_reason, decided_at"
)


def _quarantined(r: tuple) -> Quarantined:  # type: ignore[type-arg]
    batch = InBatch(r[1], r[2], int(r[3]), r[4], r[5] or "", int(r[6] or 0), r[7])
    sealed = None if r[11] is None else bytes(r[11])
    return Quarantined(int(r[0]), batch, r[8], r[9], r[10], sealed, r[12], r[13])


def quarantine_status(conn: Connection, doc_hash: str) -> str | None:
    row = conn.execute("SELECT status FROM quarantine WHERE doc_hash = ?", (doc_hash,)).fetchone()
    return None if row is None else str(row[0])


def quarantined(conn: Connection, doc_hash: str) -> bool:
    """True while a batch with this document hash waits for, or was refused by, a decision."""
    return quarantine_status(conn, doc_hash) in (OPEN, SET_ASIDE)


def quarantine(
    tx: Connection,
    b: InBatch,
    reason: str,
    sealed: bytes | None = None,
    status: str = OPEN,
) -> None:
    tx.execute(
        "INSERT INTO quarantine (batch_id, device_id, seq, doc_hash, reason, received_at, "
        "sealed, prev_hash, record_count, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_hash) DO UPDATE SET "
        "sealed = coalesce(quarantine.sealed, excluded.sealed), "
        "prev_hash = coalesce(quarantine.prev_hash, excluded.prev_hash), "
        "record_count = coalesce(quarantine.record_count, excluded.record_count)",
        (
            b.batch_id,
            b.device_id,
            b.seq,
            b.doc_hash,
            reason,
            utc_now(),
            sealed,
            b.prev_hash,
            b.record_count,
            status,
        ),
    )


def quarantine_entries(conn: Connection, *, only_open: bool = True) -> list[Quarantined]:
    where = "WHERE status = 'open' " if only_open else ""
    rows = conn.execute(
        f"SELECT {_Q_COLUMNS} FROM quarantine {where}ORDER BY device_id, seq, id"
    ).fetchall()
    return [_quarantined(tuple(r)) for r in rows]


def quarantine_entry(conn: Connection, entry_id: int) -> Quarantined | None:
    row = conn.execute(
        f"SELECT {_Q_COLUMNS} FROM quarantine WHERE id = ?",
        (entry_id,),
    ).fetchone()
    return None if row is None else _quarantined(tuple(row))


def release(tx: Connection, doc_hash: str) -> None:
    """An open batch that now follows its device's chain was imported after all."""
    tx.execute(
        "UPDATE quarantine SET status = 'released', decided_at = ? "
        "WHERE doc_hash = ? AND status = 'open'",
        (utc_now(), doc_hash),
    )


def keep_sealed(tx: Connection, doc_hash: str, sealed: bytes) -> None:
    """Keep the file of a batch quarantined before its bytes were stored (older versions)."""
    tx.execute(
        "UPDATE quarantine SET sealed = ? WHERE doc_hash = ? AND sealed IS NULL", (sealed, doc_hash)
    )


def decide(tx: Connection, doc_hash: str, status: str, reason: str | None) -> None:
    tx.execute(
        "UPDATE quarantine SET status = ?, decision_reason = ?, decided_at = ? WHERE doc_hash = ?",
        (status, reason, utc_now(), doc_hash),
    )


def settled_hashes(conn: Connection, device_id: str, seq: int) -> set[str]:
    """Document hashes a coordinator has accepted or set aside for this device and number:
    a later batch that follows any of them follows the device's chain."""
    rows = conn.execute(
        "SELECT doc_hash FROM quarantine WHERE device_id = ? AND seq = ? AND status != 'open'",
        (device_id, seq),
    ).fetchall()
    return {str(r[0]) for r in rows}


def quarantine_list(conn: Connection) -> list[tuple[str, str, int, str]]:
    """(batch id, device id, number, reason) of each batch still waiting for a decision."""
    return [
        (q.batch.batch_id, q.batch.device_id, q.batch.seq, q.reason)
        for q in quarantine_entries(conn)
    ]
