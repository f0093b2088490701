"""This coordinator's fingerprint, as digits and a QR code, to compare at each stall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stallapp.sealing.fingerprint import qr_text
from stallapp.ui.shared.qr_view import QrView


class FingerprintView(QWidget):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.qr = QrView(qr_text(code), size=120)
        layout.addWidget(self.qr)
        column = QVBoxLayout()
        hint = QLabel(
            self.tr("Your fingerprint. Stalls compare it in person before trusting your pack:")
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.code_label = QLabel(code)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 14pt; font-weight: bold;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        column.addWidget(self.code_label)
        column.addStretch(1)
        layout.addLayout(column, 1)
