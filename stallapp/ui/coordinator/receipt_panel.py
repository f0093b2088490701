"""The coordinator's "Write import receipts" button: one signed receipt per stall device,
listing the batches imported from it, written to the stick as a job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from stallapp.services.receipt_writer import WrittenReceipt
from stallapp.ui.jobs import JobRunner

WriteFn = Callable[[Path], list[WrittenReceipt]]


class ReceiptWriterPanel(QWidget):
    receipts_written = Signal(int)
    """How many receipt files were written."""

    def __init__(self, write: WriteFn, jobs: JobRunner, parent: QWidget | None = None) -> None:
        """`write` writes the receipts into a folder, e.g. CoordinatorService.write_receipts."""
        super().__init__(parent)
        self.setObjectName("receiptWriter")
        self._write = write
        self._jobs = jobs
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Write import receipts for the stalls…"))
        self.button.clicked.connect(self._choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if folder:
            self.write_to(Path(folder))

    def write_to(self, folder: Path) -> None:
        if self._jobs.busy(self):
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Writing receipts…"))
        write = self._write
        self._jobs.start(
            self,
            "write receipts",
            lambda _control: write(folder),
            on_done=self._done,
            on_failed=self.status.setText,
            on_finished=lambda: self.button.setEnabled(True),
        )

    def _done(self, written: list[WrittenReceipt]) -> None:
        self.status.setText(
            self.tr(
                "Wrote %1 import receipt(s), one per stall device. Each stall loads its own "
                "from the stick."
            ).replace("%1", str(len(written)))
        )
        self.receipts_written.emit(len(written))
