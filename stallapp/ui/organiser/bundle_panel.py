"""The coordinator's submission bundle form: recipient, minimisation, folder, progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread, Signal
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

from stallapp.domain.constituency import ConstituencyLookup
from stallapp.domain.errors import StallappError
from stallapp.domain.petition import Petition
from stallapp.printing import bundle
from stallapp.printing.bundle import BundleResult
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.services import bundle_rows as bundle_source
from stallapp.storage.vault import Vault
from stallapp.ui.organiser.bundle_worker import BundleWorker


class BundlePanel(QWidget):
    """Builds a bundle for one petition; the PDF rendering runs in a worker thread."""

    bundle_written = Signal(str)  # the folder's name
    bundle_failed = Signal(str)

    def __init__(self, vault: Vault, petition: Petition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.petition = petition
        self._thread: QThread | None = None
        self._worker: BundleWorker | None = None
        self.recipient = QLineEdit()
        self.constituency = QLineEdit()
        self.lookup = QLineEdit()
        self.lookup_button = QPushButton(self.tr("Choose…"))
        self.omit_street = QCheckBox(self.tr("Leave out street address lines (keep postcodes)"))
        self.folder = QLineEdit()
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
        self.generate.setEnabled(True)
        self.bundle_failed.emit(message)

    def start(self) -> None:
        """Check the form, read the rows here, then render and write in a worker thread."""
        if self._thread is not None:
            return
        constituency = " ".join(self.constituency.text().split()) or None
        try:
            recipient = bundle.clean_recipient(self.recipient.text())
            if not self.folder.text().strip():
                raise StallappError(self.tr("Choose an empty folder for the bundle."))
            lookup = None
            if self.lookup.text().strip():
                lookup = ConstituencyLookup.load(Path(self.lookup.text().strip()))
            elif constituency:
                raise StallappError(
                    self.tr("To choose a constituency, give a postcode lookup file too.")
                )
            rows = bundle_source.select(
                bundle_source.load_rows(self.vault, self.petition.id),
                lookup,
                constituency,
                self.omit_street.isChecked(),
            )
        except StallappError as exc:
            self._fail(exc.message)
            return
        info = BundleInfo(
            petition=self.petition,
            recipient=recipient,
            constituency=constituency,
            today=date.today().isoformat(),
            cover_template=bundle.default_template(),
        )
        self.generate.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the bundle…"))
        self._thread = QThread(self)
        self._worker = BundleWorker(info, rows, Path(self.folder.text().strip()))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.bundle_written.connect(self._on_written)
        self._worker.bundle_failed.connect(self._on_failed)
        self._thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None

    def _on_written(self, result: BundleResult) -> None:
        self._stop_thread()
        bundle_source.record_written(self.vault, self.petition.id, result.count)
        self.generate.setEnabled(True)
        self.status.setText(self.tr("Wrote %n signature(s) to the folder.", "", result.count))
        self.bundle_written.emit(result.folder.name)

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._fail(message)

    def is_busy(self) -> bool:
        return self._thread is not None
