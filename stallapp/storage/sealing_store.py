"""Rows for keys, campaign packs, enrolled devices and sealed batches (no personal data)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection


def get_key(conn: Connection, kind: str) -> tuple[str, str] | None:
    row = conn.execute("SELECT secret, public FROM device_keys WHERE kind = ?", (kind,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def put_key(tx: Connection, kind: str, secret: str, public: str) -> None:
    tx.execute(
        "INSERT INTO device_keys (kind, secret, public, created_at) VALUES (?, ?, ?, ?)",
        (kind, secret, public, utc_now()),
    )


# -- campaign packs (stall side) -----------------------------------------------------------


@dataclass(frozen=True)
class PackRow:
    signing_key: str
    fingerprint: str
    coordinator: str
    recipients: tuple[str, ...]
    recovery: str


def save_pack(tx: Connection, row: PackRow) -> None:
    tx.execute(
        "INSERT INTO campaign_packs "
        "(signing_key, fingerprint, coordinator, recipients, recovery, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(signing_key) DO UPDATE SET "
        "coordinator = excluded.coordinator, recipients = excluded.recipients, "
        "recovery = excluded.recovery, imported_at = excluded.imported_at",
        (
            row.signing_key,
            row.fingerprint,
            row.coordinator,
            json.dumps(list(row.recipients)),
            row.recovery,
            utc_now(),
        ),
    )


def forget_packs(tx: Connection) -> int:
    """Drop every trusted coordinator key (a deliberate switch of campaign)."""
    return int(tx.execute("DELETE FROM campaign_packs").rowcount)


def packs(conn: Connection) -> list[PackRow]:
    rows = conn.execute(
        "SELECT signing_key, fingerprint, coordinator, recipients, recovery FROM campaign_packs "
        "ORDER BY imported_at"
    ).fetchall()
    return [PackRow(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]


# -- enrolled devices (coordinator side) -------------------------------------------------------


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    signing_key: str
    fingerprint: str
    rehearsal: bool
    revoked: bool


def enroll(tx: Connection, row: DeviceRow) -> None:
    tx.execute(
        "INSERT INTO enrolled_devices "
        "(device_id, name, signing_key, fingerprint, rehearsal, enrolled_at, revoked_at) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL)",
        (row.device_id, row.name, row.signing_key, row.fingerprint, int(row.rehearsal), utc_now()),
    )


def revoke(tx: Connection, device_id: str) -> bool:
    cur = tx.execute(
        "UPDATE enrolled_devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
        (utc_now(), device_id),
    )
    return int(cur.rowcount) > 0


def device(conn: Connection, device_id: str) -> DeviceRow | None:
    row = conn.execute(
        "SELECT device_id, name, signing_key, fingerprint, rehearsal, revoked_at "
        "FROM enrolled_devices WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    if row is None:
        return None
    return DeviceRow(row[0], row[1], row[2], row[3], bool(row[4]), row[5] is not None)


def devices(conn: Connection) -> list[DeviceRow]:
    rows = conn.execute(
        "SELECT device_id, name, signing_key, fingerprint, rehearsal, revoked_at "
        "FROM enrolled_devices ORDER BY enrolled_at"
    ).fetchall()
    return [DeviceRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5] is not None) for r in rows]


# -- batches sealed here (stall side) ------------------------------------------------------------


@dataclass(frozen=True)
class OutBatch:
    seq: int
    batch_id: str
    prev_hash: str
    doc_hash: str
    record_count: int
    recipients: tuple[str, ...]
    created_at: str
    written_at: str | None = None  # None: recorded, but the file may not be on a stick yet


def out_batches(conn: Connection) -> list[OutBatch]:
    rows = conn.execute(
        "SELECT seq, batch_id, prev_hash, doc_hash, record_count, recipients, created_at, "
        "written_at FROM batches_out ORDER BY seq"
    ).fetchall()
    return [
        OutBatch(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6], r[7]) for r in rows
    ]


def save_out_batch(tx: Connection, b: OutBatch) -> None:
    tx.execute(
        "INSERT INTO batches_out "
        "(seq, batch_id, prev_hash, doc_hash, record_count, recipients, created_at, written_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            b.seq,
            b.batch_id,
            b.prev_hash,
            b.doc_hash,
            b.record_count,
            json.dumps(list(b.recipients)),
            b.created_at,
            b.written_at,
        ),
    )


def mark_written(tx: Connection, seq: int) -> None:
    tx.execute("UPDATE batches_out SET written_at = ? WHERE seq = ?", (utc_now(), seq))


# -- batches received (coordinator side) -------------------------------------------------------


@dataclass(frozen=True)
class InBatch:
    batch_id: str
    device_id: str
    seq: int
    doc_hash: str
    prev_hash: str
    record_count: int
    received_at: str | None = None  # when this coordinator imported it (read back only)


_IN_COLUMNS = "batch_id, device_id, seq, doc_hash, prev_hash, record_count, imported_at"


def in_batch(conn: Connection, batch_id: str) -> InBatch | None:
    row = conn.execute(
        f"SELECT {_IN_COLUMNS} FROM batches_in WHERE batch_id = ?",
        (batch_id,),
    ).fetchone()
    return None if row is None else InBatch(*row)


def in_batch_at(conn: Connection, device_id: str, seq: int) -> InBatch | None:
    row = conn.execute(
        f"SELECT {_IN_COLUMNS} FROM batches_in WHERE device_id = ? AND seq = ?",
        (device_id, seq),
    ).fetchone()
    return None if row is None else InBatch(*row)


def save_in_batch(tx: Connection, b: InBatch) -> None:
    tx.execute(
        "INSERT INTO batches_in "
        "(batch_id, device_id, seq, doc_hash, prev_hash, record_count, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            b.batch_id,
            b.device_id,
            b.seq,
            b.doc_hash,
            b.prev_hash,
            b.record_count,
            utc_now(),
        ),
    )


def drop_in_batch(tx: Connection, b: InBatch) -> None:
    """Take a batch off the device's chain (its rows stay); the caller records why."""
    tx.execute(
        "DELETE FROM batches_in WHERE batch_id = ? AND doc_hash = ?", (b.batch_id, b.doc_hash)
    )


def sequences(conn: Connection) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for device_id, seq in conn.execute(
        "SELECT device_id, seq FROM batches_in ORDER BY device_id, seq"
    ):
        out.setdefault(str(device_id), []).append(int(seq))
    return out
