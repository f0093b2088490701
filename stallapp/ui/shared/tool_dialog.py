"""What every dialog of the vault tools does the same way.

No minimise or maximise button (minimising a dialog iconifies the whole app on some window
managers); Enter presses the dialog's safe default button and never another one; closing
is refused while the dialog's job runs (the key work cannot be interrupted half-way).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from stallapp.ui.jobs import JobRunner


class ToolDialog(QDialog):
    def __init__(self, jobs: JobRunner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(True)

    def set_default_button(self, button: QPushButton) -> None:
        """Enter presses `button` (when enabled) and no other, whichever widget has focus."""
        for other in self.findChildren(QPushButton):
            other.setAutoDefault(False)
            other.setDefault(False)
        button.setDefault(True)

    def scroll_body(self) -> QWidget:
        """A body that scrolls when the screen is too short for it (large text, a small
        laptop); lay the dialog's content out on the widget returned."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self._body = body
        return body

    def showEvent(self, event: QShowEvent) -> None:
        """Open at the content's size, but never larger than the screen."""
        body = getattr(self, "_body", None)
        hint = (body.sizeHint() if body is not None else self.sizeHint()).expandedTo(
            self.minimumSize()
        )
        screen = self.screen().availableGeometry()
        width = min(hint.width() + 24, int(screen.width() * 0.95))
        height = min(hint.height() + 8, int(screen.height() * 0.9))
        self.resize(width, height)
        super().showEvent(event)

    @property
    def busy(self) -> bool:
        return self.jobs is not None and self.jobs.busy(self)

    def reject(self) -> None:
        if self.busy:
            return  # the job finishes first; its result is shown here
        super().reject()
