"""Rows for signed import receipts: the batches a coordinator imported (its side), the
receipts a stall confirmed, the batches marked received and the counts of the signers
erased once received (the stall's side). No personal data is read out of here."""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection, new_id, scalar

# -- coordinator side ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedBatch:
    batch_id: str
    seq: int
    doc_hash: str


def imported_batches(conn: Connection, device_id: str) -> list[ImportedBatch]:
    """The batches of one device on this coordinator's chain (imported, not quarantined)."""
    rows = conn.execute(
        "SELECT batch_id, seq, doc_hash FROM batches_in WHERE device_id = ? ORDER BY seq",
        (device_id,),
    ).fetchall()
    return [ImportedBatch(str(r[0]), int(r[1]), str(r[2])) for r in rows]


def devices_with_imports(conn: Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT device_id FROM batches_in ORDER BY device_id")
    return [str(r[0]) for r in rows]


# -- stall side: receipts and batches received ----------------------------------------------


def receipt_known(conn: Connection, receipt_hash: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM receipts_confirmed WHERE receipt_hash = ?", (receipt_hash,)
    ).fetchone()
    return row is not None


def latest_receipt_time(conn: Connection) -> str | None:
    """When the coordinator wrote the newest receipt this stall confirmed."""
    value = scalar(conn.execute("SELECT max(created_at) FROM receipts_confirmed"))
    return None if value is None else str(value)


def save_receipt(
    tx: Connection, receipt_hash: str, signing_key: str, created_at: str, batch_count: int
) -> int:
    cur = tx.execute(
        "INSERT INTO receipts_confirmed "
        "(receipt_hash, signing_key, created_at, batch_count, confirmed_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (receipt_hash, signing_key, created_at, batch_count, utc_now()),
    )
    return new_id(cur)


def mark_received(tx: Connection, seq: int, receipt_id: int) -> bool:
    """Mark batch `seq` received; False if it was marked already (by an earlier receipt)."""
    cur = tx.execute(
        "INSERT INTO batches_received (seq, receipt_id, marked_at) VALUES (?, ?, ?) "
        "ON CONFLICT(seq) DO NOTHING",
        (seq, receipt_id, utc_now()),
    )
    return int(cur.rowcount) > 0


@dataclass(frozen=True)
class BatchState:
    """One batch this stall sealed: counts only."""

    seq: int
    record_count: int  # signatures sealed into it
    created_at: str
    written: bool  # its file reached a stick at least once
    received: bool  # a confirmed receipt names it
    on_device: int  # of its signatures, still kept on this device
    erased: int  # of its signatures, erased from this device after it was received


def batch_states(conn: Connection) -> list[BatchState]:
    kept: dict[int, int] = dict(
        conn.execute(
            "SELECT batch_seq, count(*) FROM signatures WHERE batch_seq IS NOT NULL "
            "GROUP BY batch_seq"
        ).fetchall()
    )
    erased: dict[int, int] = dict(
        conn.execute("SELECT seq, sum(count) FROM received_erased GROUP BY seq").fetchall()
    )
    rows = conn.execute(
        "SELECT b.seq, b.record_count, b.created_at, b.written_at, r.seq "
        "FROM batches_out b LEFT JOIN batches_received r ON r.seq = b.seq ORDER BY b.seq"
    ).fetchall()
    return [
        BatchState(
            int(r[0]),
            int(r[1]),
            str(r[2]),
            r[3] is not None,
            r[4] is not None,
            int(kept.get(r[0], 0)),
            int(erased.get(r[0], 0)),
        )
        for r in rows
    ]


# -- stall side: erasing received signers ----------------------------------------------------


def erasable_count(conn: Connection) -> int:
    """Signatures kept here whose batch a confirmed receipt names."""
    return int(
        scalar(
            conn.execute(
                "SELECT count(*) FROM signatures "
                "WHERE batch_seq IN (SELECT seq FROM batches_received)"
            )
        )
    )


def erase_received(tx: Connection) -> int:
    """Delete every signature whose batch was received, keeping the counts (by batch,
    petition and event) in received_erased. Returns how many were deleted."""
    now = utc_now()
    tx.execute(
        "INSERT INTO received_erased (seq, petition_id, event_id, count, erased_at) "
        "SELECT batch_seq, petition_id, event_id, count(*), ? FROM signatures "
        "WHERE batch_seq IN (SELECT seq FROM batches_received) "
        "GROUP BY batch_seq, petition_id, event_id "
        "ON CONFLICT(seq, petition_id, event_id) DO UPDATE SET "
        "count = count + excluded.count, erased_at = excluded.erased_at",
        (now,),
    )
    cur = tx.execute("DELETE FROM signatures WHERE batch_seq IN (SELECT seq FROM batches_received)")
    return int(cur.rowcount)


def erased_count(conn: Connection, *, petition_id: str | None, event_id: str | None) -> int:
    """Signatures erased here after their batch was received (optionally of one petition
    and one event)."""
    where, args = [], []
    if petition_id is not None:
        where.append("petition_id = ?")
        args.append(petition_id)
    if event_id is not None:
        where.append("event_id = ?")
        args.append(event_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return int(
        scalar(conn.execute(f"SELECT coalesce(sum(count), 0) FROM received_erased{clause}", args))
    )


def erased_in_batch(conn: Connection, seq: int) -> int:
    return int(
        scalar(
            conn.execute(
                "SELECT coalesce(sum(count), 0) FROM received_erased WHERE seq = ?", (seq,)
            )
        )
    )
