"""The stall's "Export batch" button: seal every new signature into a file, as a job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from stallapp.services.batch_export import Exported
from stallapp.ui.jobs import JobRunner

ExportFn = Callable[[Path], Exported | None]


class BatchExportPanel(QWidget):
    exported = Signal(str)
    """The path of the batch file written."""
    export_failed = Signal(str)

    def __init__(self, export: ExportFn, jobs: JobRunner, parent: QWidget | None = None) -> None:
        """`export` seals into a folder, e.g. StallLink.export_batch; `jobs` runs it."""
        super().__init__(parent)
        self._export = export
        self._jobs = jobs
        layout = QHBoxLayout(self)
        self.button = QPushButton(self.tr("Export batch for the coordinator…"))
        self.button.clicked.connect(self._choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if folder:
            self.export_to(Path(folder))

    @property
    def busy(self) -> bool:
        return self._jobs.busy(self)

    def export_to(self, folder: Path) -> None:
        if self.busy:
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Sealing the batch…"))
        export = self._export
        self._jobs.start(
            self,
            "export batch",
            lambda _control: export(folder),
            on_done=self._done,
            on_failed=self._failed,
            on_finished=lambda: self.button.setEnabled(True),
        )

    def _done(self, result: Exported | None) -> None:
        if result is None:
            self.status.setText(self.tr("Nothing new to export."))
            return
        self.status.setText(
            self.tr("Wrote %1 signature(s) to %2")
            .replace("%1", str(result.record_count))
            .replace("%2", result.path.name)
        )
        self.exported.emit(str(result.path))

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.export_failed.emit(message)
