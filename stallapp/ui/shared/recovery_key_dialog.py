"""The campaign recovery key: whether this vault has one, and (coordinator) keeping it safe.

A stall receives the recovery key with the campaign pack; the dialog only says whether one
is set. A coordinator can save the recovery identity (its secret age identity) to a file, after
strong warnings: whoever holds that file can open every batch and vault of the campaign.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.vault_keys import VaultKeys
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.style import mark_primary, set_role
from stallapp.ui.shared.tool_dialog import ToolDialog


class RecoveryKeyDialog(ToolDialog):
    identity_saved = Signal(str)
    """The recovery identity was written to this file."""

    def __init__(self, keys: VaultKeys, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(jobs, parent)
        self.keys = keys
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self.scroll_body())
        layout.setContentsMargins(28, 24, 28, 24)
        heading = QLabel(self.tr("The campaign's recovery key"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        self.state = QLabel()
        self.state.setObjectName("recoveryState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.save_button: QPushButton | None = None
        self.understood: QCheckBox | None = None
        if keys.role == "coordinator":
            self._coordinator_part(layout)
        else:
            hint = QLabel(
                self.tr(
                    "The recovery key comes with the coordinator's campaign pack (Campaign and "
                    "batches, Import campaign pack). If you forget your passphrase, the "
                    "coordinator can open this vault with it and you choose a new passphrase."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("recoveryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        if self.save_button is not None:
            row.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.set_default_button(self.close_button)  # Enter never writes the secret file
        self.show_state()

    def _coordinator_part(self, layout: QVBoxLayout) -> None:
        warning = QLabel(
            self.tr(
                "Warning: the recovery key is the campaign's master key. Whoever holds this "
                "file can open every sealed batch and every volunteer's vault, with every "
                "signer's name and address. Save it only to a USB stick you keep locked away "
                "(or print it and delete the file). Never send it by email or chat, never put "
                "it in cloud storage, never leave it on this computer."
            )
        )
        warning.setObjectName("recoveryWarning")
        warning.setWordWrap(True)
        set_role(warning, "error")
        layout.addWidget(warning)
        hint = QLabel(
            self.tr(
                "Saving it also lets the same file recover this coordinator vault if its "
                "passphrase is forgotten."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.understood = QCheckBox(
            self.tr("I understand, and I will keep the file offline and safe.")
        )
        self.understood.setObjectName("understood")
        layout.addWidget(self.understood)
        self.save_button = QPushButton(self.tr("Save the recovery key…"))
        self.save_button.setObjectName("saveRecoveryKey")
        mark_primary(self.save_button)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._choose)
        self.understood.toggled.connect(self._update_save)

    def _update_save(self) -> None:
        if self.save_button is not None and self.understood is not None:
            self.save_button.setEnabled(self.understood.isChecked() and not self.busy)

    def show_state(self) -> None:
        state = self.keys.recovery()
        if state.is_set:
            self.state.setText(
                self.tr(
                    "A recovery key is set: a forgotten passphrase can be recovered. Its "
                    "fingerprint: %1"
                ).replace("%1", ", ".join(state.fingerprints))
            )
            set_role(self.state, "ok")
        else:
            self.state.setText(
                self.tr(
                    "No recovery key is set on this vault yet: if the passphrase is forgotten, "
                    "everything in it is lost."
                )
            )
            set_role(self.state, "error")

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "recovery-key.txt"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Write the recovery identity to `path` (a new file) as a job of the runner."""
        if self.busy or self.understood is None or not self.understood.isChecked():
            return
        keys = self.keys
        assert self.jobs is not None and self.save_button is not None
        self.save_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Saving the recovery key…"))
        self.jobs.start(
            self,
            "recovery-key",
            lambda _control: keys.export_recovery_identity(path),
            on_done=lambda _fp: self._saved(path),
            on_failed=self._failed,
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self.close_button.setEnabled(True)
        self._update_save()

    def _saved(self, path: Path) -> None:
        self.status.setText(
            self.tr(
                "The recovery key was saved (readable by you only). Move it to offline "
                "storage now and delete it from this computer."
            )
        )
        set_role(self.status, "ok")
        self.show_state()
        self.identity_saved.emit(str(path))

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        set_role(self.status, "error")
