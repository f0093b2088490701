"""SQLite failures become readable VaultErrors, classed by SQLite's result code.

Each failure is made for real on a SQLCipher vault file: a size limit the next write
exceeds (full), a connection that may not write (read-only; the tests may run as root, for
whom file modes do not stop writes), a second connection holding the write lock (busy),
and pages damaged on disk (corrupt, not a database).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from stallapp.domain.errors import DamagedVault, DiskFull, ReadOnlyVault, VaultBusy, VaultError
from stallapp.storage.vault import DB_NAME, Vault
from tests.support.vault_setup import PASSPHRASE

PAGE = 4096


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    vault = Vault.create(vault_dir, PASSPHRASE, role="stall", rehearsal=True)
    yield vault
    vault.lock()


def _write(vault: Vault, rows: int = 1, size: int = 10) -> None:
    with vault.transaction() as tx:
        for i in range(rows):
            vault.set_meta(tx, f"filler{i}", "y" * size)


def _read_all(vault: Vault) -> None:
    with vault.transaction() as tx:
        tx.execute("SELECT count(*) FROM meta WHERE value LIKE 'q%'").fetchall()


def _damage_page(vault: Vault, page: int) -> None:
    """Overwrite bytes inside one page of vault.db, after moving every page out of the
    write-ahead log into the file and out of the connection's cache."""
    vault.truncate_wal()
    vault.conn.execute("PRAGMA shrink_memory")
    db = vault.folder / DB_NAME
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    start = (page % pages) * PAGE + 1000
    data[start : start + 100] = b"\xff" * 100
    db.write_bytes(bytes(data))


def test_disk_full(vault: Vault) -> None:
    pages = vault.conn.execute("PRAGMA page_count").fetchone()
    vault.conn.execute(f"PRAGMA max_page_count = {pages[0]}")
    with pytest.raises(DiskFull, match="disk is full"):
        _write(vault, rows=20, size=2000)
    vault.conn.execute("PRAGMA max_page_count = 1073741823")
    assert vault.meta("filler0") is None  # the whole transaction was rolled back
    _write(vault)  # and the vault works again once there is room


def test_read_only(vault: Vault) -> None:
    vault.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyVault, match="read-only"):
        _write(vault)
    vault.conn.execute("PRAGMA query_only = OFF")
    assert vault.meta("filler0") is None


def test_busy(vault: Vault) -> None:
    other = sqlcipher3.connect(str(vault.folder / DB_NAME), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{bytes(vault._key).hex()}'\"")
    other.execute("BEGIN IMMEDIATE")
    vault.conn.execute("PRAGMA busy_timeout = 0")
    try:
        with pytest.raises(VaultBusy, match="busy"):
            _write(vault)
    finally:
        other.execute("ROLLBACK")
        other.close()
    _write(vault)  # free again once the other connection lets go
    assert vault.meta("filler0") == "y" * 10


def test_damaged_page(vault: Vault) -> None:
    _write(vault, rows=40, size=2000)
    _damage_page(vault, -1)  # the last page holds the newest rows of the meta table
    with pytest.raises(DamagedVault, match="damaged") as caught:
        _read_all(vault)
    assert (caught.value.__context__.sqlite_errorcode & 0xFF) == sqlcipher3.SQLITE_CORRUPT


def test_damaged_first_page_is_not_a_database(vault: Vault) -> None:
    _damage_page(vault, 0)
    with pytest.raises(DamagedVault, match="damaged") as caught:
        _read_all(vault)
    assert (caught.value.__context__.sqlite_errorcode & 0xFF) == sqlcipher3.SQLITE_NOTADB


def test_classes_keep_the_vault_error_base() -> None:
    # Callers that catch VaultError (the UI, the CLI, Vault.lock) keep catching these.
    for cls in (DiskFull, ReadOnlyVault, VaultBusy, DamagedVault):
        assert issubclass(cls, VaultError)
