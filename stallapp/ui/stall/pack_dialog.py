"""Checking a campaign pack's fingerprint in person before the stall trusts it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stallapp.services.campaign_pack import Pack
from stallapp.ui.shared.fingerprint_check_dialog import CheckWords, FingerprintCheckDialog


class PackImportDialog(FingerprintCheckDialog):
    """Shows who signed the pack and its fingerprint; accepted only if the volunteer says
    it matches the coordinator's screen. The caller then installs the pack."""

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(pack.fingerprint, parent)
        self.build(
            CheckWords(
                title=self.tr("Check the coordinator's fingerprint"),
                intro=self.tr(
                    "Compare these digits (or scan the code) with the coordinator's screen, "
                    "in person. Only accept if every digit matches."
                ),
                owner=self.tr("Coordinator: %1").replace("%1", pack.coordinator_name),
                accept=self.tr("They match: trust this pack"),
                reject=self.tr("They differ: cancel"),
            )
        )
