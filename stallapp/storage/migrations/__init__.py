"""Versioned schema migrations. The vault's PRAGMA user_version is its schema version.

One module per migration, named vN_topic.py, each defining MIGRATION. Each is applied in
its own transaction, after an encrypted backup of the vault. Migrations are only ever
appended; a released one is never edited.
"""

from __future__ import annotations

from stallapp.storage.migrations import (
    v1_core,
    v2_sealing,
    v3_sheets,
    v4_trust,
    v5_indexes,
    v6_council,
    v7_receipts,
    v8_kept_counts,
    v9_person_areas,
    v10_merge_scale,
)
from stallapp.storage.migrations.base import Migration

MIGRATIONS: tuple[Migration, ...] = tuple(
    sorted(
        (
            v1_core.MIGRATION,
            v2_sealing.MIGRATION,
            v3_sheets.MIGRATION,
            v4_trust.MIGRATION,
            v5_indexes.MIGRATION,
            v6_council.MIGRATION,
            v7_receipts.MIGRATION,
            v8_kept_counts.MIGRATION,
            v9_person_areas.MIGRATION,
            v10_merge_scale.MIGRATION,
        ),
        key=lambda m: m.version,
    )
)
LATEST_VERSION = MIGRATIONS[-1].version

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration"]
