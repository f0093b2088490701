"""What a vault is and how much it holds, for `stallapp status`: counts only, no names."""

from __future__ import annotations

from typing import Any

from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.migrate import schema_version
from stallapp.storage.vault import Vault


def collect(vault: Vault) -> dict[str, Any]:
    conn = vault.conn
    by_petition = signature_store.counts_by(conn, "petition_id")
    by_origin = signature_store.counts_by(conn, "origin")
    by_event = signature_store.counts_by(conn, "event_id")
    return {
        "role": vault.role,
        "device_id": vault.device_id,
        "device_name": vault.device_name,
        "rehearsal": vault.rehearsal,
        "schema_version": schema_version(conn),
        "recovery_key_set": bool(vault.recovery_recipients),
        "petitions": [
            {
                "id": p.id,
                "hash": p.content_hash,
                "target": p.target,
                "retention_until": p.retention_until.isoformat(),
                "signatures": by_petition.get(p.id, 0),
            }
            for p in petition_store.all_current(conn)
        ],
        "broken_petitions": petition_store.broken_ids(conn),
        "counts": {
            "signatures": sum(by_petition.values()),
            "kiosk": by_origin.get("kiosk", 0),
            "paper": by_origin.get("paper", 0),
            "likely_duplicates": signature_store.likely_duplicates(conn),
            "events": len(by_event),
        },
        "audit_log": {
            "entries": len(audit.entries(conn)),
            "chain_intact": audit.verify(conn) is None,
        },
    }
