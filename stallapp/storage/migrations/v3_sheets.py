"""Schema version 3: printed paper sheets, for tracking which came back and with how many."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    3,
    "printed paper petition sheets and their return",
    """
        CREATE TABLE sheets (
            serial           TEXT PRIMARY KEY,
            petition_id      TEXT NOT NULL REFERENCES petitions(id),
            petition_hash    TEXT NOT NULL,
            kind             TEXT NOT NULL CHECK (kind IN ('top', 'continuation', 'full')),
            paper            TEXT NOT NULL,
            rows             INTEGER NOT NULL CHECK (rows >= 0),
            printed_at       TEXT NOT NULL,
            returned_at      TEXT,
            signature_count  INTEGER CHECK (signature_count >= 0),
            city             TEXT
        ) STRICT;
        CREATE INDEX sheets_petition ON sheets(petition_id, printed_at);
        """,
)
