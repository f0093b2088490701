"""Leaving kiosk mode: the volunteer types the passphrase or today's PIN.

A wrong secret always says so. After a few wrong tries the dialog counts down before the next
one is checked, and a resting PIN is named, so a volunteer knows why the passphrase is asked.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
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
        self.prompt.setBuddy(self.secret)  # its accessible name is the prompt
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
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.show_wait)
        self.show_wait()

    def try_exit(self) -> None:
        if self.guard.wait_left() > 0:
            self.show_wait()
            return
        secret = self.secret.text()
        self.secret.clear()
        if not secret:
            self.message.setText(self.tr("Please type today's PIN or the passphrase."))
            return
        try:
            allowed = self.guard.allows(secret)
        except StallappError:
            allowed = False
        if allowed:
            self.ticker.stop()
            self.accept()
            return
        if not self.guard.pin_enabled:
            self.prompt.setText(self.tr("Volunteers only: type the passphrase."))
        if self.guard.wait_left() <= 0:
            self.message.setText(
                self.tr("That is not today's PIN or the passphrase. Please try again.")
            )
        self.show_wait()

    def show_wait(self) -> None:
        """While the guard makes the next try wait: a countdown, and Leave is off."""
        left = math.ceil(self.guard.wait_left())
        self.leave.setEnabled(left <= 0)
        if left <= 0:
            self.ticker.stop()
            if self.guard.pin_enabled:
                self.prompt.setText(self.tr("Volunteers only: type today's PIN or the passphrase."))
            return
        text = self.tr("That was not right. You can try again in %n second(s).", "", left)
        rest = math.ceil(self.guard.pin_rest_left() / 60)
        if rest > 0:
            text += " " + self.tr(
                "Today's PIN is resting for %n minute(s); the passphrase still works.", "", rest
            )
        self.message.setText(text)
        if not self.ticker.isActive():
            self.ticker.start()
