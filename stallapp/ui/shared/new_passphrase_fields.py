"""A new passphrase typed twice, with the strength hint: for change and recovery dialogs."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from stallapp.services.session import MIN_PASSPHRASE
from stallapp.ui.shared.passphrase_hint import strength
from stallapp.ui.shared.private_fields import PrivateLineEdit
from stallapp.ui.shared.style import set_role


def secret_field(name: str) -> QLineEdit:
    """A field whose text is hidden, never copied and never learnt by a keyboard."""
    field = PrivateLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewPassphraseFields(QObject):
    """The new passphrase, its strength hint and its confirmation, with their labels."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.passphrase = secret_field("newPassphrase")
        self.confirm = secret_field("confirmPassphrase")
        self.label = QLabel()
        self.confirm_label = QLabel()
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.strength.setWordWrap(True)
        set_role(self.strength, "hint")
        self.passphrase.textChanged.connect(self._update_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("Type the new passphrase again"))
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        self._update_hint(self.passphrase.text())

    def _update_hint(self, text: str) -> None:
        if not text:
            self.strength.setText(
                self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            )
            return
        self.strength.setText(
            [
                self.tr("Too short or too easy to guess."),
                self.tr("Weak: add another word or two."),
                self.tr("Fair: one more word would make it strong."),
                self.tr("Good."),
                self.tr("Strong."),
            ][strength(text)]
        )

    def problem(self) -> str | None:
        """A message if the two fields cannot be used (the confirmation is then cleared)."""
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE or strength(text) == 0:
            return self.tr("Please choose a longer passphrase that is hard to guess.")
        if text != self.confirm.text():
            self.confirm.clear()
            return self.tr("The two new passphrases are different. Please type them again.")
        return None

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.confirm.setEnabled(enabled)
