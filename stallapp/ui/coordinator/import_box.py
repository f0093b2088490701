"""The coordinator's import controls: drop zone, Choose files…, progress and Cancel, one line
per file handled, the status and missing-batch lines, and the receipt writer. The view owns
what they do (coordinator_view.py); this holds how they sit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stallapp.ui.coordinator.drop_zone import DropZone
from stallapp.ui.coordinator.receipt_panel import ReceiptWriterPanel
from stallapp.ui.shared.quiet_label import QuietLabel


class ImportBox(QGroupBox):
    def __init__(self, receipt_writer: ReceiptWriterPanel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import sealed batches"), parent)
        inner = QVBoxLayout(self)
        self.drop_zone = DropZone()
        inner.addWidget(self.drop_zone)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose files…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        row.addWidget(self.choose_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        inner.addLayout(row)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Import results"))
        self.results.setMaximumHeight(140)
        self.results.setWordWrap(True)
        inner.addWidget(self.results)
        self.status = QuietLabel()
        inner.addWidget(self.status)
        self.gap_label = QuietLabel()
        self.gap_label.setStyleSheet("color: #a04000;")
        inner.addWidget(self.gap_label)
        self.receipt_writer = receipt_writer
        inner.addWidget(receipt_writer)
