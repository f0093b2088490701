"""A QR code painted with QPainter from the qrcode library's matrix (no image files)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(160, 160)

    def set_text(self, text: str) -> None:
        if not text:
            self._matrix = []
        else:
            code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
            code.add_data(text)
            code.make(fit=True)
            self._matrix = [list(row) for row in code.get_matrix()]
        self.update()

    def clear(self) -> None:
        self.set_text("")

    def module_count(self) -> int:
        return len(self._matrix)

    def is_dark(self, row: int, col: int) -> bool:
        return bool(self._matrix[row][col])

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        n = len(self._matrix)
        side = min(self.width(), self.height())
        cell = side / n
        x0 = (self.width() - side) / 2
        y0 = (self.height() - side) / 2
        painter.fillRect(QRectF(x0, y0, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell + 0.5, cell + 0.5))
        painter.end()
