"""A preview of a PDF's pages, with Print (the system print dialog) and Save PDF.

Drawing the pages (pdfium), printing them and saving the file run as jobs on the window's
runner, page by page, so a long PDF neither freezes the window nor outlives a Lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stallapp.printing.raster import PageImage, PdfPages
from stallapp.system.paths import atomic_write
from stallapp.ui.jobs import Cancelled, JobControl, JobRunner
from stallapp.ui.organiser.job_strip import JobStrip

PREVIEW_DPI = 60
PRINT_DPI_MAX = 300


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object goes away


def rasterise(data: bytes, dpi: float, control: JobControl) -> list[QImage]:
    """Every page as an image, reporting each page (runs on a worker thread)."""
    pages = PdfPages(data)
    try:
        count = len(pages)
        images = []
        for index in range(count):
            control.progress(index, count)
            images.append(to_qimage(pages.render(index, dpi)))
        control.progress(count, count)
        return images
    finally:
        pages.close()


def print_pages(data: bytes, printer: QPrinter, control: JobControl) -> int | None:
    """Draw every page onto the printer, fitted to its page (a worker thread may paint on a
    QPrinter). Returns the page count, or None if the printer could not be started."""
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    pages = PdfPages(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return None
        count = len(pages)
        try:
            for index in range(count):
                control.progress(index, count)
                if index:
                    printer.newPage()
                image = to_qimage(pages.render(index, dpi))
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), scaled.width(), scaled.height()), image)
        except Cancelled:
            printer.abort()
            raise
        finally:
            painter.end()
        return count
    finally:
        pages.close()


class PdfPreview(QWidget):
    """Shows every page; prints through QPrintDialog or saves the PDF as it is."""

    shown = Signal(int)  # pages drawn on screen
    saved = Signal(str)  # the file name written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # a readable message

    def __init__(
        self,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        suggested_name: str = "stallapp.pdf",
        ask_save_path: Callable[[QWidget, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._pdf = b""
        self._count = 0
        self._suggested = suggested_name
        self._ask_save_path = ask_save_path or self._default_save_path
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._scroll.setWidget(self._body)
        self.info = QLabel()
        self.job = JobStrip(jobs)
        self.job.failed.connect(self._on_failed)
        self.job.idle.connect(self._idle)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.job, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    # -- the job this preview runs (one at a time) --------------------------------------------

    def is_busy(self) -> bool:
        return self.job.busy()

    def _run(
        self, name: str, work: Callable[[JobControl], object], done: Callable[[object], None]
    ) -> None:
        self._set_enabled(False)
        self.job.start(name, work, done, "")

    def _on_failed(self, message: str) -> None:
        if not self._count:
            self.info.setText("")
        self.failed.emit(message)

    def _idle(self) -> None:
        self._set_enabled(self._count > 0)

    def stop_drawing(self) -> None:
        """Cancel drawing the pages (nobody is looking any more); a print or save goes on."""
        if self.job.running() == "preview":
            self.job.cancel()

    def cancel(self) -> None:
        self.job.cancel()

    # -- showing ------------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show this PDF; its pages are drawn by a job. A file that is not a readable PDF is
        reported through `failed`."""
        self.job.cancel()
        while self._column.count():
            item = self._column.takeAt(0)
            gone = item.widget() if item is not None else None
            if gone is not None:
                gone.deleteLater()
        self._pdf, self._count = b"", 0
        self.info.setText(self.tr("Drawing the pages…"))

        def shown(images: object) -> None:
            assert isinstance(images, list)
            for image in images:
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(image))
                label.setFrameShape(QLabel.Shape.Box)
                self._column.addWidget(label)
            self._pdf, self._count = data, len(images)
            self.info.setText(self.tr("%n page(s)", "", self._count))
            self.shown.emit(self._count)

        self._run("preview", lambda control: rasterise(data, PREVIEW_DPI, control), shown)

    def page_count(self) -> int:
        return self._count

    # -- printing ---------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page onto the printer as a job; `printed` says how many went."""
        if not self._count or self.is_busy():
            return
        data = self._pdf

        def sent(count: object) -> None:
            if count is None:
                self.failed.emit(self.tr("The printer could not be started."))
            else:
                assert isinstance(count, int)
                self.printed.emit(count)

        self._run("print", lambda control: print_pages(data, printer, control), sent)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    # -- saving -----------------------------------------------------------------------------

    def _default_save_path(self, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        return str(path)

    def save_to(self, path: Path) -> None:
        """Write the PDF (atomically: the whole file or none) as a job."""
        if not self._count or self.is_busy():
            return
        data = self._pdf

        def write(control: JobControl) -> str:
            control.check()
            atomic_write(path, data)
            return path.name

        def written(name: object) -> None:
            self.saved.emit(str(name))

        self._run("save pdf", write, written)

    def save_with_dialog(self) -> None:
        chosen = self._ask_save_path(self, self._suggested)
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_suffix(".pdf")
            self.save_to(path)
