"""The stall's link to its coordinator: trust a campaign pack (its keys listed; a pack
from another campaign refused, or the campaign switched on purpose), give a device card,
and export the day's sealed batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.sealing.fingerprint import qr_text
from stallapp.services.campaign_pack import OtherCampaign, Pack
from stallapp.services.stall_link import StallLink
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.qr_view import QrView
from stallapp.ui.shared.screen_fit import bounded
from stallapp.ui.shared.scrolling import scrolling_body
from stallapp.ui.shared.style import set_role
from stallapp.ui.stall.campaign_switch_dialog import CampaignSwitchDialog
from stallapp.ui.stall.export_panel import BatchExportPanel
from stallapp.ui.stall.pack_dialog import PackImportDialog


def _ask_in_person(pack: Pack, parent: QWidget) -> bool:
    return PackImportDialog(pack, parent).exec() == QDialog.DialogCode.Accepted


def _ask_switch(current: str, pack: Pack, parent: QWidget) -> str | None:
    """The passphrase if the volunteer chose to switch campaign, else None."""
    dialog = CampaignSwitchDialog(current, pack, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


class CampaignDialog(QDialog):
    """Campaign pack in, device card out, sealed batch out. No signer data is shown."""

    pack_installed = Signal(int)  # number of petitions in the pack
    campaign_switched = Signal(str)  # the new coordinator's fingerprint
    card_saved = Signal(str)  # the file name

    def __init__(
        self,
        link: StallLink,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[Pack, QWidget], bool] = _ask_in_person,
        ask_switch: Callable[[str, Pack, QWidget], str | None] = _ask_switch,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self._confirm = confirm
        self._ask_switch = ask_switch
        self._jobs = jobs
        self.setWindowTitle(self.tr("Campaign and batches"))
        self.setMinimumWidth(min(640, bounded(self, QSize(640, 0)).width()))
        layout, footer = scrolling_body(self)  # the body scrolls on a short screen

        pack_box = QGroupBox(self.tr("1. Campaign pack from your coordinator"))
        pack_layout = QVBoxLayout(pack_box)
        self.pack_button = QPushButton(self.tr("Import campaign pack…"))
        self.pack_button.clicked.connect(self._choose_pack)
        self.pack_status = QLabel()
        self.pack_status.setWordWrap(True)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pack_layout.addWidget(self.keys_label)
        pack_layout.addWidget(self.pack_button)
        pack_layout.addWidget(self.pack_status)
        self.show_keys()
        layout.addWidget(pack_box)

        card_box = QGroupBox(self.tr("2. This device, for the coordinator to enrol"))
        card_layout = QHBoxLayout(card_box)
        card = link.device_card()
        self.card_qr = QrView(qr_text(card.fingerprint), size=120)
        card_layout.addWidget(self.card_qr)
        column = QVBoxLayout()
        hint = QLabel(self.tr("Read these digits to the coordinator, in person:"))
        hint.setWordWrap(True)
        self.card_fingerprint = QLabel(card.fingerprint)
        set_role(self.card_fingerprint, "heading")
        self.card_button = QPushButton(self.tr("Save device card…"))
        self.card_button.clicked.connect(self._choose_card)
        self.card_status = QLabel()
        self.card_status.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.card_fingerprint)
        column.addWidget(self.card_button)
        column.addWidget(self.card_status)
        card_layout.addLayout(column, 1)
        layout.addWidget(card_box)

        export_box = QGroupBox(self.tr("3. End of the day: sealed batch for the coordinator"))
        export_layout = QVBoxLayout(export_box)
        self.export = BatchExportPanel(link.export_batch, jobs)
        export_layout.addWidget(self.export)
        layout.addWidget(export_box)

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        footer.addWidget(close)

    # -- pack ----------------------------------------------------------------------------

    def _choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the campaign pack"))
        if name:
            self.import_pack(Path(name))

    def import_pack(self, path: Path) -> bool:
        """Read, check in person, install. Any bad file gets one message; nothing changes."""
        try:
            pack = self.link.read_pack(path)
        except StallappError as exc:
            self.pack_status.setText(exc.message)
            return False
        if not self._confirm(pack, self):
            self.pack_status.setText(self.tr("Not trusted: nothing was imported."))
            return False
        try:
            self.link.install(pack)
        except OtherCampaign as exc:
            self.pack_status.setText(exc.message)
            self._offer_switch(exc.trusted, pack)
            return False
        except StallappError as exc:
            self.pack_status.setText(exc.message)
            return False
        self.pack_status.setText(
            self.tr("Campaign pack imported: %n petition(s).", "", len(pack.petitions))
        )
        self.show_keys()
        self.pack_installed.emit(len(pack.petitions))
        return True

    def show_keys(self) -> None:
        """The campaign's coordinator keys with fingerprints (public, nothing personal)."""
        kinds = {
            "signing": self.tr("signs campaign packs"),
            "recipient": self.tr("opens this stall's batches"),
            "recovery": self.tr("can recover this vault"),
        }
        keys = self.link.campaign_keys()
        if not keys:
            self.keys_label.setText(self.tr("No campaign yet: import your coordinator's pack."))
            return
        lines = [
            self.tr("This stall belongs to the campaign of %1:").replace("%1", keys[0].coordinator)
        ]
        lines += [f"{k.fingerprint}  ({kinds[k.kind]})" for k in keys]
        self.keys_label.setText("\n".join(lines))

    def _offer_switch(self, current: str, pack: Pack) -> None:
        passphrase = self._ask_switch(current, pack, self)
        if passphrase is None:
            return
        link = self.link
        self.pack_button.setEnabled(False)
        self.pack_status.setText(self.tr("Switching campaign…"))
        self._jobs.start(
            self,
            "switch campaign",
            lambda _control: link.switch(pack, passphrase),
            on_done=lambda _result: self._switched(pack),
            on_failed=self.pack_status.setText,
            on_finished=lambda: self.pack_button.setEnabled(True),
        )

    def _switched(self, pack: Pack) -> None:
        self.pack_status.setText(
            self.tr("This stall now belongs to the campaign of %1.").replace(
                "%1", pack.coordinator_name
            )
        )
        self.show_keys()
        self.campaign_switched.emit(pack.fingerprint)

    # -- device card ---------------------------------------------------------------------

    def _choose_card(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the device card"), "device.stallcard"
        )
        if name:
            self.save_card(Path(name))

    def save_card(self, path: Path) -> bool:
        try:
            self.link.save_device_card(path)
        except (OSError, StallappError):
            self.card_status.setText(self.tr("The device card could not be saved there."))
            return False
        self.card_status.setText(self.tr("Device card saved. Give it to the coordinator."))
        self.card_saved.emit(path.name)
        return True
