"""Checking a stall device's fingerprint in person before the coordinator enrols it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stallapp.services.campaign_pack import DeviceCard
from stallapp.ui.shared.fingerprint_check_dialog import CheckWords, FingerprintCheckDialog


class DeviceEnrolDialog(FingerprintCheckDialog):
    """Accepted only if the coordinator says the digits match the stall device's screen."""

    def __init__(self, card: DeviceCard, parent: QWidget | None = None) -> None:
        super().__init__(card.fingerprint, parent)
        self.build(
            CheckWords(
                title=self.tr("Check the stall device's fingerprint"),
                intro=self.tr(
                    "Compare these digits (or scan the code) with the stall device's screen, "
                    "in person. Only enrol it if every digit matches."
                ),
                owner=self.tr("Device: %1 (%2)")
                .replace("%1", card.device_name)
                .replace("%2", card.device_id),
                accept=self.tr("They match: enrol this device"),
                reject=self.tr("They differ: cancel"),
            )
        )
