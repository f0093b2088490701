"""Change the vault passphrase: the current one, then the new one twice.

The change (Argon2id, and a re-key where the vault does one) runs as a job of the window's
runner; the dialog cannot be closed until it ends. A wrong current passphrase changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from stallapp.services.vault_keys import VaultKeys, WrongCurrentPassphrase
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.new_passphrase_fields import NewPassphraseFields, secret_field
from stallapp.ui.shared.tool_dialog import ToolDialog
from stallapp.ui.stall.passphrase_block import PassphraseBlock


class ChangePassphraseDialog(ToolDialog):
    passphrase_changed = Signal()
    """The vault now opens with the new passphrase only."""

    def __init__(self, keys: VaultKeys, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(jobs, parent)
        self.keys = keys
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.block = PassphraseBlock(
            width=600, message_name="changeMessage", button_name="changePassphrase"
        )
        self.message = self.block.message
        self.change = self.block.button
        self.change.clicked.connect(self.submit)
        self.current = secret_field("currentPassphrase")
        self.current_label = QLabel()
        self.fields = NewPassphraseFields(self)
        self.block.add_row(self.current, self.current_label)
        self.block.add_new_passphrase(self.fields)
        self.close_button = self.block.add_quiet_button("close")
        self.close_button.clicked.connect(self.reject)
        self.block.place_on(self.scroll_body())
        self.set_default_button(self.change)
        self.block.title.setText(self.tr("Change the passphrase"))
        self.block.intro.setText(
            self.tr(
                "Type the passphrase you use now, then the new one twice. From then on only "
                "the new passphrase opens this vault."
            )
        )
        self.current_label.setText(self.tr("Current passphrase"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.change.setText(self.tr("Change the passphrase"))
        self.close_button.setText(self.tr("Close"))
        self.current.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        old = self.current.text()
        if not old:
            self.block.say(self.tr("Please type your current passphrase."))
            self.current.setFocus()
            return
        problem = self.fields.problem()
        if problem is not None:
            self.block.say(problem)
            self.fields.passphrase.setFocus()
            return
        new, keys = self.fields.value(), self.keys
        self._set_busy(True)
        self.block.say(self.tr("Changing the passphrase… this takes a few seconds."), ok=True)
        assert self.jobs is not None

        def work(_control: JobControl) -> bool:
            try:
                keys.change_passphrase(old, new)
            except WrongCurrentPassphrase:
                return False  # the dialog says it in the volunteer's language
            return True

        self.jobs.start(
            self,
            "change-passphrase",
            work,
            on_done=self._changed,
            on_failed=self._failed,
            on_finished=lambda: self._set_busy(False),
        )

    def _failed(self, message: str) -> None:
        self.current.clear()
        self.block.say(message)
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.change.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.current.setEnabled(not busy)
        self.fields.set_enabled(not busy)

    def _changed(self, changed: bool) -> None:
        if not changed:
            self._failed(self.tr("The current passphrase is not right. Nothing was changed."))
            return
        self.current.clear()
        self.fields.clear()
        self.block.say(self.tr("The passphrase was changed. Use the new one from now on."), ok=True)
        self.set_default_button(self.close_button)
        self.passphrase_changed.emit()
