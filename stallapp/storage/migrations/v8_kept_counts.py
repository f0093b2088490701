"""Schema version 8: counts that outlive the data. At the retention date a purge deletes a
petition's signatures and keeps, in the same transaction, anonymous counts one dimension at
a time (domain/kept_counts.py): no name, address, postcode, email, ink or row id."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    8,
    "anonymous counts kept by a purge",
    """
        CREATE TABLE kept_counts (
            petition_id  TEXT NOT NULL,
            dimension    TEXT NOT NULL CHECK (dimension IN
                ('total', 'route', 'city', 'event', 'day', 'constituency', 'ward')),
            key          TEXT NOT NULL,
            label        TEXT NOT NULL,
            signatures   INTEGER NOT NULL CHECK (signatures >= 0),
            people       INTEGER NOT NULL CHECK (people >= 0),
            PRIMARY KEY (petition_id, dimension, key)
        ) STRICT;
        """,
)
