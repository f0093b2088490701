"""Errors a user can cause, each with a message a volunteer understands.

Rules for every message here: it never contains personal data (no names, addresses,
postcodes, emails, receipt codes of a signer), because messages reach logs and screens.
"""

from __future__ import annotations

from enum import StrEnum


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


class Field(StrEnum):
    """Stable codes for the fields a form can get wrong; screens map them to their widgets."""

    NAME = "name"
    ADDRESS = "address"
    POSTCODE = "postcode"
    COUNTRY = "country"
    EMAIL = "email"
    CONSENT = "consent"
    CONTACT_CONSENT = "contact_consent"
    SIGNATURE = "signature"
    LANGUAGE = "language"
    ORIGIN = "origin"
    SHEET = "sheet_serial"
    ROW = "sheet_row"
    CONNECTION = "connection"
    # A stall event.
    CITY = "city"
    LOCATION = "location"
    DATE = "date"
    START = "start"
    END = "end"
    GROUP = "group"


class Reason(StrEnum):
    """Stable codes for what is wrong with a field; screens pick their own words from
    (field, reason) and never read the English message."""

    MISSING = "missing"
    TOO_LONG = "too_long"
    TOO_MANY_LINES = "too_many_lines"
    CONTROL_CHARACTERS = "control_characters"
    FORMULA = "formula"
    BAD_CHARACTERS = "bad_characters"
    BAD_FORMAT = "bad_format"
    UNKNOWN = "unknown"
    NOT_ACCEPTED = "not_accepted"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE = "duplicate"
    # A UK postcode, as the live hint tells them apart.
    INCOMPLETE = "incomplete"
    LONGER_THAN_UK = "longer_than_uk"
    BAD_INWARD = "bad_inward"
    NOT_UK_POSTCODE = "not_uk_postcode"
    # Start and end times of an event.
    UNPAIRED = "unpaired"
    NOT_AFTER_START = "not_after_start"


class FieldError(BadInput):
    """One field of a form is invalid. `field` and `reason` are stable codes a screen maps
    to its own (translated) words; the English message is for the command line and logs."""

    def __init__(self, field: Field, message: str, *, reason: Reason) -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason


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
