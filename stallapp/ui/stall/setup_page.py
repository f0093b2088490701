"""First run: create the vault (role, device name, passphrase with a strength hint)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.storage.vault import MIN_PASSPHRASE
from stallapp.ui.shared.passphrase_hint import strength
from stallapp.ui.shared.style import mark_primary, set_role


class SetupPage(QWidget):
    """Emits `create_requested(role, device_name, passphrase)` once the form is valid."""

    create_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        box.setMinimumWidth(min(720, 520))
        layout = QVBoxLayout(box)
        self.title = QLabel()
        set_role(self.title, "title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.device = QLineEdit()
        self.device.setObjectName("deviceName")
        self.device.setMaxLength(60)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_hint)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        set_role(self.strength, "hint")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.returnPressed.connect(self.submit)
        self.role_label = QLabel()
        self.device_label = QLabel()
        self.pass_label = QLabel()
        self.confirm_label = QLabel()
        form.addRow(self.role_label, self.role)
        form.addRow(self.device_label, self.device)
        form.addRow(self.pass_label, self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create")
        mark_primary(self.create_button)
        self.create_button.clicked.connect(self.submit)
        layout.addWidget(self.create_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 6)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Set up this device"))
        self.intro.setText(
            self.tr(
                "Everything stallapp keeps on this device is encrypted with your passphrase."
                " Choose one you can remember all day: a few unrelated words work well."
            )
        )
        current = self.role.currentIndex()
        self.role.clear()
        self.role.addItem(self.tr("Stall: collect signatures at a street stall"), "stall")
        self.role.addItem(
            self.tr("Coordinator: receive and merge the stalls' batches"), "coordinator"
        )
        self.role.setCurrentIndex(max(current, 0))
        self.role_label.setText(self.tr("This device is for"))
        self.device_label.setText(self.tr("Device name (e.g. Coventry laptop)"))
        self.pass_label.setText(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Type the passphrase again"))
        self.create_button.setText(self.tr("Create the encrypted vault"))
        self._update_hint(self.passphrase.text())

    def _update_hint(self, text: str) -> None:
        if not text:
            self.strength.setText(
                self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            )
            return
        level = strength(text)
        self.strength.setText(
            [
                self.tr("Too short or too easy to guess."),
                self.tr("Weak: add another word or two."),
                self.tr("Fair: one more word would make it strong."),
                self.tr("Good."),
                self.tr("Strong."),
            ][level]
        )

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE or strength(passphrase) == 0:
            self.show_message(self.tr("Please choose a longer passphrase that is hard to guess."))
            return
        if passphrase != self.confirm.text():
            self.show_message(self.tr("The two passphrases are different. Please type them again."))
            self.confirm.clear()
            return
        self.show_message("")
        self.create_requested.emit(self.role.currentData(), self.device.text().strip(), passphrase)

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Creating the encrypted vault…"))
        elif self.message.text() == self.tr("Creating the encrypted vault…"):
            self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def forget(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
