"""Schema version 9: near matches across a postcode area, found through stored keys.

Each person gets its postcode area (the outward code: CV1 for CV1 1LL and CV1 2AB) and a set
of search keys computed from its name at import (services/near_keys.py): the name key, its
letters, its Chinese characters in Traditional form, its surname's romanised spellings, its
Latin words and their Cantonese syllables. A merge looks a new person's keys up in its area
with one indexed query, instead of reading every person of the area.

The area of a compact postcode is its outward code when it has the UK shape (letter, one to
three letters or digits, then digit letter letter), else the whole code: the same rule as
domain/postcode.area_of. Keys need the name converters, which SQL does not have: persons
from before this version are marked unkeyed, and the first merge that touches their area
computes their keys (services/dedupe.py).
"""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    9,
    "postcode area and search keys of persons, for near matches across scripts and areas",
    """
        ALTER TABLE persons ADD COLUMN area_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE persons ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
        UPDATE persons SET area_key = CASE
            WHEN length(block_key) BETWEEN 5 AND 7
                 AND block_key GLOB '[A-Z]*[0-9][A-Z][A-Z]'
                 AND substr(block_key, 1, length(block_key) - 3) GLOB '[A-Z][A-Z0-9]*'
                 AND substr(block_key, 1, length(block_key) - 3) NOT GLOB '*[^A-Z0-9]*'
            THEN substr(block_key, 1, length(block_key) - 3)
            ELSE block_key
        END;
        CREATE INDEX persons_area ON persons(petition_id, area_key);
        CREATE INDEX persons_unkeyed ON persons(petition_id, area_key) WHERE keyed = 0;

        CREATE TABLE person_keys (
            person_id    INTEGER NOT NULL,
            petition_id  TEXT NOT NULL,
            area_key     TEXT NOT NULL,
            key          TEXT NOT NULL
        ) STRICT;
        CREATE INDEX person_keys_lookup ON person_keys(petition_id, area_key, key);
        CREATE INDEX person_keys_person ON person_keys(person_id);
        """,
)
