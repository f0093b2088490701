"""A word-wrapped plain-text label that takes no room while it has nothing to say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class QuietLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        # Never shown on its own: a label with no parent yet would open as a window.
        self.setVisible(bool(text) and self.parentWidget() is not None)
