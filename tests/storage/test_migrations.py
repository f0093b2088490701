from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from stallapp.domain.errors import VaultTooNew
from stallapp.storage import migrate as migrate_module
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import BACKUP_DIR, delete_backups, migrate, schema_version
from stallapp.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from stallapp.storage.vault import DB_NAME, Vault

PASS = "correct horse battery"


def schema(conn) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


def test_versions_are_increasing_and_unique() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(set(versions))
    assert versions[0] == 1 and versions[-1] == LATEST_VERSION


def test_every_migration_runs_from_an_empty_vault(tmp_path: Path) -> None:
    conn = sqlcipher3.connect(str(tmp_path / DB_NAME), isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    seen: set[tuple[str, str]] = set()
    for i, step in enumerate(MIGRATIONS):
        _before, after, backup = migrate(conn, tmp_path / DB_NAME, MIGRATIONS[: i + 1])
        assert after == step.version == schema_version(conn)
        assert backup is None  # none made from empty; else deleted once verified
        now = schema(conn)
        assert seen != now, f"migration {step.version} changed nothing"
        seen = now
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # A vault created through the app has exactly the schema the migrations build.
    vault = Vault.create(tmp_path / "fresh", PASS, role="stall", cost=KdfCost.light())
    assert schema(vault.conn) == seen
    vault.lock()


def test_backup_is_deleted_once_the_migrated_vault_checks_out(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = Vault.create(folder, PASS, role="stall", cost=KdfCost.light())
    extra = Migration(
        LATEST_VERSION + 1, "test-only column", "ALTER TABLE meta ADD COLUMN note TEXT;"
    )
    made: list[Path] = []
    real = migrate_module.backup_before_migrating

    def spy(conn, db_path, version):  # type: ignore[no-untyped-def]
        made.append(real(conn, db_path, version))
        assert made[0].exists() and made[0].stat().st_mode & 0o077 == 0
        return made[0]

    migrate_module.backup_before_migrating = spy
    try:
        before, after, backup = migrate(vault.conn, folder / DB_NAME, (*MIGRATIONS, extra))
    finally:
        migrate_module.backup_before_migrating = real
    assert (before, after) == (LATEST_VERSION, LATEST_VERSION + 1)
    assert len(made) == 1 and backup is None
    assert not made[0].exists()
    assert list((folder / BACKUP_DIR).iterdir()) == []
    vault.lock()


def test_backup_of_a_failed_migration_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = Vault.create(folder, PASS, role="stall", cost=KdfCost.light())
    broken = Migration(LATEST_VERSION + 1, "broken", "CREATE TABLE x (a); SELECT * FROM nowhere;")
    with pytest.raises(sqlcipher3.OperationalError):
        migrate(vault.conn, folder / DB_NAME, (*MIGRATIONS, broken))
    [backup] = (folder / BACKUP_DIR).glob("vault-schema*-*.db")
    # The backup is the old schema, still encrypted with the vault key.
    old = sqlcipher3.connect(str(backup))
    old.execute(f"PRAGMA key = \"x'{bytes(vault._key).hex()}'\"")
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    old.close()
    assert delete_backups(folder) == 1
    assert list((folder / BACKUP_DIR).iterdir()) == []
    vault.lock()


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = Vault.create(folder, PASS, role="stall", cost=KdfCost.light())
    broken = Migration(LATEST_VERSION + 1, "broken", "CREATE TABLE x (a); SELECT * FROM nowhere;")
    with pytest.raises(sqlcipher3.OperationalError):
        migrate(vault.conn, folder / DB_NAME, (*MIGRATIONS, broken))
    assert schema_version(vault.conn) == LATEST_VERSION
    assert ("table", "x") not in schema(vault.conn)
    vault.lock()


def test_vault_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = Vault.create(folder, PASS, role="stall", cost=KdfCost.light())
    vault.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    vault.lock()
    with pytest.raises(VaultTooNew, match="newer stallapp"):
        Vault.unlock(folder, PASS)
