"""Schema version 4: batches that cannot fork, and quarantines a coordinator can settle."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    4,
    "batch file written after the batch is recorded; settled quarantine",
    """
        -- On a stall: when the batch file was last written out. NULL means the batch is
        -- recorded (committed) but its file may not have reached the stick yet; the next
        -- export writes that same batch again before sealing anything new.
        ALTER TABLE batches_out ADD COLUMN written_at TEXT;
        UPDATE batches_out SET written_at = created_at;

        -- On a coordinator: a quarantined batch keeps its sealed file (still encrypted to
        -- this coordinator, inside the encrypted vault) so that it can be accepted later,
        -- and the coordinator's decision.
        ALTER TABLE quarantine ADD COLUMN sealed BLOB;
        ALTER TABLE quarantine ADD COLUMN prev_hash TEXT;
        ALTER TABLE quarantine ADD COLUMN record_count INTEGER;
        ALTER TABLE quarantine ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'accepted', 'set_aside', 'released'));
        ALTER TABLE quarantine ADD COLUMN decision_reason TEXT;
        ALTER TABLE quarantine ADD COLUMN decided_at TEXT;
        CREATE INDEX quarantine_device ON quarantine(device_id, seq);
        """,
)
