"""Schema version 9: each person's postcode area (outward code), so that near matches are
looked for across a whole area (CV1 1LL and CV1 2AB) by an index, not a scan.

The area of a compact postcode is its outward code when it has the UK shape (letter, one to
three letters or digits, then digit letter letter), else the whole code: the same rule as
domain/postcode.area_of, which new persons get their area from.
"""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    9,
    "postcode area of each person, for near matches across an outward code",
    """
        ALTER TABLE persons ADD COLUMN area_key TEXT NOT NULL DEFAULT '';
        UPDATE persons SET area_key = CASE
            WHEN length(block_key) BETWEEN 5 AND 7
                 AND block_key GLOB '[A-Z]*[0-9][A-Z][A-Z]'
                 AND substr(block_key, 1, length(block_key) - 3) GLOB '[A-Z][A-Z0-9]*'
                 AND substr(block_key, 1, length(block_key) - 3) NOT GLOB '*[^A-Z0-9]*'
            THEN substr(block_key, 1, length(block_key) - 3)
            ELSE block_key
        END;
        CREATE INDEX persons_area ON persons(petition_id, area_key);
        """,
)
