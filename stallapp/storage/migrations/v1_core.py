"""Schema version 1: vault metadata, petitions, events, signatures, audit log."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    1,
    "vault metadata, petitions, events, signatures, audit log",
    """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE petitions (
            id            TEXT PRIMARY KEY,
            current_hash  TEXT NOT NULL,
            added_at      TEXT NOT NULL
        ) STRICT;

        -- Every wording a signer may have seen, kept so any signature's text can be shown.
        CREATE TABLE petition_versions (
            hash          TEXT PRIMARY KEY,
            petition_id   TEXT NOT NULL REFERENCES petitions(id),
            definition    TEXT NOT NULL,
            added_at      TEXT NOT NULL
        ) STRICT;

        CREATE TABLE events (
            id          TEXT PRIMARY KEY,
            city        TEXT NOT NULL,
            location    TEXT NOT NULL,
            date        TEXT NOT NULL,
            start_time  TEXT,
            end_time    TEXT,
            group_name  TEXT,
            device_id   TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;

        CREATE TABLE signatures (
            id                    INTEGER PRIMARY KEY,
            uid                   TEXT NOT NULL UNIQUE,
            petition_id           TEXT NOT NULL REFERENCES petitions(id),
            petition_hash         TEXT NOT NULL REFERENCES petition_versions(hash),
            event_id              TEXT NOT NULL REFERENCES events(id),
            device_id             TEXT NOT NULL,
            name                  TEXT NOT NULL,
            address               TEXT NOT NULL,
            postcode              TEXT NOT NULL,
            country               TEXT NOT NULL,
            email                 TEXT,
            consent_hash          TEXT NOT NULL,
            consent_at            TEXT NOT NULL,
            contact_consent       INTEGER NOT NULL,
            contact_consent_hash  TEXT,
            language              TEXT NOT NULL,
            origin                TEXT NOT NULL CHECK (origin IN ('kiosk', 'paper')),
            sheet_serial          TEXT,
            sheet_row             INTEGER,
            captured_at           TEXT NOT NULL,
            receipt_code          TEXT NOT NULL,
            dedupe_key            TEXT NOT NULL,
            likely_duplicate      INTEGER NOT NULL DEFAULT 0,
            ink                   BLOB,
            batch_seq             INTEGER
        ) STRICT;
        CREATE INDEX signatures_dedupe ON signatures(petition_id, dedupe_key);
        CREATE INDEX signatures_receipt ON signatures(receipt_code);
        CREATE INDEX signatures_event ON signatures(event_id);
        CREATE INDEX signatures_unexported ON signatures(batch_seq) WHERE batch_seq IS NULL;

        CREATE TABLE audit_log (
            seq        INTEGER PRIMARY KEY,
            at         TEXT NOT NULL,
            event      TEXT NOT NULL,
            detail     TEXT NOT NULL,
            prev_hash  TEXT NOT NULL,
            hash       TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
)
