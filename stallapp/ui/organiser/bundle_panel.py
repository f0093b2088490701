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
        self.names = QLineEdit()
        self.names.setReadOnly(True)
        self.names.setMinimumWidth(60)
        self.names.setPlaceholderText(self.tr("optional"))
        self.names.setAccessibleName(self.tr("Area names (CSV, optional)"))
        self.names_button = QPushButton(self.tr("Choose…"))
        self.area_names: tuple[Path, ...] = ()
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
        row = QHBoxLayout()
        row.addWidget(self.names, 1)
        row.addWidget(self.names_button)
        form.addRow(self.tr("Area names (CSV)"), row)
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
        self.names_button.clicked.connect(self._choose_names)
        self.folder_button.clicked.connect(self._choose_folder)
        self.generate.clicked.connect(self.start)

    def _choose_lookup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Postcode lookup"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.lookup.setText(path)

    def _choose_names(self) -> None:
        """The names and codes files of the same ONS download (constituencies, wards), so
        that a constituency can be chosen by its name, not only its code."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Area names and codes"), "", self.tr("CSV files (*.csv)")
        )
        if paths:
            self.set_area_names([Path(p) for p in paths])

    def set_area_names(self, paths: list[Path]) -> None:
        self.area_names = tuple(paths)
        self.names.setText("; ".join(p.name for p in paths))

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
            area_names=self.area_names,
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
