"""Guard against a broken Qt binding: PySide6 6.12.0 on Python 3.11 decrements None's
reference count on every void method call, and the app aborts after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        painter.setBrush(QColor("black"))
        painter.drawEllipse(QPointF(5, 5), 2, 2)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50, "this PySide6 build leaks references to None; see pyproject"
