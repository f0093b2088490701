"""The "More…" button of the volunteer and coordinator screens: the vault's own tools.

Change the passphrase and the recovery key for both roles; the campaign pack export for a
coordinator; a practice vault for a stall. Each opens its dialog (window-modal, without
blocking), whose slow step runs as a job of the window's runner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from stallapp.services.session import Session
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.style import mark_quiet


class VaultMenuButton(QPushButton):
    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultTools")
        mark_quiet(self)
        self.session = session
        self.jobs = jobs
        self.dialog: QDialog | None = None
        self.menu_ = QMenu(self)
        self.change_action = QAction(self)
        self.change_action.setObjectName("changePassphrase")
        self.change_action.triggered.connect(self.open_change_passphrase)
        self.recovery_action = QAction(self)
        self.recovery_action.setObjectName("recoveryKey")
        self.recovery_action.triggered.connect(self.open_recovery_key)
        self.pack_action: QAction | None = None
        self.practice_action: QAction | None = None
        if session.role == "coordinator":
            self.pack_action = QAction(self)
            self.pack_action.setObjectName("exportPack")
            self.pack_action.triggered.connect(self.open_pack_export)
            self.menu_.addAction(self.pack_action)
        self.menu_.addAction(self.change_action)
        self.menu_.addAction(self.recovery_action)
        if session.role == "stall":
            self.practice_action = QAction(self)
            self.practice_action.setObjectName("practiceVault")
            self.practice_action.triggered.connect(self.open_practice_vault)
            self.menu_.addAction(self.practice_action)
        self.setMenu(self.menu_)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("More…"))
        self.setAccessibleName(self.tr("More tools for this vault"))
        self.change_action.setText(self.tr("Change passphrase…"))
        self.recovery_action.setText(self.tr("Recovery key…"))
        if self.pack_action is not None:
            self.pack_action.setText(self.tr("Export campaign pack…"))
        if self.practice_action is not None:
            self.practice_action.setText(self.tr("Practice vault…"))

    def _show(self, dialog: QDialog) -> QDialog:
        old, self.dialog = self.dialog, dialog
        if old is not None and not self.jobs.busy(old):
            old.deleteLater()
        dialog.open()
        return dialog

    def open_change_passphrase(self) -> QDialog:
        from stallapp.ui.shared.change_passphrase_dialog import ChangePassphraseDialog

        return self._show(ChangePassphraseDialog(self.session.vault_keys, self.jobs, self))

    def open_recovery_key(self) -> QDialog:
        from stallapp.ui.shared.recovery_key_dialog import RecoveryKeyDialog

        return self._show(RecoveryKeyDialog(self.session.vault_keys, self.jobs, self))

    def open_pack_export(self) -> QDialog:
        from stallapp.ui.coordinator.pack_export_dialog import PackExportDialog

        return self._show(PackExportDialog(self.session.pack_export, self.jobs, self))

    def open_practice_vault(self) -> QDialog:
        from stallapp.ui.stall.practice_vault_dialog import PracticeVaultDialog

        return self._show(PracticeVaultDialog(self.session.practice, self.jobs, self))
