"""The vault: one SQLCipher 4 database per device, opened with a random 256-bit key.

The key itself lives only wrapped, in vault.key (see keyfile.py). Unlocking derives the
passphrase key, unwraps the database key and opens the database; a wrong passphrase is
detected before the database file is touched, so the vault stays byte-for-byte unchanged.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from stallapp import __version__
from stallapp.domain.errors import (
    BadInput,
    DamagedKeyFile,
    DiskFull,
    ReadOnlyVault,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultLocked,
)
from stallapp.domain.signer import utc_now
from stallapp.storage import audit, key_switch
from stallapp.storage.connection import Connection
from stallapp.storage.keyfile import KEY_BYTES, KdfCost, KeyFile
from stallapp.storage.migrate import migrate
from stallapp.storage.sqlite_errors import classify, translate
from stallapp.storage.vault_connect import check_files, configure, connect, disk_is_full
from stallapp.storage.vault_files import DB_NAME as DB_NAME
from stallapp.storage.vault_files import KEY_NAME as KEY_NAME
from stallapp.storage.vault_files import MIN_PASSPHRASE as MIN_PASSPHRASE
from stallapp.storage.vault_files import NEW_KEY_NAME as NEW_KEY_NAME
from stallapp.storage.vault_files import vault_exists
from stallapp.system.paths import ensure_private_dir, set_private_umask

ROLES = ("stall", "coordinator")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters.")
    if len(passphrase) > 1024:
        raise BadInput("That passphrase is too long (at most 1024 characters).")


def keyfile_opener(passphrase: str) -> Callable[[KeyFile], bytes]:
    return lambda keyfile: keyfile.open(passphrase)


class Vault:
    """An unlocked vault. Create with Vault.create or Vault.unlock; call lock() when done."""

    def __init__(self, folder: Path, conn: Connection, db_key: bytes, keyfile: KeyFile) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._key = bytearray(db_key)
        self._keyfile = keyfile
        self._lock = threading.RLock()
        # Audit rows that could not be written yet (an unlock on a full disk or a read-only
        # folder); the next successful write transaction writes them first.
        self._pending_audit: list[tuple[str, dict[str, Any]]] = []
        self.write_problem: VaultError | None = None
        self.recovery_problems: list[str] = []
        try:
            meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlcipher3.Error as exc:
            conn.close()
            raise translate(exc) from None
        self.role: str = meta["role"]
        self.device_id: str = meta["device_id"]
        self.device_name: str = meta.get("device_name", "")
        self.rehearsal: bool = meta.get("rehearsal") == "1"

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return vault_exists(folder)

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        role: str,
        device_name: str | None = None,
        rehearsal: bool = False,
        cost: KdfCost | None = None,
    ) -> Vault:
        if role not in ROLES:
            raise BadInput("The role must be 'stall' or 'coordinator'.")
        check_new_passphrase(passphrase)
        name = (device_name or "").strip()
        if len(name) > 60 or any(ord(c) < 32 for c in name):
            raise BadInput("The device name must be plain text of at most 60 characters.")
        if cost is None:
            # Rehearsal and demo vaults hold synthetic data only (the demo's passphrase is
            # public), so they skip the expensive key derivation and open instantly.
            cost = KdfCost.light() if rehearsal else KdfCost()
        set_private_umask()
        if cls.exists(folder):
            raise VaultExists("There is already a vault in this folder; nothing was changed.")
        ensure_private_dir(folder)
        db_key = secrets.token_bytes(KEY_BYTES)
        keyfile = KeyFile.seal(db_key, passphrase, cost)
        keyfile.save(folder / KEY_NAME)
        conn = connect(folder / DB_NAME, db_key)
        configure(conn)
        migrate(conn, folder / DB_NAME)
        device_id = uuid.uuid4().hex[:16]
        meta = {
            "role": role,
            "device_id": device_id,
            "device_name": name or f"{role}-{device_id[:6]}",
            "rehearsal": "1" if rehearsal else "0",
            "created_at": utc_now(),
            "created_by": f"stallapp {__version__}",
        }
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        audit.append(conn, "created", role=role, rehearsal=rehearsal)
        conn.execute("COMMIT")
        return cls(folder, conn, db_key, keyfile)

    @classmethod
    def _open_with_key(cls, folder: Path, db_key: bytes) -> tuple[Any, int, int]:
        conn = connect(folder / DB_NAME, db_key)
        try:
            configure(conn)
            before, after, _ = migrate(conn, folder / DB_NAME)
        except sqlcipher3.Error as exc:
            conn.close()
            raise classify(exc) or VaultError(
                "The vault could not be opened or upgraded. Nothing was lost; "
                "a copy made before any upgrade is in its backups folder."
            ) from None
        except BaseException:
            conn.close()
            raise
        return conn, before, after

    @classmethod
    def _open_keyed(
        cls, folder: Path, opener: Callable[[KeyFile], bytes]
    ) -> tuple[Connection, int, int, bytes, KeyFile]:
        """Open with vault.key, or with vault.key.new after an interrupted key switch."""
        check_files(folder / DB_NAME, folder / KEY_NAME)
        return key_switch.open_keyed(folder, opener, cls._open_with_key)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, failed_attempts: int = 0) -> Vault:
        """Open the vault. `failed_attempts` (wrong passphrases typed in this session before
        this one) is recorded in the audit log now, since a locked vault cannot be written.
        On a full disk or a read-only folder the vault still opens for reading and export:
        the audit rows wait for the next write that succeeds (see write_problem)."""
        set_private_umask()
        conn, before, after, db_key, keyfile = cls._open_keyed(folder, keyfile_opener(passphrase))
        vault = cls(folder, conn, db_key, keyfile)
        if before != after:
            vault._pending_audit.append(("migrated", {"from_version": before, "to_version": after}))
        if failed_attempts:
            vault._pending_audit.append(("unlock_failed", {"count": int(failed_attempts)}))
        vault._pending_audit.append(("unlocked", {}))
        vault._flush_audit()
        vault.recovery_problems = keyfile.recovery_problems(db_key)
        return vault

    def _flush_audit(self) -> None:
        """Write the waiting audit rows now if the vault can be written; else remember why."""
        try:
            with self.transaction():
                pass
        except (DiskFull, ReadOnlyVault, VaultBusy) as exc:
            self.write_problem = exc
            if isinstance(exc, ReadOnlyVault) and disk_is_full(self.folder):
                # Opened read-only because the disk had no room for the log's index.
                self.write_problem = DiskFull(
                    "The disk is full: the vault opens for reading and export only. "
                    "Free some space, then lock and unlock."
                )

    @classmethod
    def recover(cls, folder: Path, identity: str, new_passphrase: str) -> Vault:
        """Open with the campaign recovery identity, then give the database a new key
        wrapped by the new passphrase: the old key file no longer opens it."""
        set_private_umask()
        check_new_passphrase(new_passphrase)

        def opener(keyfile: KeyFile) -> bytes:
            if not keyfile.recovery:
                raise DamagedKeyFile(
                    "This vault has no recovery key set, so it cannot be recovered."
                )
            return keyfile.open_with_identity(identity)

        conn, _, _, db_key, keyfile = cls._open_keyed(folder, opener)
        vault = cls(folder, conn, db_key, keyfile)
        try:
            vault._switch_key(new_passphrase)
            with vault.transaction() as tx:
                audit.append(tx, "recovered")
        except BaseException:
            vault.lock()
            raise
        return vault

    def lock(self) -> None:
        """Drop the key and close the connection. The object is unusable afterwards."""
        with self._lock:
            if self._conn is None:
                return
            try:
                with self.transaction() as tx:
                    audit.append(tx, "locked")
            except (VaultError, MemoryError):
                # Locking must always succeed. SQLite reports some damaged pages as out of
                # memory (SQLITE_NOMEM), and that must not keep the key in memory either.
                pass
            self._conn.close()
            self._conn = None
            for i in range(len(self._key)):
                self._key[i] = 0

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked("The vault is locked.")
        return self._conn

    def truncate_wal(self) -> None:
        """Checkpoint the write-ahead log and cut it to zero length, so pages of rows just
        deleted leave no copy in it."""
        with self._lock:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error as exc:
                raise translate(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE ... COMMIT; on any error, ROLLBACK and a readable VaultError."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise translate(exc) from None
            try:
                for event, detail in self._pending_audit:
                    audit.append(conn, event, **detail)
                yield conn
                conn.execute("COMMIT")
                self._pending_audit.clear()
                self.write_problem = None
            except sqlcipher3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise translate(exc) from None
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # -- keys ------------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Wrap a new database key with the new passphrase and re-key the database to it:
        the old key file and passphrase no longer open the vault afterwards."""
        check_new_passphrase(new)
        with self._lock:
            current = KeyFile.load(self.folder / KEY_NAME)
            if current.open(old) != bytes(self._key):
                raise DamagedKeyFile("The key file no longer matches this vault.")
            self._switch_key(new)
            with self.transaction() as tx:
                audit.append(tx, "passphrase_changed")

    def _switch_key(self, passphrase: str) -> None:
        """Give the database a new random key, wrapped by `passphrase` (and again to every
        recovery recipient); key_switch.py describes the order that survives a kill."""
        with self._lock:
            conn = self.conn
            new_key, fresh = key_switch.rekey(conn, self.folder, self._keyfile, passphrase)
            old_key = self._key
            self._key = new_key
            for i in range(len(old_key)):
                old_key[i] = 0
            self._keyfile = fresh
            key_switch.finish(conn, self.folder)

    def set_recovery_recipient(self, recipient: str) -> None:
        """Also wrap the database key to the campaign's recovery public key (age1...)."""
        with self._lock:
            keyfile = KeyFile.load(self.folder / KEY_NAME)
            keyfile.add_recovery(bytes(self._key), recipient.strip())
            keyfile.save(self.folder / KEY_NAME)
            self._keyfile = keyfile
            with self.transaction() as tx:
                audit.append(tx, "recovery_key_set")

    def replace_recovery_recipients(self, recipient: str, remove: set[str]) -> None:
        """Wrap the key to `recipient`, then drop the `remove` recipients' entries. The new
        entry is saved first, so vault.key always holds a working recovery entry."""
        new = recipient.strip()
        with self._lock:
            path = self.folder / KEY_NAME
            keyfile = KeyFile.load(path)
            keyfile.add_recovery(bytes(self._key), new)
            keyfile.save(path)
            if keyfile.remove_recovery(remove - {new}):
                keyfile.save(path)
            self._keyfile = keyfile
            with self.transaction() as tx:
                audit.append(tx, "recovery_key_set")

    @property
    def recovery_recipients(self) -> list[str]:
        return [r["recipient"] for r in self._keyfile.recovery]

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, tx: Connection, key: str, value: str) -> None:
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def integrity_problems(self) -> list[str]:
        """Run SQLite's and SQLCipher's integrity checks; an empty list means healthy.
        SQLCipher's check reads the database file itself, so the write-ahead log is moved
        into it first (after a re-key the file may still hold pages under the old key)."""
        with suppress(sqlcipher3.Error):  # read-only or busy: check what the file holds
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if audit.verify(self.conn) is not None:
            problems.append("audit log chain broken")
        return problems
