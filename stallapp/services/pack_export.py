"""The coordinator's campaign pack, written to a file for the stalls."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.services.campaign_pack import export_pack
from stallapp.services.keys import load_keys, require_coordinator
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write


class PackExport:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def fingerprint(self) -> str:
        """The code each stall compares in person before it trusts the pack."""
        require_coordinator(self._vault)
        return load_keys(self._vault).fingerprint("coordinator")

    def write(self, path: Path) -> str:
        """Build and sign the pack, then write it atomically (a reader sees the old file or
        the whole new one). Returns the fingerprint to compare."""
        if not path.parent.is_dir():
            raise BadInput("The folder for that file does not exist.")
        data = export_pack(self._vault)
        atomic_write(path, data)
        return self.fingerprint()
