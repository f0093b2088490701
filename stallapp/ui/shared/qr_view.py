"""The one QR widget: printing.qr's matrix painted with QPainter (no image files)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

QUIET_ZONE = 2  # modules of white around the code (enough for a screen's white surround)


class QrView(QWidget):
    """Shows `text` as a QR code; `size` fixes the widget's side in pixels. `mask` fixes the
    mask pattern (a receipt shown at once skips the search for the best of eight)."""

    def __init__(
        self,
        text: str = "",
        size: int | None = None,
        parent: QWidget | None = None,
        *,
        mask: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._mask = mask
        if size is None:
            self.setMinimumSize(160, 160)
        else:
            self.setFixedSize(size, size)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text:
            # Imported on first use: the unlock screen and an empty view need no QR code.
            from stallapp.printing import qr

            self._matrix = qr.matrix(text, mask=self._mask)
        else:
            self._matrix = []
        self.update()

    def clear(self) -> None:
        self.set_text("")

    def module_count(self) -> int:
        return len(self._matrix)

    def is_dark(self, row: int, col: int) -> bool:
        return self._matrix[row][col]

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        n = len(self._matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        cell = side / n
        x0 = (self.width() - side) / 2 + QUIET_ZONE * cell
        y0 = (self.height() - side) / 2 + QUIET_ZONE * cell
        painter.fillRect(
            QRectF(x0 - QUIET_ZONE * cell, y0 - QUIET_ZONE * cell, side, side), QColor("white")
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell + 0.5, cell + 0.5))
        painter.end()
