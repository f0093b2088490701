"""Revoke a lost or stolen stall device: choose it, type its name to confirm.

From then on the coordinator refuses the device's batches. A quick change of one row, so it
runs on the spot; nothing is revoked unless the typed name matches.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.device_revocation import DeviceRevocation, NameMismatch
from stallapp.ui.shared.style import mark_primary, set_role
from stallapp.ui.shared.tool_dialog import ToolDialog


class RevokeDeviceDialog(ToolDialog):
    device_revoked = Signal(str)
    """The id of the device just revoked."""

    def __init__(self, revocation: DeviceRevocation, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.revocation = revocation
        self.setObjectName("revokeDeviceDialog")
        self.setWindowTitle(self.tr("Revoke a stall device"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self.scroll_body())
        layout.setContentsMargins(28, 24, 28, 24)
        heading = QLabel(self.tr("Revoke a stall device"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        warning = QLabel(
            self.tr(
                "Revoke a device that was lost or stolen, or is no longer used. From now on "
                "its batches are refused, also those it has not sent yet. This cannot be "
                "undone: the device would have to be set up again as a new one."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.device = QComboBox()
        self.device.setObjectName("device")
        self.device.setAccessibleName(self.tr("Device to revoke"))
        self._devices = revocation.active()
        for d in self._devices:
            self.device.addItem(f"{d.name or d.device_id} · {d.fingerprint}", d.device_id)
        self.device.currentIndexChanged.connect(self._update_prompt)
        layout.addWidget(self.device)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedName")
        self.typed.setAccessibleName(self.tr("The device's name, to confirm"))
        layout.addWidget(self.typed)
        self.message = QLabel()
        self.message.setObjectName("revokeMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(self.reject)
        self.revoke = QPushButton(self.tr("Revoke this device"))
        self.revoke.setObjectName("revoke")
        mark_primary(self.revoke)
        self.revoke.clicked.connect(self.try_revoke)
        row.addWidget(self.cancel)
        row.addWidget(self.revoke)
        layout.addLayout(row)
        # Enter presses Revoke, which does nothing until the typed name matches.
        self.set_default_button(self.revoke)
        self._update_prompt()
        self.typed.setFocus()

    def _update_prompt(self) -> None:
        self.typed.clear()
        self.message.clear()
        if self.device.count() == 0:
            self.prompt.setText(self.tr("There is no enrolled device to revoke."))
            self.revoke.setEnabled(False)
            self.typed.setEnabled(False)
            return
        chosen = self._devices[max(0, self.device.currentIndex())]
        label = chosen.name or chosen.device_id
        self.prompt.setText(self.tr("To confirm, type the device's name: %1").replace("%1", label))

    def try_revoke(self) -> bool:
        device_id = self.device.currentData()
        if not device_id:
            return False
        try:
            self.revocation.revoke(str(device_id), self.typed.text())
        except NameMismatch:
            self.message.setText(
                self.tr("That is not the device's name. Nothing was revoked; please type it again.")
            )
            self.typed.setFocus()
            self.typed.selectAll()
            return False
        except StallappError as exc:
            self.message.setText(exc.message)
            self.typed.setFocus()
            self.typed.selectAll()
            return False
        self.device_revoked.emit(str(device_id))
        self.accept()
        return True
