"""Schema version 6: the council route. A signer's connection to the area (live, work or
study), and the counts a council's own e-petition site reports, kept apart from ours."""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    6,
    "live/work/study on signatures; council e-petition counts",
    """
        ALTER TABLE signatures ADD COLUMN connection TEXT
            CHECK (connection IS NULL OR connection IN ('live', 'work', 'study'));

        -- Counts a coordinator copies from a council's e-petition page, with the day they
        -- were read. Never added to the paper and kiosk counts: the council removes repeats.
        CREATE TABLE epetition_counts (
            id           INTEGER PRIMARY KEY,
            petition_id  TEXT NOT NULL,
            count        INTEGER NOT NULL CHECK (count >= 0),
            counted_on   TEXT NOT NULL,
            entered_at   TEXT NOT NULL
        );
        CREATE INDEX epetition_counts_petition ON epetition_counts(petition_id, counted_on);
        """,
)
