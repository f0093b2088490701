"""Withdrawal and retention: erase a signature by its receipt code, purge a petition whose
retention date has passed. Both ask first, stating only how many signatures go; no signer
data is ever shown here. The purge (one transaction, possibly many rows) runs as a job."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.signer import normalise_receipt_code
from stallapp.services.withdrawal_service import Purged, WithdrawalService
from stallapp.ui.coordinator.person_rights_panel import PersonRightsPanel
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.shared.quiet_label import QuietLabel

T = TypeVar("T")
AreaFiles = tuple[Path | None, tuple[Path, ...]]


class WithdrawalPanel(QWidget):
    erased = Signal(int)
    """Signatures were erased (how many)."""
    purged = Signal(int)
    """A petition was purged (how many signatures were deleted; their anonymous counts are
    kept)."""
    purge_failed = Signal(str)
    """A purge stopped with this message; nothing was deleted."""

    def __init__(
        self,
        service: WithdrawalService,
        jobs: JobRunner,
        confirm: Callable[[str], bool] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        area_files: Callable[[], AreaFiles] = lambda: (None, ()),
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._jobs = jobs
        self._confirm = confirm or self._ask
        self._today = today
        self._area_files = area_files  # the postcode directory chosen for the area counts
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Paper signers have no receipt code: find them by name and postcode.
        self.person = PersonRightsPanel(self._service, self._jobs, self._confirm)
        self.person.person_erased.connect(self.erased)
        layout.addWidget(self.person)

        box = QGroupBox(self.tr("Erase a signature by its receipt code"))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Receipt code, like 7KQ2-M9XD"))
        self.code_edit.setMaxLength(40)
        self.code_edit.returnPressed.connect(self.erase)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.clicked.connect(self.erase)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.erase_button)
        inner.addLayout(row)
        self.whole_person = QCheckBox(self.tr("Also erase this signer's other signatures"))
        inner.addWidget(self.whole_person)
        self.erase_status = QuietLabel()
        inner.addWidget(self.erase_status)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Purge a petition after its retention date"))
        inner = QVBoxLayout(box)
        self.petition_choice = QComboBox()
        self.petition_choice.currentIndexChanged.connect(lambda _i: self._update_purge())
        inner.addWidget(self.petition_choice)
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.clicked.connect(self.purge)
        inner.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.purge_status = QuietLabel()
        inner.addWidget(self.purge_status)
        layout.addWidget(box)
        layout.addStretch(1)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Please confirm"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- erasing -------------------------------------------------------------------------------

    def _by_receipt(self, call: Callable[[], T]) -> T | None:
        """Run a look-up or erase by receipt code; a problem becomes the status line."""
        try:
            return call()
        except BadInput:
            self.erase_status.setText(
                self.tr("No signature with that receipt code is in this vault.")
            )
        except StallappError as exc:
            self.erase_status.setText(exc.message)
        return None

    def erase(self) -> None:
        code = self.code_edit.text()
        whole = self.whole_person.isChecked()
        if normalise_receipt_code(code) is None:
            self.erase_status.setText(
                self.tr("A receipt code has 8 letters and digits, like 7KQ2-M9XD.")
            )
            return
        count = self._by_receipt(lambda: self._service.count_for_receipt(code, whole_person=whole))
        if count is None:
            return
        question = self.tr("Erase %1 signature(s) for good? This cannot be undone.").replace(
            "%1", str(count)
        )
        if not self._confirm(question):
            self.erase_status.setText(self.tr("Nothing was erased."))
            return
        done = self._by_receipt(lambda: self._service.erase_receipt(code, whole_person=whole))
        if done is None:
            return
        self.code_edit.clear()
        self.whole_person.setChecked(False)
        text = self.tr("Erased %1 signature(s).").replace("%1", str(done.count))
        if done.same_person_left:
            text += " " + self.tr(
                "%1 other signature(s) of the same person are still kept."
            ).replace("%1", str(done.same_person_left))
        self.erase_status.setText(text)
        self.refresh()
        self.erased.emit(done.count)

    # -- purging -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again which petitions are past their retention date."""
        try:
            rows = self._service.purgeable(self._today())
        except StallappError as exc:
            rows = []
            self.purge_status.setText(exc.message)
        chosen = self.petition_choice.currentData()
        self.petition_choice.blockSignals(True)
        self.petition_choice.clear()
        for row in rows:
            text = (
                self.tr("%1 (kept until %2): %3 signature(s)")
                .replace("%1", row.petition.title.get("en") or row.petition.id)
                .replace("%2", row.petition.retention_until.isoformat())
                .replace("%3", str(row.count))
            )
            self.petition_choice.addItem(text, (row.petition.id, row.count))
        if chosen is not None:
            for i in range(self.petition_choice.count()):
                if self.petition_choice.itemData(i)[0] == chosen[0]:
                    self.petition_choice.setCurrentIndex(i)
        self.petition_choice.blockSignals(False)
        self.petition_choice.setEnabled(bool(rows))
        if not rows:
            self.purge_status.setText(self.tr("No petition is past its retention date."))
        self._update_purge()

    def _update_purge(self) -> None:
        data = self.petition_choice.currentData()
        self.purge_button.setEnabled(not self.busy and data is not None and int(data[1]) > 0)

    def purge(self) -> None:
        data = self.petition_choice.currentData()
        if data is None:
            return
        petition_id, count = str(data[0]), int(data[1])
        if count <= 0:
            return
        lookup, names = self._area_files()
        question = self.tr(
            "Delete all %1 signature(s) of this petition for good? This cannot be undone."
        ).replace("%1", str(count))
        if lookup is not None:
            question += " " + self.tr(
                "Anonymous counts are kept, by constituency and ward too (from %1)."
            ).replace("%1", lookup.name)
        else:
            question += " " + self.tr(
                "Anonymous counts are kept, but not by constituency or ward: to keep those, "
                "choose the postcode directory under Areas first."
            )
        if not self._confirm(question):
            self.purge_status.setText(self.tr("Nothing was deleted."))
            return
        today = self._today()
        service = self._service

        def work(control: JobControl) -> Purged:
            return service.purge(petition_id, today, control.check, lookup, names)

        self.purge_button.setEnabled(False)
        self.purge_status.setText(self.tr("Deleting…"))
        self._jobs.start(self, "purge", work, on_done=self._purged, on_failed=self._purge_failed)

    @property
    def busy(self) -> bool:
        return self._jobs.busy(self)

    def _purged(self, done: Purged) -> None:
        self.refresh()
        self.purge_status.setText(
            self.tr("Deleted %1 signature(s); kept anonymous counts of %2.")
            .replace("%1", str(done.count))
            .replace("%2", str(done.kept))
        )
        self.purged.emit(done.count)

    def _purge_failed(self, message: str) -> None:
        self.purge_status.setText(message)
        self._update_purge()
        self.purge_failed.emit(message)
