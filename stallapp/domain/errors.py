"""Errors a user can cause, each with a message a volunteer understands.

Rules for every message here: it never contains personal data (no names, addresses,
postcodes, emails, receipt codes of a signer), because messages reach logs and screens.
"""

from __future__ import annotations


class StallappError(Exception):
    """Base class: an expected failure with a readable one-line message."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadInput(StallappError):
    """The user gave something we cannot accept (a field, a file, a flag)."""

    exit_code = 2


class FieldError(BadInput):
    """One field of a form is invalid. `field` names it; the message says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PetitionFileError(BadInput):
    """A petition definition file is malformed; says which field and which line."""


class VaultError(StallappError):
    """Something about the vault prevents the operation."""


class WrongPassphrase(VaultError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("That passphrase does not open this vault. Nothing was changed.")


class NotAVault(VaultError):
    exit_code = 2


class VaultTooNew(VaultError):
    pass


class DamagedKeyFile(VaultError):
    pass


class VaultExists(VaultError):
    exit_code = 2


class NoVault(VaultError):
    exit_code = 2


class VaultLocked(VaultError):
    pass


class RehearsalMismatch(VaultError):
    exit_code = 2


class DiskFull(VaultError):
    """SQLite reported the disk (or the database's size limit) full."""


class ReadOnlyVault(VaultError):
    """The vault's files or folder cannot be written."""


class VaultBusy(VaultError):
    """Another connection (another stallapp window or process) holds the vault's write lock."""


class DamagedVault(VaultError):
    """A page of the vault database fails its check: the file was damaged after it was written."""
