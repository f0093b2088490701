"""Schema version 2: device keys, enrolment, sealed batches, provenance, dedupe, erasure."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    2,
    "device keys, enrolment, sealed batches, provenance, persons and near matches",
    """
        -- This device's own secret keys (Ed25519 seed; a coordinator's age identity).
        CREATE TABLE device_keys (
            kind        TEXT PRIMARY KEY CHECK (kind IN ('ed25519', 'age')),
            secret      TEXT NOT NULL,
            public      TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;

        -- On a stall: the campaign pack(s) imported (coordinator keys and recipients).
        CREATE TABLE campaign_packs (
            signing_key     TEXT PRIMARY KEY,
            fingerprint     TEXT NOT NULL,
            coordinator     TEXT NOT NULL,
            recipients      TEXT NOT NULL,
            recovery        TEXT NOT NULL,
            imported_at     TEXT NOT NULL
        ) STRICT;

        -- On a coordinator: stall devices enrolled in person.
        CREATE TABLE enrolled_devices (
            device_id    TEXT PRIMARY KEY,
            name         TEXT NOT NULL,
            signing_key  TEXT NOT NULL,
            fingerprint  TEXT NOT NULL,
            rehearsal    INTEGER NOT NULL,
            enrolled_at  TEXT NOT NULL,
            revoked_at   TEXT
        ) STRICT;

        -- On a stall: the batches this device sealed (signatures.batch_seq points here).
        CREATE TABLE batches_out (
            seq           INTEGER PRIMARY KEY,
            batch_id      TEXT NOT NULL UNIQUE,
            prev_hash     TEXT NOT NULL,
            doc_hash      TEXT NOT NULL,
            record_count  INTEGER NOT NULL,
            recipients    TEXT NOT NULL,
            created_at    TEXT NOT NULL
        ) STRICT;

        -- On a coordinator: batches merged, and batches set aside for a decision.
        CREATE TABLE batches_in (
            batch_id      TEXT PRIMARY KEY,
            device_id     TEXT NOT NULL,
            seq           INTEGER NOT NULL,
            doc_hash      TEXT NOT NULL,
            prev_hash     TEXT NOT NULL,
            record_count  INTEGER NOT NULL,
            imported_at   TEXT NOT NULL,
            UNIQUE (device_id, seq)
        ) STRICT;
        CREATE TABLE quarantine (
            id           INTEGER PRIMARY KEY,
            batch_id     TEXT NOT NULL,
            device_id    TEXT NOT NULL,
            seq          INTEGER NOT NULL,
            doc_hash     TEXT NOT NULL,
            reason       TEXT NOT NULL,
            received_at  TEXT NOT NULL,
            UNIQUE (doc_hash)
        ) STRICT;

        -- Provenance of merged rows, and the person each row belongs to.
        ALTER TABLE signatures ADD COLUMN source_batch TEXT;
        ALTER TABLE signatures ADD COLUMN person_id INTEGER;
        CREATE INDEX signatures_person ON signatures(person_id);

        CREATE TABLE persons (
            id           INTEGER PRIMARY KEY,
            petition_id  TEXT NOT NULL,
            dedupe_key   TEXT NOT NULL,
            block_key    TEXT NOT NULL,
            name_key     TEXT NOT NULL,
            email        TEXT
        ) STRICT;
        CREATE INDEX persons_key ON persons(petition_id, dedupe_key);
        CREATE INDEX persons_block ON persons(petition_id, block_key);

        CREATE TABLE near_matches (
            id           INTEGER PRIMARY KEY,
            petition_id  TEXT NOT NULL,
            person_a     INTEGER NOT NULL,
            person_b     INTEGER NOT NULL,
            reason       TEXT NOT NULL,
            score        INTEGER NOT NULL,
            decision     TEXT CHECK (decision IN ('confirmed', 'rejected')),
            decided_at   TEXT,
            UNIQUE (person_a, person_b)
        ) STRICT;

        -- Erased signatures, by a hash of their random uid only, so a batch imported
        -- again after an erasure does not bring the person back.
        CREATE TABLE erased (
            uid_hash   TEXT PRIMARY KEY,
            erased_at  TEXT NOT NULL
        ) STRICT;
        """,
)
