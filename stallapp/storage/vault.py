"""The vault: one SQLCipher 4 database per device, opened with a random 256-bit key.

The key itself lives only wrapped, in vault.key (see keyfile.py). Unlocking derives the
passphrase key, unwraps the database key and opens the database; a wrong passphrase is
detected before the database file is touched, so the vault stays byte-for-byte unchanged.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from stallapp import __version__
from stallapp.domain.errors import (
    BadInput,
    DamagedKeyFile,
    DamagedVault,
    DiskFull,
    NotAVault,
    NoVault,
    ReadOnlyVault,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultLocked,
)
from stallapp.domain.signer import utc_now
from stallapp.storage import audit
from stallapp.storage.connection import Connection
from stallapp.storage.keyfile import KEY_BYTES, KdfCost, KeyFile
from stallapp.storage.migrate import migrate
from stallapp.system.paths import ensure_private_dir, set_private_umask

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
ROLES = ("stall", "coordinator")
MIN_PASSPHRASE = 8
_SQLITE_HEADER = b"SQLite format 3\x00"


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters.")
    if len(passphrase) > 1024:
        raise BadInput("That passphrase is too long (at most 1024 characters).")


def _connect(db_path: Path, key: bytes) -> Connection:
    conn: Connection = sqlcipher3.connect(
        str(db_path), isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise NotAVault(
            "The vault database does not match its key file, or it is damaged. Nothing was changed."
        ) from None
    return conn


def _configure(conn: Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


def _classify(exc: BaseException) -> VaultError | None:
    """The VaultError for a SQLite error, chosen by its primary result code (not its words),
    or None for a code with no message of its own."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == sqlcipher3.SQLITE_FULL:
        return DiskFull("The disk is full. The last entry was not saved; free some space.")
    if primary == sqlcipher3.SQLITE_READONLY:
        return ReadOnlyVault("The vault folder is read-only; nothing can be saved.")
    if primary in (sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED):
        return VaultBusy("The vault is busy in another stallapp window. Please try again.")
    if primary in (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB):
        return DamagedVault(
            "Part of the vault database is damaged. Nothing was changed; "
            "restore the vault from a backup or ask the coordinator for help."
        )
    return None


def _translate(exc: BaseException) -> VaultError:
    return _classify(exc) or VaultError(
        "The vault could not save this change. Nothing was changed."
    )


class Vault:
    """An unlocked vault. Create with Vault.create or Vault.unlock; call lock() when done."""

    def __init__(self, folder: Path, conn: Connection, db_key: bytes, keyfile: KeyFile) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._key = bytearray(db_key)
        self._keyfile = keyfile
        self._lock = threading.RLock()
        try:
            meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlcipher3.Error as exc:
            conn.close()
            raise _translate(exc) from None
        self.role: str = meta["role"]
        self.device_id: str = meta["device_id"]
        self.device_name: str = meta.get("device_name", "")
        self.rehearsal: bool = meta.get("rehearsal") == "1"

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / DB_NAME).exists() or (folder / KEY_NAME).exists()

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
        conn = _connect(folder / DB_NAME, db_key)
        _configure(conn)
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
    def _open_with_key(cls, folder: Path, db_key: bytes, keyfile: KeyFile) -> tuple[Any, int, int]:
        conn = _connect(folder / DB_NAME, db_key)
        try:
            _configure(conn)
            before, after, _ = migrate(conn, folder / DB_NAME)
        except sqlcipher3.Error as exc:
            conn.close()
            raise _classify(exc) or VaultError(
                "The vault could not be opened or upgraded. Nothing was lost; "
                "a copy made before any upgrade is in its backups folder."
            ) from None
        except BaseException:
            conn.close()
            raise
        return conn, before, after

    @staticmethod
    def _check_files(folder: Path) -> None:
        db_path = folder / DB_NAME
        if not db_path.exists():
            if (folder / KEY_NAME).exists():
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

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, failed_attempts: int = 0) -> Vault:
        """Open the vault. `failed_attempts` (wrong passphrases typed in this session before
        this one) is recorded in the audit log now, since a locked vault cannot be written."""
        set_private_umask()
        cls._check_files(folder)
        keyfile = KeyFile.load(folder / KEY_NAME)
        db_key = keyfile.open(passphrase)
        conn, before, after = cls._open_with_key(folder, db_key, keyfile)
        vault = cls(folder, conn, db_key, keyfile)
        with vault.transaction() as tx:
            if before != after:
                audit.append(tx, "migrated", from_version=before, to_version=after)
            if failed_attempts:
                audit.append(tx, "unlock_failed", count=int(failed_attempts))
            audit.append(tx, "unlocked")
        return vault

    @classmethod
    def recover(cls, folder: Path, identity: str, new_passphrase: str) -> Vault:
        """Open with the campaign recovery identity and set a new passphrase."""
        set_private_umask()
        check_new_passphrase(new_passphrase)
        cls._check_files(folder)
        keyfile = KeyFile.load(folder / KEY_NAME)
        if not keyfile.recovery:
            raise DamagedKeyFile("This vault has no recovery key set, so it cannot be recovered.")
        db_key = keyfile.open_with_identity(identity)
        conn, _, _ = cls._open_with_key(folder, db_key, keyfile)
        fresh = keyfile.rewrap(db_key, new_passphrase)
        fresh.save(folder / KEY_NAME)
        vault = cls(folder, conn, db_key, fresh)
        with vault.transaction() as tx:
            audit.append(tx, "recovered")
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
                raise _translate(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE ... COMMIT; on any error, ROLLBACK and a readable VaultError."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise _translate(exc) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise _translate(exc) from None
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # -- keys ------------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        check_new_passphrase(new)
        with self._lock:
            current = KeyFile.load(self.folder / KEY_NAME)
            if current.open(old) != bytes(self._key):
                raise DamagedKeyFile("The key file no longer matches this vault.")
            fresh = current.rewrap(bytes(self._key), new)
            fresh.save(self.folder / KEY_NAME)
            self._keyfile = fresh
            with self.transaction() as tx:
                audit.append(tx, "passphrase_changed")

    def set_recovery_recipient(self, recipient: str) -> None:
        """Also wrap the database key to the campaign's recovery public key (age1...)."""
        with self._lock:
            keyfile = KeyFile.load(self.folder / KEY_NAME)
            keyfile.add_recovery(bytes(self._key), recipient.strip())
            keyfile.save(self.folder / KEY_NAME)
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
        """Run SQLite's and SQLCipher's integrity checks; an empty list means healthy."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if audit.verify(self.conn) is not None:
            problems.append("audit log chain broken")
        return problems
