"""What every dialog of the app shares: no minimise button, Enter means the safe default.

A minimise button on a dialog over the full-screen kiosk iconifies the whole app and leaves a
black screen; it is never offered. Enter presses the dialog's default button (the action the
dialog is for, or the safe choice where the action is irreversible), never a silent Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton

from stallapp.ui.shared.accessible import name_from_labels

DIALOG_FLAGS = (
    Qt.WindowType.Dialog
    | Qt.WindowType.CustomizeWindowHint
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowCloseButtonHint
)


def settle_dialog(dialog: QDialog, default: QPushButton | None) -> None:
    """Drop minimise and maximise; make `default` the only button Enter presses."""
    dialog.setWindowFlags(DIALOG_FLAGS)
    for button in dialog.findChildren(QAbstractButton):
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)
    name_from_labels(dialog)
