"""The coordinator's submission bundle form: recipient, minimisation, folder, progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.domain.petition import Petition
from stallapp.printing.bundle import BundleResult
from stallapp.services.bundles import BundleRequest, BundleService
from stallapp.ui.jobs import JobControl, JobRunner


class BundlePanel(QWidget):
    """Builds a bundle for one petition; reading, rendering and writing run as one job."""

    bundle_written = Signal(str)  # the folder's name
    bundle_failed = Signal(str)

    def __init__(
        self,
        service: BundleService,
        jobs: JobRunner,
        petition: Petition,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.jobs = jobs
        self.petition = petition
        self.recipient = QLineEdit()
        self.constituency = QLineEdit()
        self.lookup = QLineEdit()
        self.lookup.setAccessibleName(self.tr("Postcode lookup (CSV)"))
        self.lookup_button = QPushButton(self.tr("Choose…"))
        self.omit_street = QCheckBox(self.tr("Leave out street address lines (keep postcodes)"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Empty output folder"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.generate = QPushButton(self.tr("Write bundle"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recipient (MP or council)"), self.recipient)
        form.addRow(self.tr("Only this constituency"), self.constituency)
        row = QHBoxLayout()
        row.addWidget(self.lookup, 1)
        row.addWidget(self.lookup_button)
        form.addRow(self.tr("Postcode lookup (CSV)"), row)
        form.addRow("", self.omit_street)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.folder_button)
        form.addRow(self.tr("Empty output folder"), row)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A bundle lists electronic signatures for a council or an MP. "
                "It is not a House of Commons paper petition."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.generate)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.lookup_button.clicked.connect(self._choose_lookup)
        self.folder_button.clicked.connect(self._choose_folder)
        self.generate.clicked.connect(self.start)

    def _choose_lookup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Postcode lookup"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.lookup.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if path:
            self.folder.setText(path)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.bundle_failed.emit(message)

    def start(self) -> None:
        """Check the form here, then read, render and write the bundle as a job."""
        if self.is_busy():
            return
        folder = self.folder.text().strip()
        lookup = self.lookup.text().strip()
        request = BundleRequest(
            petition_id=self.petition.id,
            recipient=self.recipient.text(),
            folder=Path(folder),
            constituency=self.constituency.text() or None,
            postcode_lookup=Path(lookup) if lookup else None,
            omit_street=self.omit_street.isChecked(),
        )
        try:
            self.service.check(request)
        except StallappError as exc:
            self._fail(exc.message)
            return
        if not folder:
            self._fail(self.tr("Choose an empty folder for the bundle."))
            return
        service = self.service

        def work(control: JobControl) -> BundleResult:
            return service.write(request, lambda done, total: control.progress(done, total))

        self.generate.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the bundle…"))
        self.jobs.start(
            self,
            "bundle",
            work,
            on_done=self._on_written,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            on_finished=lambda: self.generate.setEnabled(True),
        )

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_written(self, result: BundleResult) -> None:
        self.status.setText(self.tr("Wrote %n signature(s) to the folder.", "", result.count))
        self.bundle_written.emit(result.folder.name)

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._fail(message)

    def is_busy(self) -> bool:
        return self.jobs.busy(self)
