"""Opening the vault's SQLCipher file with its raw database key, and the settings every
connection runs with. A folder that cannot be written still opens, read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from stallapp.domain.errors import DiskFull, NotAVault, NoVault, ReadOnlyVault, VaultBusy
from stallapp.storage.connection import Connection
from stallapp.storage.sqlite_errors import cannot_open, classify, is_io_error

_SQLITE_HEADER = b"SQLite format 3\x00"


def check_files(db_path: Path, key_path: Path) -> None:
    """Refuse, before any key is tried, a folder whose database is missing, unreadable,
    a plain SQLite file or too short to be a vault."""
    if not db_path.exists():
        if key_path.exists():
            raise NoVault("The vault database (vault.db) is missing from this folder.")
        raise NoVault("There is no vault in this folder yet. Create one first (stallapp init).")
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise NotAVault(f"The vault database cannot be read: {exc.strerror}") from None
    if head == _SQLITE_HEADER:
        raise NotAVault("vault.db is a plain, unencrypted database, not a stallapp vault.")
    if len(head) < 16:
        raise NotAVault("vault.db is not a stallapp vault (the file is too short).")


def disk_is_full(folder: Path) -> bool:
    """Whether the disk under `folder` has almost no room (an open that fell back to
    read-only may owe it to a full disk rather than a read-only folder)."""
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def _quiet(conn: Connection) -> None:
    """SQLCipher logs its own lines (e.g. "hmac check failed") to stderr; the app reports
    every failure itself, in one readable line, so they are switched off."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def connect(db_path: Path, key: bytes) -> Connection:
    conn: Connection = sqlcipher3.connect(
        str(db_path), isolation_level=None, check_same_thread=False
    )
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        problem = classify(exc)
        if isinstance(problem, ReadOnlyVault | DiskFull) or cannot_open(exc) or is_io_error(exc):
            # The folder cannot take the write-ahead log's index (read-only, or full).
            return _connect_read_only(db_path, key)
        if isinstance(problem, DiskFull | VaultBusy):
            raise problem from None
        raise NotAVault(
            "The vault database does not match its key file, or it is damaged. Nothing was changed."
        ) from None
    return conn


def _connect_read_only(db_path: Path, key: bytes) -> Connection:
    """A folder that cannot be written (a locked-down stick, a read-only mount): open the
    database read-only so its data can still be read and exported."""
    # With no write-ahead log left (or an empty one: the last connection closed cleanly, or
    # a failed open just made it), the file alone is the whole database and may be read as
    # immutable; with a log, SQLite reads both read-only.
    wal = db_path.with_name(db_path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    params = "mode=ro" if has_log else "mode=ro&immutable=1"
    conn: Connection = sqlcipher3.connect(
        f"{db_path.as_uri()}?{params}", uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        problem = classify(exc)
        if isinstance(problem, ReadOnlyVault) or cannot_open(exc):
            raise ReadOnlyVault(
                "The vault folder is read-only and the vault cannot be read from it; "
                "copy the folder to a writable place."
            ) from None
        raise NotAVault(
            "The vault database does not match its key file, or it is damaged. Nothing was changed."
        ) from None
    return conn


def configure(conn: Connection) -> None:
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.Error as exc:
        # A read-only folder or a full disk: the database keeps the mode it was made with.
        if classify(exc) is None and not cannot_open(exc):
            raise
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
