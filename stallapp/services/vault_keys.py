"""The vault's own keys, for the screens: change the passphrase, see or keep the recovery key.

Both go through the Vault's public methods (`change_passphrase`, `set_recovery_recipient`),
so they keep working however the vault wraps or re-keys its database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.services.keys import (
    load_keys,
    recipient_fingerprint,
    record_identity_exported,
    require_coordinator,
)
from stallapp.storage.vault import Vault, check_new_passphrase
from stallapp.system.paths import atomic_write


class WrongCurrentPassphrase(BadInput):
    """The passphrase typed as the current one does not open this vault."""

    def __init__(self) -> None:
        super().__init__("The current passphrase is not right. Nothing was changed.")


@dataclass(frozen=True)
class RecoveryState:
    """Whether a forgotten passphrase can be recovered, and with which key (by fingerprint)."""

    fingerprints: tuple[str, ...]

    @property
    def is_set(self) -> bool:
        return bool(self.fingerprints)


class VaultKeys:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def role(self) -> str:
        return self._vault.role

    def change_passphrase(self, old: str, new: str) -> None:
        """Slow (Argon2id, and a re-key where the vault does one). A wrong current passphrase
        raises WrongCurrentPassphrase and changes nothing."""
        check_new_passphrase(new)
        if new == old:
            raise BadInput(
                "The new passphrase is the same as the current one. Nothing was changed."
            )
        try:
            self._vault.change_passphrase(old, new)
        except WrongPassphrase:
            raise WrongCurrentPassphrase() from None

    def recovery(self) -> RecoveryState:
        return RecoveryState(
            tuple(recipient_fingerprint(r) for r in self._vault.recovery_recipients)
        )

    def export_recovery_identity(self, path: Path) -> str:
        """Coordinator: write the campaign's recovery identity (its secret age identity) to a
        new private file, and wrap this vault's key to it too, so the same file can recover
        this vault. Returns the recovery key's fingerprint."""
        require_coordinator(self._vault)
        if path.exists():
            raise BadInput("That file exists already; choose a new name. Nothing was written.")
        if not path.parent.is_dir():
            raise BadInput("The folder for that file does not exist.")
        keys = load_keys(self._vault)
        recipient = keys.recipient
        if recipient is None or keys.age_identity is None:
            raise BadInput("This coordinator vault has no age identity.")
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        text = (
            f"# created: {stamp}\n# public key: {recipient}\n"
            "# stallapp campaign recovery identity: it opens every batch and every vault of\n"
            "# the campaign. Keep it offline and safe; never send it by email or chat.\n"
            f"{keys.age_identity}\n"
        )
        atomic_write(path, text.encode("ascii"))
        record_identity_exported(self._vault)
        if recipient not in self._vault.recovery_recipients:
            self._vault.set_recovery_recipient(recipient)
        return recipient_fingerprint(recipient)
