"""Leaving kiosk mode: the volunteer types the passphrase or today's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.kiosk_session import KioskExit
from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.private_fields import SECRET_HINTS, PrivateLineEdit
from stallapp.ui.shared.style import mark_primary, set_role


class ExitKioskDialog(QDialog):
    def __init__(self, guard: KioskExit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setObjectName("exitKiosk")
        self.setWindowTitle(self.tr("Volunteer"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        heading = QLabel(self.tr("Leave kiosk mode"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        if guard.pin_enabled:
            prompt = self.tr("Volunteers only: type today's PIN or the passphrase.")
        else:
            prompt = self.tr("Volunteers only: type the passphrase.")
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.secret = PrivateLineEdit(hints=SECRET_HINTS)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.secret)
        self.message = QLabel()
        self.message.setObjectName("exitMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Back to the petition"))
        self.cancel.clicked.connect(self.reject)
        self.leave = QPushButton(self.tr("Leave kiosk"))
        self.leave.setObjectName("leave")
        mark_primary(self.leave)
        self.leave.clicked.connect(self.try_exit)
        row.addWidget(self.cancel)
        row.addWidget(self.leave)
        layout.addLayout(row)
        # Enter (in the field or anywhere) tries the secret; it never cancels silently.
        settle_dialog(self, self.leave)
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_exit(self) -> None:
        secret = self.secret.text()
        self.secret.clear()
        try:
            allowed = self.guard.allows(secret)
        except StallappError:
            allowed = False
        if allowed:
            self.accept()
            return
        self.message.setText(
            self.tr("That is not today's PIN or the passphrase. Please try again.")
        )
        if not self.guard.pin_enabled:
            self.prompt.setText(self.tr("Volunteers only: type the passphrase."))
