"""Applying schema migrations, with an encrypted backup of the vault first."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from stallapp.domain.errors import VaultTooNew
from stallapp.storage.connection import Connection, scalar
from stallapp.storage.migrations import MIGRATIONS, Migration
from stallapp.system.paths import ensure_private_dir

BACKUP_DIR = "backups"


def schema_version(conn: Connection) -> int:
    return int(scalar(conn.execute("PRAGMA user_version")))


def backup_before_migrating(conn: Connection, db_path: Path, version: int) -> Path:
    """Copy the (still encrypted) database file aside; it opens with the same vault key."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = ensure_private_dir(db_path.parent / BACKUP_DIR)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"vault-schema{version}-{stamp}.db"
    shutil.copyfile(db_path, target)
    target.chmod(0o600)
    return target


def migrate(
    conn: Connection, db_path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> tuple[int, int, Path | None]:
    """Bring the schema up to the latest version. Returns (from, to, backup path or None)."""
    current = schema_version(conn)
    latest = migrations[-1].version
    if current > latest:
        raise VaultTooNew(
            "This vault was made by a newer stallapp. Please update stallapp to open it."
        )
    if current == latest:
        return current, latest, None
    backup = backup_before_migrating(conn, db_path, current) if current > 0 else None
    for step in migrations:
        if step.version <= current:
            continue
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{step.sql}\nPRAGMA user_version = {int(step.version)};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return current, latest, backup
