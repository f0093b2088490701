"""The stall's side of the campaign: trust a campaign pack (or switch campaign), give a
device card, export batches."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.services.batch_export import Exported, export_batch
from stallapp.services.campaign_pack import (
    MAX_FILE,
    CoordinatorKey,
    DeviceCard,
    Pack,
    campaign_keys,
    export_card,
    install_pack,
    read_card,
    read_pack,
    switch_campaign,
)
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write


class StallLink:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def read_pack(self, path: Path) -> Pack:
        """Read and verify a campaign pack file; one BadInput for any bad or unreadable file."""
        try:
            if path.stat().st_size > MAX_FILE:
                raise BadInput("That file is too large to be a campaign pack.")
            data = path.read_bytes()
        except OSError:
            raise BadInput("That file could not be read.") from None
        return read_pack(data)

    def install(self, pack: Pack) -> None:
        install_pack(self._vault, pack)

    def campaign_keys(self) -> list[CoordinatorKey]:
        """The keys of the campaign this stall belongs to, with their fingerprints."""
        return campaign_keys(self._vault)

    def switch(self, pack: Pack, passphrase: str) -> None:
        """Move this stall to the campaign of `pack` (the passphrase is checked again)."""
        switch_campaign(self._vault, pack, passphrase)

    def device_card(self) -> DeviceCard:
        return read_card(export_card(self._vault))

    def save_device_card(self, path: Path) -> None:
        atomic_write(path, export_card(self._vault))

    def export_batch(self, folder: Path) -> Exported | None:
        """Seal every new signature into a batch file in `folder` (None: nothing new)."""
        return export_batch(self._vault, folder)
