"""Setting today's PIN for leaving kiosk mode (only its Argon2id hash is stored)."""

from __future__ import annotations

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
from stallapp.services.kiosk_service import KioskService
from stallapp.services.kiosk_session import PIN_MAX, PIN_MIN
from stallapp.ui.shared.dialog_setup import settle_dialog
from stallapp.ui.shared.style import mark_primary, set_role


class PinDialog(QDialog):
    def __init__(self, kiosk: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Today's PIN"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PIN of %1 to %2 digits lets you leave kiosk mode today without the passphrase."
            )
            .replace("%1", str(PIN_MIN))
            .replace("%2", str(PIN_MAX))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.again = QLineEdit()
        self.again.setObjectName("pinAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(PIN_MAX)
        self.again.setPlaceholderText(self.tr("The same PIN again"))
        layout.addWidget(self.pin)
        layout.addWidget(self.again)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        set_role(self.message, "error")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Set PIN"))
        self.save.setObjectName("savePin")
        mark_primary(self.save)
        self.save.clicked.connect(self.try_save)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)
        settle_dialog(self, self.save)

    def try_save(self) -> None:
        pin, again = self.pin.text(), self.again.text()
        self.pin.clear()
        self.again.clear()
        if pin != again:
            self.message.setText(self.tr("The two PINs are different."))
            return
        try:
            self.kiosk.set_day_pin(pin)
        except StallappError:
            self.message.setText(
                self.tr("The PIN must be %1 to %2 digits.")
                .replace("%1", str(PIN_MIN))
                .replace("%2", str(PIN_MAX))
            )
            return
        self.accept()
