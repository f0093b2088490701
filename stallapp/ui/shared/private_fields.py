"""Text fields for signers: no clipboard, no undo, no completion, no context menu.

A kiosk form is destroyed after each signer; these fields also refuse every key that could
bring text back (undo/redo) or move it elsewhere (copy, cut, paste, drag).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_BLOCKED = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Back,
    QKeySequence.StandardKey.Forward,
)
_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


def _blocked(event: QKeyEvent) -> bool:
    shift_or_ctrl = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    insert = event.key() == Qt.Key.Key_Insert and bool(event.modifiers() & shift_or_ctrl)
    return insert or any(event.matches(key) for key in _BLOCKED)


class PrivateLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A QLineEdit starts without a completer; none is ever set, so nothing typed is offered.
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInputMethodHints(_HINTS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocked(event):
            event.accept()
            return
        super().keyPressEvent(event)


class PrivateTextEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setTabChangesFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInputMethodHints(_HINTS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocked(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return False
