"""A dialog around PdfPreview: look at the pages, then print or save them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from stallapp.ui.jobs import JobRunner
from stallapp.ui.organiser.pdf_preview import PdfPreview
from stallapp.ui.shared.screen_fit import bounded


class PdfPreviewDialog(QDialog):
    """Closing the dialog stops drawing the pages; a print or save already started goes on."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(jobs, self, suggested_name=suggested_name)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.finished.connect(lambda _result: self.preview.stop_drawing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close)
        self.preview.set_pdf(pdf)
        self.resize(bounded(self, QSize(720, 900)))
