"""Paper sheet tracking: type (or scan) a returned sheet's serial and its count; the report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.services import sheet_scan
from stallapp.services.sheet_tracking import SheetService
from stallapp.ui.jobs import JobRunner


class SheetsPanel(QWidget):
    sheet_returned = Signal(str)  # the serial
    return_failed = Signal(str)

    def __init__(
        self, service: SheetService, jobs: JobRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.jobs = jobs
        self.scan_dialog: QWidget | None = None
        self.serial = QLineEdit()
        self.serial.setPlaceholderText("K7PQ-001")
        self.count = QSpinBox()
        self.count.setRange(0, 1000)
        self.city = QLineEdit()
        self.correct = QCheckBox(self.tr("Correct an earlier count"))
        self.mark = QPushButton(self.tr("Mark returned"))
        self.scan = QPushButton(self.tr("Scan returned sheets…"))
        self.scan.setVisible(jobs is not None)  # decoding needs the window's job runner
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Printed sheets"))
        self.table.setHorizontalHeaderLabels([self.tr("City"), self.tr("Paper signatures")])
        self.table.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        form.addRow(self.tr("Sheet serial (typed or scanned)"), self.serial)
        form.addRow(self.tr("Signatures on the sheet"), self.count)
        form.addRow(self.tr("City"), self.city)
        form.addRow("", self.correct)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mark)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.mark.clicked.connect(self.mark_returned)
        self.serial.returnPressed.connect(self.mark_returned)
        self.scan.clicked.connect(self.open_scanner)
        self.refresh()

    def open_scanner(self) -> None:
        """The camera scanner, or why it cannot be used (the camera extra is optional)."""
        if self.jobs is None:
            return
        if not sheet_scan.scanning_available():
            self.message.setText(
                self.tr(
                    "Scanning sheets needs the camera extra, which is not installed on this "
                    "laptop: pip install 'stallapp[camera]'. Type the serials instead."
                )
            )
            return
        if self.scan_dialog is not None:  # one scanner (and one camera) at a time
            self.scan_dialog.raise_()
            self.scan_dialog.activateWindow()
            return
        from stallapp.ui.organiser.scan_dialog import ScanSheetsDialog  # at first use

        dialog = ScanSheetsDialog(sheet_scan.SheetScanner(self.service), self.jobs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.controller.sheet_returned.connect(self._scanned)
        dialog.destroyed.connect(self._scanner_closed)
        self.scan_dialog = dialog
        dialog.show()
        dialog.start_camera()

    def _scanner_closed(self) -> None:
        self.scan_dialog = None

    def _scanned(self, serial: str) -> None:
        self.refresh()
        self.sheet_returned.emit(serial)

    def mark_returned(self) -> None:
        try:
            record = self.service.mark_returned(
                self.serial.text(),
                self.count.value(),
                city=self.city.text() or None,
                correct=self.correct.isChecked(),
            )
        except StallappError as exc:
            self.message.setText(exc.message)
            self.return_failed.emit(exc.message)
            return
        self.message.setText(self.tr("Sheet %1 marked returned.").replace("%1", record.serial))
        self.serial.clear()
        self.correct.setChecked(False)
        self.refresh()
        self.sheet_returned.emit(record.serial)

    def refresh(self) -> None:
        report = self.service.report()
        self.summary.setText(
            self.tr("Printed: %1 · back: %2 · out: %3 · missing: %4")
            .replace("%1", str(report.printed))
            .replace("%2", str(len(report.back)))
            .replace("%3", str(len(report.out)))
            .replace("%4", str(len(report.missing)))
        )
        cities = sorted(report.returned_by_city.items())
        self.table.setRowCount(len(cities))
        for row, (city, n) in enumerate(cities):
            self.table.setItem(row, 0, QTableWidgetItem(city))
            self.table.setItem(row, 1, QTableWidgetItem(str(n)))
