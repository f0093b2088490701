"""Text fields for signers: no clipboard, no undo, no completion, no context menu.

A kiosk form is destroyed after each signer; these fields also refuse every key that could
bring text back (undo/redo) or move it elsewhere (copy, cut, paste, drag), the middle click
that pastes the X selection, and they never leave a signer's selected text in that selection.
Their input method hints ask on-screen keyboards not to learn or predict what is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
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
# Every signer field: the keyboard keeps no history and offers no predictions.
PRIVATE_HINTS = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
# Field kinds: a name or an address starts with a capital as usual; a postcode is upper case;
# an email address is never capitalised.
NAME_HINTS = PRIVATE_HINTS
POSTCODE_HINTS = PRIVATE_HINTS | Qt.InputMethodHint.ImhPreferUppercase
EMAIL_HINTS = (
    PRIVATE_HINTS
    | Qt.InputMethodHint.ImhNoAutoUppercase
    | Qt.InputMethodHint.ImhEmailCharactersOnly
)
SECRET_HINTS = PRIVATE_HINTS | Qt.InputMethodHint.ImhNoAutoUppercase


def _blocked(event: QKeyEvent) -> bool:
    shift_or_ctrl = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    insert = event.key() == Qt.Key.Key_Insert and bool(event.modifiers() & shift_or_ctrl)
    return insert or any(event.matches(key) for key in _BLOCKED)


def _drop_own_selection() -> None:
    """Empty the X selection if this app put it there (a signer selected text)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def _after_selection_change() -> None:
    # Qt sets the selection when the selection change is complete; empty it just after.
    _drop_own_selection()
    QTimer.singleShot(0, _drop_own_selection)


class PrivateLineEdit(QLineEdit):
    def __init__(
        self, parent: QWidget | None = None, hints: Qt.InputMethodHint = NAME_HINTS
    ) -> None:
        super().__init__(parent)
        # A QLineEdit starts without a completer; none is ever set, so nothing typed is offered.
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInputMethodHints(hints)
        self.selectionChanged.connect(_after_selection_change)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocked(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()  # a middle click would paste the X selection
            return
        super().mouseReleaseEvent(event)
        _after_selection_change()


class PrivateTextEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setTabChangesFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInputMethodHints(NAME_HINTS)
        self.selectionChanged.connect(_after_selection_change)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocked(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()
            return
        super().mouseReleaseEvent(event)
        _after_selection_change()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return False
