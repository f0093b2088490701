"""A tall column of line edits in a VerticalScrollArea, shown: for the scrolling tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from stallapp.ui.shared.scrolling import VerticalScrollArea


def tall_form(
    qtbot: QtBot, height: int, count: int = 30
) -> tuple[VerticalScrollArea, list[QLineEdit]]:
    content = QWidget()
    column = QVBoxLayout(content)
    fields = [QLineEdit() for _ in range(count)]
    for field in fields:
        field.setMinimumHeight(50)
        column.addWidget(field)
    area = VerticalScrollArea(content)
    qtbot.addWidget(area)
    area.resize(400, height)
    area.show()
    area.activateWindow()
    qtbot.waitExposed(area)
    return area, fields
