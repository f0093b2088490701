"""A signer's rights by name and postcode, for paper and kiosk rows alike: find the person,
then erase all of their signatures or export everything held about them.

The list shows person ids, names and counts, never an address. Erase asks first; export
writes a PDF and JSON into a new or empty folder. Both run as jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.withdrawal_service import PersonMatch, WithdrawalService
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.private_fields import PrivateLineEdit
from stallapp.ui.shared.quiet_label import QuietLabel

T = TypeVar("T")


class PersonRightsPanel(QGroupBox):
    person_erased = Signal(int)
    """Every signature of one person was erased (how many)."""
    person_exported = Signal()
    """A person's data was written out for them."""

    def __init__(
        self,
        service: WithdrawalService,
        jobs: JobRunner,
        confirm: Callable[[str], bool],
        choose_folder: Callable[[], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._jobs = jobs
        self._confirm = confirm
        self._choose_folder = choose_folder or self._ask_folder
        self.setTitle(self.tr("Find a signer by name and postcode (paper or kiosk)"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.name_edit = PrivateLineEdit()
        self.name_edit.setObjectName("personName")
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.postcode_edit = PrivateLineEdit()
        self.postcode_edit.setObjectName("personPostcode")
        self.postcode_edit.setPlaceholderText(self.tr("Postcode"))
        self.postcode_edit.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.look_up)
        row.addWidget(self.name_edit, 2)
        row.addWidget(self.postcode_edit, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.matches = QListWidget()
        self.matches.setObjectName("personMatches")
        self.matches.setMaximumHeight(120)
        self.matches.currentRowChanged.connect(lambda _r: self._update_buttons())
        layout.addWidget(self.matches)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export their data…"))
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("Erase all their signatures…"))
        self.erase_button.clicked.connect(self.erase)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QuietLabel()
        self.status.setObjectName("personStatus")
        layout.addWidget(self.status)
        self._update_buttons()

    def _selected(self) -> str | None:
        item = self.matches.currentItem()
        return None if item is None else str(item.data(256))

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None and not self._jobs.busy(self)
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _ask_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A new or empty folder"))
        return Path(folder) if folder else None

    def _line(self, m: PersonMatch) -> str:
        kind = self.tr("same name and postcode") if m.exact else self.tr("similar")
        return (
            self.tr("%1 · %2 · %3: %4 signature(s), %5 on paper, %6 at the kiosk")
            .replace("%1", m.person_id)
            .replace("%2", kind)
            .replace("%3", m.name)
            .replace("%4", str(m.signatures))
            .replace("%5", str(m.paper))
            .replace("%6", str(m.kiosk))
        )

    def look_up(self) -> None:
        self.matches.clear()
        try:
            found = self._service.find_person(self.name_edit.text(), self.postcode_edit.text())
        except StallappError:
            self.status.setText(self.tr("Give the signer's name and postcode."))
            self._update_buttons()
            return
        for m in found:
            item = QListWidgetItem(self._line(m))
            item.setData(256, m.person_id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
            self.status.setText(self.tr("Choose the person, then export or erase."))
        else:
            self.status.setText(self.tr("No one with that name and postcode is in this vault."))
        self._update_buttons()

    def erase(self) -> None:
        person = self._selected()
        if person is None:
            return
        try:
            count = self._service.person_count(person)
        except StallappError as exc:
            self.status.setText(exc.message)
            return
        question = self.tr(
            "Erase all %1 signature(s) of this person for good? This cannot be undone."
        ).replace("%1", str(count))
        if not self._confirm(question):
            self.status.setText(self.tr("Nothing was erased."))
            return

        def work(_control: JobControl) -> int:
            return self._service.erase_person(person)

        self._start("erase person", work, self._erased)

    def _erased(self, count: int) -> None:
        self.matches.clear()
        self.name_edit.setText("")
        self.postcode_edit.setText("")
        self.status.setText(self.tr("Erased %1 signature(s).").replace("%1", str(count)))
        self.person_erased.emit(count)

    def export(self) -> None:
        person = self._selected()
        folder = self._choose_folder() if person is not None else None
        if person is None or folder is None:
            return

        def work(_control: JobControl) -> list[Path]:
            return self._service.export_person(person, folder)

        self._start("export person", work, self._exported)

    def _exported(self, written: list[Path]) -> None:
        self.status.setText(
            self.tr("Wrote %1 files for them. Give them to the signer only.").replace(
                "%1", str(len(written))
            )
        )
        self.person_exported.emit()

    def _start(self, name: str, work: Callable[[JobControl], T], done: Callable[[T], None]) -> None:
        self.export_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        self._jobs.start(
            self,
            name,
            work,
            on_done=done,
            on_failed=self.status.setText,
            on_finished=self._update_buttons,
        )
