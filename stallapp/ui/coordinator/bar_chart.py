"""A small horizontal bar chart drawn with QPainter (no chart library needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 26


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._empty = self.tr("No signatures yet")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(ROW * 2)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self._rows = rows[:12]
        self.setMinimumHeight(ROW * max(2, len(self._rows)) + 8)
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        metrics = painter.fontMetrics()
        widest = max(metrics.horizontalAdvance(r[0]) for r in self._rows) + 8
        label_w = min(self.width() // 3, widest)
        value_w = metrics.horizontalAdvance("000000")
        top = max(v for _, v in self._rows) or 1
        span = max(10, self.width() - label_w - value_w - 24)
        for i, (label, value) in enumerate(self._rows):
            y = 4 + i * ROW
            text_rect = QRectF(0, y, label_w, ROW - 6)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w),
            )
            width = span * value / top
            painter.fillRect(QRectF(label_w + 8, y + 2, width, ROW - 10), QColor("#2f7d8c"))
            painter.drawText(
                QRectF(label_w + 12 + width, y, value_w, ROW - 6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
