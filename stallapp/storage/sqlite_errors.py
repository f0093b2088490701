"""SQLite errors classed by their primary result code (never by their words), so a user
reads one plain line about the disk, the folder or the vault instead of SQLite's text."""

from __future__ import annotations

import sqlcipher3

from stallapp.domain.errors import DamagedVault, DiskFull, ReadOnlyVault, VaultBusy, VaultError


def _primary(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_io_error(exc: BaseException) -> bool:
    return bool(_primary(exc) == sqlcipher3.SQLITE_IOERR)


def cannot_open(exc: BaseException) -> bool:
    return bool(_primary(exc) == sqlcipher3.SQLITE_CANTOPEN)


def classify(exc: BaseException) -> VaultError | None:
    """The VaultError for a SQLite error, chosen by its primary result code (not its words),
    or None for a code with no message of its own."""
    primary = _primary(exc)
    if primary is None:
        return None
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


def translate(exc: BaseException) -> VaultError:
    """classify(), or a general VaultError for a code with no message of its own."""
    return classify(exc) or VaultError("The vault could not save this change. Nothing was changed.")
