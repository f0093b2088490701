"""First run: create the vault (role, device name, passphrase with a strength hint)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from stallapp.services.session import MIN_PASSPHRASE
from stallapp.ui.shared.passphrase_hint import strength
from stallapp.ui.shared.style import set_role
from stallapp.ui.stall.passphrase_block import PassphraseBlock


class SetupPage(QWidget):
    """Emits `create_requested(role, device_name, passphrase)` once the form is valid."""

    create_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.block = PassphraseBlock(width=720, message_name="setupMessage", button_name="create")
        self.title = self.block.title
        self.intro = self.block.intro
        self.message = self.block.message
        self.create_button = self.block.button
        self.create_button.clicked.connect(self.submit)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.device = QLineEdit()
        self.device.setObjectName("deviceName")
        self.device.setMaxLength(60)
        self.passphrase = self.block.passphrase_field("newPassphrase")
        self.passphrase.textChanged.connect(self._update_hint)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        set_role(self.strength, "hint")
        self.confirm = self.block.passphrase_field("confirmPassphrase")
        self.confirm.returnPressed.connect(self.submit)
        self.role_label = QLabel()
        self.device_label = QLabel()
        self.pass_label = QLabel()
        self.confirm_label = QLabel()
        self.block.add_row(self.role, self.role_label)
        self.block.add_row(self.device, self.device_label)
        self.block.add_row(self.passphrase, self.pass_label)
        self.block.add_row(self.strength, "")
        self.block.add_row(self.confirm, self.confirm_label)
        self.block.place_on(self)
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
        self.block.show_message(text)

    def forget(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
