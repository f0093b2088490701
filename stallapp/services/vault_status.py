"""What a vault is and how much it holds, for `stallapp status`: counts only, no names."""

from __future__ import annotations

from typing import Any

from stallapp.storage import audit, receipt_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.migrate import schema_version
from stallapp.storage.vault import Vault


def collect(vault: Vault) -> dict[str, Any]:
    conn = vault.conn
    by_petition = signature_store.counts_by(conn, "petition_id")
    by_origin = signature_store.counts_by(conn, "origin")
    by_event = signature_store.counts_by(conn, "event_id")
    info: dict[str, Any] = {
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
    if vault.role == "stall":
        info["batches"] = _batches(vault)
    return info


def _batches(vault: Vault) -> dict[str, int]:
    """The stall's sealed batches: how many the coordinator confirmed receiving, and how
    many signatures are still here, waiting for a receipt or erased after one."""
    states = receipt_store.batch_states(vault.conn)
    return {
        "sealed": len(states),
        "received": sum(1 for b in states if b.received),
        "signatures_awaiting_receipt": sum(b.on_device for b in states if not b.received),
        "signatures_received_still_here": sum(b.on_device for b in states if b.received),
        "signatures_erased_after_receipt": sum(b.erased for b in states),
    }
