"""Forgot the passphrase: open the vault with the campaign's recovery key, set a new one.

The volunteer (or the coordinator beside them) chooses the recovery key file and types a new
passphrase twice. The recovery (Argon2id, and a re-key where the vault does one) runs as a
job of the window's runner; its Session goes to the window, which opens the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from stallapp.domain.errors import StallappError
from stallapp.services.recovery import WrongRecoveryKey, read_identity, recover_vault
from stallapp.services.session import KdfCost, Session
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.new_passphrase_fields import NewPassphraseFields
from stallapp.ui.shared.style import set_role
from stallapp.ui.shared.tool_dialog import ToolDialog
from stallapp.ui.stall.passphrase_block import PassphraseBlock


class RecoverDialog(ToolDialog):
    recovered = Signal(object)
    """(Session) the vault is open with its new passphrase."""

    def __init__(
        self,
        folder: Path,
        jobs: JobRunner,
        pin_cost: KdfCost | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, parent)
        self.folder = folder
        self.pin_cost = pin_cost
        self._identity: str | None = None
        self.setObjectName("recoverDialog")
        self.setWindowTitle(self.tr("Recover the vault"))
        self.block = PassphraseBlock(
            width=640, message_name="recoverMessage", button_name="recover"
        )
        self.message = self.block.message
        self.recover = self.block.button
        self.recover.clicked.connect(self.submit)
        self.choose = QPushButton()
        self.choose.setObjectName("chooseIdentity")
        self.choose.clicked.connect(self._choose)
        self.identity_state = QLabel()
        self.identity_state.setObjectName("identityState")
        self.identity_state.setWordWrap(True)
        set_role(self.identity_state, "hint")
        self.fields = NewPassphraseFields(self)
        self.block.add_row(self.choose)
        self.block.add_row(self.identity_state)
        self.block.add_new_passphrase(self.fields)
        self.cancel = self.block.add_quiet_button("cancel")
        self.cancel.clicked.connect(self.reject)
        self.block.place_on(self.scroll_body())
        self.set_default_button(self.recover)
        self.block.title.setText(self.tr("Forgot the passphrase?"))
        self.block.intro.setText(
            self.tr(
                "The campaign's recovery key opens this vault without the passphrase. The "
                "coordinator keeps it: a file with a line starting AGE-SECRET-KEY-1. Choose "
                "that file, then a new passphrase. Nothing in the vault is lost."
            )
        )
        self.choose.setText(self.tr("Choose the recovery key file…"))
        self.identity_state.setText(self.tr("No recovery key file chosen yet."))
        self.recover.setText(self.tr("Recover and open the vault"))
        self.cancel.setText(self.tr("Cancel"))

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the recovery key file"))
        if name:
            self.use_identity_file(Path(name))

    def use_identity_file(self, path: Path) -> bool:
        """Read the recovery key from `path`; a file without one gets one message."""
        try:
            self._identity = read_identity(path)
        except StallappError:
            self._identity = None
            self.identity_state.setText(self.tr("No recovery key file chosen yet."))
            self.block.say(
                self.tr(
                    "That file holds no recovery key (a line starting AGE-SECRET-KEY-1). "
                    "Please choose the coordinator's recovery key file."
                )
            )
            return False
        self.identity_state.setText(self.tr("Recovery key file read."))
        self.block.say("")
        self.fields.passphrase.setFocus()
        return True

    def submit(self) -> None:
        if self.busy:
            return
        identity = self._identity
        if identity is None:
            self.block.say(self.tr("Please choose the recovery key file first."))
            return
        problem = self.fields.problem()
        if problem is not None:
            self.block.say(problem)
            self.fields.passphrase.setFocus()
            return
        folder, new, pin_cost = self.folder, self.fields.value(), self.pin_cost
        self._set_busy(True)
        self.block.say(self.tr("Opening the vault with the recovery key…"), ok=True)
        assert self.jobs is not None

        def work(_control: JobControl) -> Session | None:
            try:
                return recover_vault(folder, identity, new, pin_cost=pin_cost)
            except WrongRecoveryKey:
                return None  # the dialog says it in the volunteer's language

        self.jobs.start(
            self,
            "recover",
            work,
            on_done=self._recovered,
            on_failed=self._failed,
            on_finished=lambda: self._set_busy(False),
            discard=lambda session: session.lock() if session is not None else None,
        )

    def _set_busy(self, busy: bool) -> None:
        self.recover.setEnabled(not busy)
        self.cancel.setEnabled(not busy)
        self.choose.setEnabled(not busy)
        self.fields.set_enabled(not busy)

    def _recovered(self, session: Session | None) -> None:
        if session is None:
            self.block.say(
                self.tr(
                    "That recovery key does not open this vault. Nothing was changed; ask the "
                    "coordinator for the campaign's recovery key file."
                )
            )
            return
        self._identity = None
        self.fields.clear()
        self.accept()
        self.recovered.emit(session)

    def _failed(self, message: str) -> None:
        self.block.say(message)
