"""A council e-petition's own count, entered by the coordinator with the day it was read.

Shown beside our paper and kiosk counts and never added to them: the council's site
counts its own signers and removes repeats itself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services.coordination import CoordinatorService
from stallapp.services.council_counts import MAX_COUNT
from stallapp.ui.shared.quiet_label import QuietLabel


class EpetitionPanel(QGroupBox):
    count_saved = Signal(str)
    """A council e-petition count was entered for this petition id."""

    def __init__(
        self,
        service: CoordinatorService,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.setTitle(self.tr("The council's own e-petition count"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.petition = QComboBox()
        self.petition.setObjectName("epetitionPetition")
        self.petition.currentIndexChanged.connect(lambda _i: self._show_latest())
        self.count = QSpinBox()
        self.count.setObjectName("epetitionCount")
        self.count.setRange(0, MAX_COUNT)
        self.day = QDateEdit()
        self.day.setObjectName("epetitionDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        day = today or date.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("Council petition"), self.petition)
        form.addRow(self.tr("Signatures its page shows"), self.count)
        form.addRow(self.tr("Read on"), self.day)
        layout.addLayout(form)
        self.save = QPushButton(self.tr("Save the count"))
        self.save.setObjectName("epetitionSave")
        self.save.clicked.connect(self.save_count)
        layout.addWidget(self.save)
        self.status = QuietLabel()
        self.status.setObjectName("epetitionStatus")
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.petition.currentData()
        self.petition.blockSignals(True)
        self.petition.clear()
        for pid, title in self._service.council_petitions():
            self.petition.addItem(title, pid)
        index = self.petition.findData(chosen)
        self.petition.setCurrentIndex(max(index, 0))
        self.petition.blockSignals(False)
        self.save.setEnabled(self.petition.count() > 0)
        self._show_latest()

    def _show_latest(self) -> None:
        pid = self.petition.currentData()
        found = self._service.latest_epetition(str(pid)) if pid else None
        if found is None:
            self.status.setText(self.tr("No council e-petition count entered yet."))
            return
        self.status.setText(
            self.tr("Latest: %1 on %2, shown apart and never added to ours.")
            .replace("%1", f"{found.count:,}")
            .replace("%2", found.counted_on)
        )

    def save_count(self) -> None:
        pid = self.petition.currentData()
        if not pid:
            return
        q = self.day.date()
        try:
            self._service.enter_epetition(
                str(pid), self.count.value(), date(q.year(), q.month(), q.day())
            )
        except StallappError as exc:
            self.status.setText(exc.message)
            return
        self._show_latest()
        self.count_saved.emit(str(pid))
