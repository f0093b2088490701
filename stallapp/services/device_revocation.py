"""Revoking a lost or stolen stall device on the coordinator: its batches are refused after."""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.errors import BadInput
from stallapp.services.campaign_pack import enrolled_devices, revoke
from stallapp.services.keys import require_coordinator
from stallapp.storage.vault import Vault


class NameMismatch(BadInput):
    def __init__(self) -> None:
        super().__init__("The name typed is not the device's name. Nothing was revoked.")


@dataclass(frozen=True)
class ActiveDevice:
    device_id: str
    name: str
    fingerprint: str


class DeviceRevocation:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def active(self) -> list[ActiveDevice]:
        """Enrolled devices that are not revoked, in enrolment order."""
        require_coordinator(self._vault)
        return [
            ActiveDevice(d.device_id, d.name, d.fingerprint)
            for d in enrolled_devices(self._vault)
            if not d.revoked
        ]

    def revoke(self, device_id: str, typed_name: str) -> None:
        """Revoke `device_id` once `typed_name` repeats its name (spaces and case aside)."""
        chosen = next((d for d in self.active() if d.device_id == device_id), None)
        if chosen is None:
            raise BadInput("That device is not enrolled, or was revoked already.")
        expected = chosen.name or chosen.device_id  # a device always has something to type
        if not _plain(typed_name) or _plain(typed_name) != _plain(expected):
            raise NameMismatch()
        revoke(self._vault, device_id)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()
