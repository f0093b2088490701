"""Schema version 7: signed import receipts on a stall, the counts of the signers it
erased once its coordinator confirmed receiving them, and a partial index of exported rows
by batch."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    7,
    "import receipts confirmed on a stall; counts of received signers erased",
    """
        -- On a stall: each import receipt confirmed (a coordinator's signed list of the
        -- batches it imported from this device). No personal data: hashes, times, counts.
        CREATE TABLE receipts_confirmed (
            id            INTEGER PRIMARY KEY,
            receipt_hash  TEXT NOT NULL UNIQUE,
            signing_key   TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            batch_count   INTEGER NOT NULL CHECK (batch_count >= 0),
            confirmed_at  TEXT NOT NULL
        ) STRICT;

        -- On a stall: the batches (batches_out.seq) a confirmed receipt names.
        CREATE TABLE batches_received (
            seq         INTEGER PRIMARY KEY REFERENCES batches_out(seq),
            receipt_id  INTEGER NOT NULL REFERENCES receipts_confirmed(id),
            marked_at   TEXT NOT NULL
        ) STRICT;

        -- On a stall: how many signatures of a received batch were erased from this
        -- device, by petition and event, so its counts stay honest after the erasure.
        CREATE TABLE received_erased (
            seq          INTEGER NOT NULL REFERENCES batches_received(seq),
            petition_id  TEXT NOT NULL,
            event_id     TEXT NOT NULL,
            count        INTEGER NOT NULL CHECK (count >= 0),
            erased_at    TEXT NOT NULL,
            PRIMARY KEY (seq, petition_id, event_id)
        ) STRICT;

        -- Rows by the batch that carried them, for the receipts panel's counts and the
        -- erasure of received batches. Partial: a kiosk commit (batch_seq still NULL) writes
        -- nothing to it; only the export, which sets batch_seq, does. Without it both would
        -- read every row's ink to reach batch_seq, the last column.
        CREATE INDEX signatures_batch ON signatures(batch_seq) WHERE batch_seq IS NOT NULL;
        """,
)
