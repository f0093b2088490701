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
    """Bring the schema up to the latest version. Returns (from, to, the backup path if one
    was kept because the migrated vault failed its check, else None)."""
    current = schema_version(conn)
    latest = migrations[-1].version
    if current > latest:
        raise VaultTooNew(
            "This vault was made by a newer stallapp. Please update stallapp to open it."
        )
    if current == latest:
        return current, latest, None
    backup = backup_before_migrating(conn, db_path, current) if current > 0 else None
    _run(conn, current, migrations)
    if backup is not None and not verify_problems(conn):
        # The copy holds every signer as the old schema had them, erased ones included;
        # once the migrated vault checks out it is deleted, so it cannot outlive an erasure.
        backup.unlink()
        backup = None
    return current, latest, backup


def verify_problems(conn: Connection) -> list[str]:
    """SQLite's and SQLCipher's integrity checks of the migrated vault; empty when sound."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    return problems


def delete_backups(folder: Path) -> int:
    """Delete every migration backup left in the vault's folder (one whose migration could
    not be verified). Called after an erasure or a purge: a backup must not keep a signer
    the vault no longer has. Returns how many were deleted."""
    deleted = 0
    for path in sorted((folder / BACKUP_DIR).glob("vault-schema*-*.db*")):
        path.unlink()
        deleted += 1
    return deleted


def _run(conn: Connection, current: int, migrations: Sequence[Migration]) -> None:
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
