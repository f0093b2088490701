"""A preview of a PDF's pages, with Print (the system print dialog) and Save PDF."""

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

from stallapp.domain.errors import StallappError
from stallapp.printing.raster import PageImage, PdfPages
from stallapp.system.paths import atomic_write

PREVIEW_DPI = 60
PRINT_DPI_MAX = 300


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object goes away


class PdfPreview(QWidget):
    """Shows every page; prints through QPrintDialog or saves the PDF as it is."""

    saved = Signal(str)  # the file name written
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # a readable message

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        suggested_name: str = "stallapp.pdf",
        ask_save_path: Callable[[QWidget, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
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
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def set_pdf(self, data: bytes) -> None:
        """Show this PDF. A file that is not a readable PDF is reported through `failed`."""
        while self._column.count():
            item = self._column.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._pdf, self._count = b"", 0
        try:
            pages = PdfPages(data)
        except StallappError as exc:
            self._set_enabled(False)
            self.info.setText("")
            self.failed.emit(exc.message)
            return
        try:
            for index in range(len(pages)):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(to_qimage(pages.render(index, PREVIEW_DPI))))
                label.setFrameShape(QLabel.Shape.Box)
                self._column.addWidget(label)
            self._pdf, self._count = data, len(pages)
        finally:
            pages.close()
        self.info.setText(self.tr("%n page(s)", "", self._count))
        self._set_enabled(True)

    def page_count(self) -> int:
        return self._count

    # -- printing ---------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page onto the printer, fitted to its page; returns the page count."""
        if not self._count:
            return 0
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            self.failed.emit(self.tr("The printer could not be started."))
            return 0
        pages = PdfPages(self._pdf)
        try:
            for index in range(self._count):
                if index:
                    printer.newPage()
                image = to_qimage(pages.render(index, dpi))
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x(), area.y(), scaled.width(), scaled.height())
                painter.drawImage(target, image)
        finally:
            painter.end()
            pages.close()
        self.printed.emit(self._count)
        return self._count

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
        try:
            atomic_write(path, self._pdf)
        except OSError as exc:
            self.failed.emit(
                self.tr("The PDF could not be saved: %1").replace("%1", exc.strerror or "")
            )
            return
        self.saved.emit(path.name)

    def save_with_dialog(self) -> None:
        chosen = self._ask_save_path(self, self._suggested)
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_suffix(".pdf")
            self.save_to(path)
