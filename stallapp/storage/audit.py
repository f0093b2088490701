"""The append-only, hash-chained audit log of vault events. It holds no personal data.

Each row's hash is SHA-256 over (seq, time, event, detail, previous hash), so removing or
editing a row breaks the chain; triggers in the schema also refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from stallapp.domain.signer import utc_now
from stallapp.storage.connection import Connection

GENESIS = "0" * 64
EVENTS = frozenset(
    {
        "created",
        "unlocked",
        "unlock_failed",
        "locked",
        "passphrase_changed",
        "recovery_key_set",
        "recovered",
        "migrated",
        "petition_added",
        "petition_removed",
        "event_added",
        "exported",
        "imported",
        "erased",
        "purged",
        "rehearsal_generated",
        "kiosk_started",
        "kiosk_exited",
        "keys_created",
        "pack_exported",
        "pack_imported",
        "device_enrolled",
        "device_revoked",
        "identity_exported",
        "batch_quarantined",
        "batch_sealed",
        "quarantine_accepted",
        "quarantine_set_aside",
        "quarantine_released",
        "campaign_switched",
        "near_match_decided",
        "sheets_printed",
        "sheet_returned",
        "bundle_written",
        "epetition_count",
        "person_erased",
        "person_exported",
        "receipt_confirmed",
        "received_erased",
    }
)
# Detail values must be numbers, booleans, or short identifiers: never signer data.
_ALLOWED_DETAIL = (int, float, bool, type(None))


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    event: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def _digest(seq: int, at: str, event: str, detail: str, prev_hash: str) -> str:
    material = "\x1f".join((str(seq), at, event, detail, prev_hash))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _check_detail(detail: dict[str, Any]) -> str:
    for key, value in detail.items():
        if isinstance(value, _ALLOWED_DETAIL):
            continue
        if isinstance(value, str) and len(value) <= 80 and key.endswith(("_id", "_hash", "role")):
            continue
        raise ValueError(f"audit detail '{key}' is not an allowed kind of value")
    return json.dumps(detail, sort_keys=True, separators=(",", ":"))


def append(conn: Connection, event: str, **detail: Any) -> AuditEntry:
    """Append one event. Call inside the caller's transaction so it commits with the change."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    text = _check_detail(detail)
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = utc_now()
    digest = _digest(seq, at, event, text, prev)
    conn.execute(
        "INSERT INTO audit_log (seq, at, event, detail, prev_hash, hash) VALUES (?,?,?,?,?,?)",
        (seq, at, event, text, prev, digest),
    )
    return AuditEntry(seq, at, event, detail, prev, digest)


def entries(conn: Connection) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, event, detail, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]


def verify(conn: Connection) -> int | None:
    """Return None if the chain is intact, else the sequence number of the first bad row."""
    prev = GENESIS
    expected_seq = 1
    for r in conn.execute(
        "SELECT seq, at, event, detail, prev_hash, hash FROM audit_log ORDER BY seq"
    ):
        seq, at, event, detail, prev_hash, digest = r
        if (
            seq != expected_seq
            or prev_hash != prev
            or _digest(seq, at, event, detail, prev) != digest
        ):
            return int(seq)
        prev = digest
        expected_seq += 1
    return None
