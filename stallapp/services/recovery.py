"""Opening a vault whose passphrase was forgotten, with the campaign's recovery identity.

Used by the unlock screen, before any vault is open, so it hands back a Session.
"""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.services.session import Session
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault, check_new_passphrase

MAX_IDENTITY_FILE = 64 * 1024
_PREFIX = "AGE-SECRET-KEY-1"


class WrongRecoveryKey(BadInput):
    def __init__(self) -> None:
        super().__init__(
            "That recovery key does not open this vault. Nothing was changed; "
            "ask the coordinator for the campaign's recovery key file."
        )


def read_identity(path: Path) -> str:
    """The first age identity in a recovery key file; one BadInput for anything else."""
    try:
        raw = path.read_bytes()[:MAX_IDENTITY_FILE]
    except OSError:
        raise BadInput("The recovery key file could not be read.") from None
    for line in raw.decode("utf-8", "replace").splitlines():
        if line.strip().startswith(_PREFIX):
            return line.strip()
    raise BadInput("That file holds no recovery key (a line starting AGE-SECRET-KEY-1).")


def recover_vault(
    folder: Path, identity: str, new_passphrase: str, *, pin_cost: KdfCost | None = None
) -> Session:
    """Open the vault in `folder` with the recovery identity and give it a new passphrase
    (slow: Argon2id, and a re-key where the vault does one)."""
    check_new_passphrase(new_passphrase)
    try:
        vault = Vault.recover(folder, identity, new_passphrase)
    except WrongPassphrase:
        raise WrongRecoveryKey() from None
    return Session(vault, pin_cost)
