"""The stall's "Export batch" button: seal every new signature into a file, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from stallapp.domain.errors import StallappError
from stallapp.services.batch_export import Exported

ExportFn = Callable[[Path], Exported | None]


class _ExportWorker(QObject):
    finished = Signal(object)
    """The Exported result, or None when there was nothing new."""
    failed = Signal(str)

    def __init__(self, export: ExportFn, folder: Path) -> None:
        super().__init__()
        self._export = export
        self._folder = folder

    @Slot()
    def run(self) -> None:
        try:
            result = self._export(self._folder)
        except StallappError as exc:
            self.failed.emit(exc.message)
            return
        except OSError as exc:
            self.failed.emit(f"The batch could not be written ({exc.strerror}).")
            return
        except Exception:
            self.failed.emit("The export stopped because of an internal error.")
            return
        self.finished.emit(result)


class BatchExportPanel(QWidget):
    exported = Signal(str)
    """The path of the batch file written."""
    export_failed = Signal(str)

    def __init__(self, export: ExportFn, parent: QWidget | None = None) -> None:
        """`export` seals into a folder, e.g. functools.partial(export_batch, vault)."""
        super().__init__(parent)
        self._export = export
        self._thread: QThread | None = None
        self._worker: _ExportWorker | None = None
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

    def export_to(self, folder: Path) -> None:
        if self._thread is not None:
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Sealing the batch…"))
        thread = QThread(self)
        worker = _ExportWorker(self._export, folder)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._worker = None, None
        self.button.setEnabled(True)

    def _done(self, result: Exported | None) -> None:
        self._end()
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
        self._end()
        self.status.setText(message)
        self.export_failed.emit(message)
