"""Enrolled stall devices, and enrolling a new one from its device card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.coordination import CoordinatorService
from stallapp.services.device_revocation import DeviceRevocation
from stallapp.ui.coordinator.enrol_dialog import DeviceEnrolDialog
from stallapp.ui.coordinator.revoke_device_dialog import RevokeDeviceDialog


class DevicesPanel(QWidget):
    device_enrolled = Signal(str)
    """The id of the device just enrolled."""

    def __init__(self, service: CoordinatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Enrolled stall devices"))
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)
        self.enrol_button = QPushButton(self.tr("Enrol a stall device…"))
        self.enrol_button.clicked.connect(self._choose)
        layout.addWidget(self.enrol_button)
        self.revoke_button = QPushButton(self.tr("Revoke a device…"))
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.setVisible(False)  # shown once the page gives the revocation service
        self.revoke_button.clicked.connect(self.open_revoke)
        layout.addWidget(self.revoke_button)
        self._revocation: DeviceRevocation | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for d in self._service.devices():
            state = self.tr("revoked") if d.revoked else self.tr("enrolled")
            self.list.addItem(f"{d.name} ({d.device_id}) · {state}")

    def set_revocation(self, revocation: DeviceRevocation) -> None:
        self._revocation = revocation
        self.revoke_button.setVisible(True)

    def open_revoke(self) -> RevokeDeviceDialog | None:
        if self._revocation is None:
            return None
        dialog = RevokeDeviceDialog(self._revocation, self)
        dialog.device_revoked.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a device card"), "", self.tr("Device cards (*.card);;All (*)")
        )
        if name:
            self.enrol_from_file(Path(name))

    def enrol_from_file(self, path: Path) -> None:
        try:
            card = self._service.read_card(path)
        except StallappError as exc:
            self.status.setText(exc.message)
            return
        dialog = DeviceEnrolDialog(card, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("Not enrolled: the fingerprints were not confirmed."))
            return
        try:
            fresh = self._service.enroll(card)
        except StallappError as exc:
            self.status.setText(exc.message)
            return
        text = self.tr("Enrolled %1.") if fresh else self.tr("%1 was enrolled already.")
        self.status.setText(text.replace("%1", card.device_name))
        self.refresh()
        if fresh:
            self.device_enrolled.emit(card.device_id)
