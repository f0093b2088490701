"""Checking a stall device's fingerprint in person before the coordinator enrols it."""

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
from stallapp.services.campaign_pack import DeviceCard
from stallapp.ui.shared.qr_view import QrView


class DeviceEnrolDialog(QDialog):
    """Accepted only if the coordinator says the digits match the stall device's screen."""

    def __init__(self, card: DeviceCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the stall device's fingerprint"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Compare these digits (or scan the code) with the stall device's screen, "
                "in person. Only enrol it if every digit matches."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QrView(qr_text(card.fingerprint), size=120))
        column = QVBoxLayout()
        column.addWidget(
            QLabel(
                self.tr("Device: %1 (%2)")
                .replace("%1", card.device_name)
                .replace("%2", card.device_id)
            )
        )
        self.code_label = QLabel(card.fingerprint)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold;")
        column.addWidget(self.code_label)
        column.addStretch(1)
        row.addLayout(column, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("They match: enrol this device"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reject_button = buttons.addButton(
            self.tr("They differ: cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
