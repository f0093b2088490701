"""Schema version 10: fewer index entries at random places per merged row, for a coordinator
at a million signatures.

In a large vault each index entry a merged row adds at a random place dirties its own page,
which the commit encrypts and writes (docs/performance.md, "Fifth pass"). Two indexes change:
- `person_keys` becomes one `WITHOUT ROWID` b-tree on (petition, area, key, person) that also
  carries the person's name key and postcode: a key look-up reads the area's entries in order
  and never visits the persons table, and a person's key is written once instead of into a
  table and its look-up index. The name key itself (`n:`) is no longer stored: the persons
  index `persons_key` on (petition, dedupe key) finds "this name, any postcode" as a prefix
  range, since a dedupe key is the name key, `|`, and the compact postcode.
- `signatures_dedupe` becomes partial (`WHERE person_id IS NULL`): only a device's own rows
  are checked by their dedupe key (the capture's "signed here before" flag); merged rows are
  matched through their persons (`persons_key`), so a merge no longer writes to it.
"""

from __future__ import annotations

from stallapp.storage.migrations.base import Migration

MIGRATION = Migration(
    10,
    "search keys in one covering b-tree; the dedupe-key index for a device's own rows only",
    """
        CREATE TABLE person_keys_v10 (
            petition_id  TEXT NOT NULL,
            area_key     TEXT NOT NULL,
            key          TEXT NOT NULL,
            person_id    INTEGER NOT NULL,
            name_key     TEXT NOT NULL,
            block_key    TEXT NOT NULL,
            PRIMARY KEY (petition_id, area_key, key, person_id)
        ) STRICT, WITHOUT ROWID;
        INSERT OR IGNORE INTO person_keys_v10
            SELECT k.petition_id, k.area_key, k.key, k.person_id, p.name_key, p.block_key
            FROM person_keys k JOIN persons p ON p.id = k.person_id
            WHERE substr(k.key, 1, 2) <> 'n:'
            ORDER BY k.petition_id, k.area_key, k.key, k.person_id;
        DROP TABLE person_keys;
        ALTER TABLE person_keys_v10 RENAME TO person_keys;
        CREATE INDEX person_keys_person ON person_keys(person_id);

        DROP INDEX signatures_dedupe;
        CREATE INDEX signatures_dedupe ON signatures(petition_id, dedupe_key)
            WHERE person_id IS NULL;
        """,
)
