"""Checking a campaign pack's fingerprint in person before the stall trusts it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stallapp.sealing.fingerprint import qr_text
from stallapp.services.campaign_pack import Pack
from stallapp.ui.shared.qr_view import QrView


class PackImportDialog(QDialog):
    """Shows who signed the pack and its fingerprint; accepted only if the volunteer says
    it matches the coordinator's screen. The caller then calls install_pack."""

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the coordinator's fingerprint"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Compare these digits (or scan the code) with the coordinator's screen, "
                "in person. Only accept if every digit matches."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QrView(qr_text(pack.fingerprint), size=120))
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Coordinator: %1").replace("%1", pack.coordinator_name)))
        self.code_label = QLabel(pack.fingerprint)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold;")
        column.addWidget(self.code_label)
        column.addStretch(1)
        row.addLayout(column, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("They match: trust this pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reject_button = buttons.addButton(
            self.tr("They differ: cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
