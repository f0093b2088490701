"""Moving a stall to another campaign, on purpose: both fingerprints, what is lost, and the
volunteer's passphrase typed again. The dialog only asks; the caller runs the switch."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.campaign_pack import Pack
from stallapp.ui.shared.style import set_role


class CampaignSwitchDialog(QDialog):
    """Accepted only with a passphrase typed; `passphrase()` gives it to the caller."""

    def __init__(self, current: str, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch campaign"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "This pack comes from a different coordinator key than the campaign this "
                "stall belongs to. Only switch if your coordinator asked you to, in person: "
                "after the switch, batches go only to the new coordinator, the old "
                "coordinator's recovery key no longer opens this vault, and signatures not "
                "yet exported must be exported first."
            )
        )
        warning.setWordWrap(True)
        set_role(warning, "error")
        layout.addWidget(warning)
        self.current_label = QLabel(self.tr("Current campaign: %1").replace("%1", current))
        self.new_label = QLabel(
            self.tr("New campaign (%1): %2")
            .replace("%1", pack.coordinator_name)
            .replace("%2", pack.fingerprint)
        )
        for label in (self.current_label, self.new_label):
            set_role(label, "heading")
            layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Type your passphrase to switch:")))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase_edit)
        self.buttons = QDialogButtonBox()
        self.switch_button = self.buttons.addButton(
            self.tr("Switch campaign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.switch_button.setEnabled(False)
        self.passphrase_edit.textChanged.connect(
            lambda text: self.switch_button.setEnabled(bool(text))
        )
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()
