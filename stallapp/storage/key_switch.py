"""Switching the vault to a new database key (a passphrase change, a recovery re-key) in
an order a kill at any moment survives:

1. vault.key.new is written (atomically): the new key under the new passphrase.
   State: vault.key and the database agree (old key); vault.key.new is ahead.
2. PRAGMA rekey re-encrypts every page in one transaction of the write-ahead log.
   Until its commit the database has the old key; from its commit, the new one.
3. vault.key.new is renamed over vault.key (and the folder synced).

Unlock (open_keyed) tries vault.key first; if that key does not open the database (or the
passphrase is not the one it was wrapped with) and vault.key.new exists, it tries that,
and if it opens the database, finishes step 3. If vault.key opens the database, a leftover
vault.key.new is stale (the rekey never committed) and is deleted. So the vault always
opens: with the old passphrase until step 2 commits, with the new one from then on.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import sqlcipher3

from stallapp.domain.errors import NotAVault, VaultError, WrongPassphrase
from stallapp.storage.connection import Connection
from stallapp.storage.keyfile import KEY_BYTES, KeyFile
from stallapp.storage.sqlite_errors import translate
from stallapp.storage.vault_files import KEY_NAME, NEW_KEY_NAME

Opened = tuple[Connection, int, int]


def promote(folder: Path) -> None:
    """Step 3 of a key switch: vault.key.new becomes vault.key, durably."""
    os.replace(folder / NEW_KEY_NAME, folder / KEY_NAME)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def best_effort(step: Callable[[], None]) -> None:
    """A tidy-up that may fail on a read-only folder without harm (unlock retries it)."""
    with suppress(OSError):
        step()


def open_keyed(
    folder: Path,
    opener: Callable[[KeyFile], bytes],
    open_with_key: Callable[[Path, bytes], Opened],
) -> tuple[Connection, int, int, bytes, KeyFile]:
    """Open with vault.key, or, if a key switch was interrupted after the database took
    its new key, with vault.key.new (and finish the switch)."""
    keyfile = KeyFile.load(folder / KEY_NAME)
    pending = folder / NEW_KEY_NAME
    try:
        db_key = opener(keyfile)
        conn, before, after = open_with_key(folder, db_key)
    except (WrongPassphrase, NotAVault) as first:
        if not pending.exists():
            raise
        try:
            newer = KeyFile.load(pending)
            db_key = opener(newer)
            conn, before, after = open_with_key(folder, db_key)
        except WrongPassphrase:
            # The database took the new key; only the new passphrase opens it now.
            raise WrongPassphrase() from None
        except VaultError:
            raise first from None
        best_effort(lambda: promote(folder))
        return conn, before, after, db_key, newer
    if pending.exists():
        # The switch never reached the database: the new key file is stale.
        best_effort(lambda: pending.unlink())
    return conn, before, after, db_key, keyfile


def rekey(
    conn: Connection, folder: Path, keyfile: KeyFile, passphrase: str
) -> tuple[bytearray, KeyFile]:
    """Steps 1 and 2: a new random key, wrapped by `passphrase` (and again to every
    recovery recipient of `keyfile`), written to vault.key.new, then given to the
    database. Returns the new key and its key file; the caller then calls finish()."""
    new_key = secrets.token_bytes(KEY_BYTES)
    fresh = keyfile.for_new_key(new_key, passphrase)
    pending = folder / NEW_KEY_NAME
    try:
        fresh.save(pending)
    except OSError as exc:
        raise VaultError(
            f"The new key could not be written ({exc.strerror}). Nothing was changed."
        ) from None
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error as exc:
        best_effort(lambda: pending.unlink())
        raise translate(exc) from None
    return bytearray(new_key), fresh


def finish(conn: Connection, folder: Path) -> None:
    """Step 3, then the write-ahead log moved into the file under the new key."""
    best_effort(lambda: promote(folder))
    # If this fails, the next checkpoint moves the pages; the WAL holds them meanwhile.
    with suppress(sqlcipher3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
