"""What the volunteer must know about this vault now: unreadable petitions, a damaged
recovery key, a vault that cannot be written. One red label on the volunteer's page,
hidden when there is nothing to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from stallapp.services.session import Session
from stallapp.ui.shared.style import set_role


class VaultWarnings(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("vaultWarnings")
        set_role(self, "error")
        self.setWordWrap(True)

    def show_current(self) -> None:
        lines = []
        broken = self._session.capture.broken_petitions()
        if broken:
            lines.append(
                self.tr(
                    "A stored petition cannot be read: %1. Add a corrected file with the same "
                    "id, or remove it."
                ).replace("%1", ", ".join(broken))
            )
        if self._session.recovery_damaged:
            lines.append(
                self.tr(
                    "The vault's recovery key is damaged: if the passphrase is forgotten, the "
                    "campaign cannot recover this vault. Ask your coordinator to set it again."
                )
            )
        problem = self._session.write_problem
        if problem == "disk_full":
            lines.append(
                self.tr("The disk is full: you can read and export, but nothing new is saved.")
            )
        elif problem == "read_only":
            lines.append(
                self.tr(
                    "The vault's folder is read-only: you can read and export, "
                    "but nothing new is saved."
                )
            )
        elif problem == "busy":
            lines.append(self.tr("The vault is busy in another stallapp window."))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
