"""This coordinator's fingerprint, as digits and a QR code, to compare at each stall."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stallapp.sealing.fingerprint import qr_matrix


class QrCode(QWidget):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix = qr_matrix(code)
        self.setFixedSize(120, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        n = len(self._matrix)
        cell = min(self.width(), self.height()) / n
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRectF(x * cell, y * cell, cell, cell), QColor("black"))


class FingerprintView(QWidget):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.qr = QrCode(code)
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
