"""The organiser screen: edit a petition, see warnings and a live top sheet, save, print.

Printing sheets and drawing a poster or flyer run as jobs on the window's runner, with a
progress bar and Cancel. The live top sheet stays on the UI thread: it is one page, measured
at about 20 ms to render and draw (0.13 s the first time, loading fonts), redrawn 300 ms
after the last edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import StallappError
from stallapp.domain.petition import Petition, load_petition, petition_from_dict
from stallapp.domain.petition_toml import to_toml
from stallapp.printing import flyers
from stallapp.printing import sheet_pdf as sheets
from stallapp.printing.raster import PdfPages
from stallapp.services.petition_check import Warning, check
from stallapp.system.paths import atomic_write
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.organiser.job_strip import JobStrip
from stallapp.ui.organiser.pdf_preview import to_qimage
from stallapp.ui.organiser.petition_form import PetitionForm
from stallapp.ui.organiser.preview_dialog import PdfPreviewDialog
from stallapp.ui.organiser.texts_editor import LanguageTextsEditor
from stallapp.ui.organiser.warning_texts import warning_text
from stallapp.ui.shared.scrolling import finger_scrolling

PREVIEW_SERIAL = "PREVIEW"
PREVIEW_DPI = 48
# (petition, number of sheets, paper, progress(done, total)) -> the PDF, with its serials
# registered in the vault. Runs on a worker thread; `progress` raises to cancel the run, and
# a cancelled run registers nothing.
PrintSheets = Callable[[Petition, int, str, Callable[[int, int], None]], bytes]


class OrganiserScreen(QWidget):
    petition_loaded = Signal(str)  # file name
    petition_saved = Signal(str)  # file name
    sheets_printed = Signal(int)  # number of sheets
    failed = Signal(str)

    def __init__(
        self,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        print_sheets: PrintSheets | None = None,
        show_dialogs: bool = True,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._print_sheets = print_sheets
        self._show_dialogs = show_dialogs
        self.preview_dialog: PdfPreviewDialog | None = None
        self.form = PetitionForm()
        self.texts = LanguageTextsEditor()
        editors = QWidget()
        column = QVBoxLayout(editors)
        column.addWidget(self.form)
        column.addWidget(self.texts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editors)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(240)
        finger_scrolling(scroll)
        self._editors = editors

        self.open_button = QPushButton(self.tr("Open…"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(240, 300)
        self.sheet_count = QSpinBox()
        self.sheet_count.setRange(1, sheets.MAX_SHEETS)
        self.sheet_count.setValue(10)
        self.sheet_count.setAccessibleName(self.tr("Number of sheets"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.print_button = QPushButton(self.tr("Print sheets…"))
        self.print_button.setEnabled(print_sheets is not None)
        self.flyer_format = QComboBox()
        flyer_names = {
            "a4-poster": self.tr("Poster (full page)"),
            "a5": self.tr("A5 flyer"),
            "a6-cards": self.tr("A6 cards, four to a page"),
        }
        for key in flyers.FORMATS:
            self.flyer_format.addItem(flyer_names[key], key)
        self.flyer_button = QPushButton(self.tr("Poster or flyer…"))
        self.job = JobStrip(jobs)
        self.job.failed.connect(self.failed)
        self.job.idle.connect(self.refresh)

        side = self._side = QWidget()
        right = QVBoxLayout(side)
        files = QHBoxLayout()
        files.addWidget(self.open_button)
        files.addWidget(self.save_button)
        right.addLayout(files)
        right.addWidget(QLabel(self.tr("Warnings")))
        right.addWidget(self.warnings, 1)
        right.addWidget(QLabel(self.tr("Top sheet preview")))
        right.addWidget(self.preview, 3)
        printing = QHBoxLayout()
        printing.addWidget(self.sheet_count)
        printing.addWidget(self.paper)
        printing.addWidget(self.print_button)
        right.addLayout(printing)
        flyer_row = QHBoxLayout()
        flyer_row.addWidget(self.flyer_format, 1)
        flyer_row.addWidget(self.flyer_button)
        right.addLayout(flyer_row)
        right.addWidget(self.job)

        splitter = self.splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.form.edited.connect(self._timer.start)
        self.texts.edited.connect(self._timer.start)
        self.paper.currentIndexChanged.connect(self._timer.start)
        self.open_button.clicked.connect(self._open_with_dialog)
        self.save_button.clicked.connect(self._save_with_dialog)
        self.print_button.clicked.connect(self.print_now)
        self.flyer_button.clicked.connect(self.show_flyer)
        self.refresh()

    # -- side by side when wide, the editor above the preview when narrow (portrait) ---------

    def _column_widths(self) -> tuple[int, int]:
        editor = self._editors.minimumSizeHint().width() + 24  # its scroll bar
        return editor, self._side.minimumSizeHint().width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        m = layout.contentsMargins() if layout is not None else QMargins()
        # Never wider than the wider column: a narrow screen gets the stacked layout instead.
        return QSize(max(self._column_widths()) + m.left() + m.right() + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        editor, side = self._column_widths()
        wide = event.size().width() >= editor + side + 40
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        super().resizeEvent(event)

    # -- the petition being edited --------------------------------------------------------------

    def definition(self) -> dict[str, Any]:
        return {**self.form.values(), **self.texts.values()}

    def current_petition(self) -> Petition:
        """The petition as edited; raises PetitionFileError naming the field to fix."""
        return petition_from_dict(self.definition())

    def set_petition(self, petition: Petition) -> None:
        self.form.set_petition(petition)
        self.texts.set_petition(petition)
        self.refresh()

    def warning_text(self, w: Warning) -> str:
        return warning_text(w, self.texts.table_label)

    def refresh(self) -> None:
        """Re-check the petition and redraw the top sheet preview."""
        self.warnings.clear()
        try:
            petition = self.current_petition()
        except StallappError as exc:
            self.warnings.addItem(self.tr("Incomplete: %1").replace("%1", exc.message))
            self.preview.setText(self.tr("The preview appears once the petition is complete."))
            self.save_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.flyer_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        self.flyer_button.setEnabled(bool(petition.online_url) and not self.is_busy())
        self.print_button.setEnabled(self._print_sheets is not None and not self.is_busy())
        found = check(petition)
        for w in found:
            self.warnings.addItem(self.warning_text(w))
        if not found:
            self.warnings.addItem(self.tr("No warnings: the petition is complete."))
        kind = sheets.kinds_for(petition, 1)[0]
        try:
            pdf = sheets.render(
                petition, [sheets.Sheet(PREVIEW_SERIAL, kind)], str(self.paper.currentData())
            ).pdf
        except StallappError as exc:
            self.warnings.addItem(exc.message)
            self.preview.setText(exc.message)
            self.print_button.setEnabled(False)
            return
        pages = PdfPages(pdf)
        try:
            image = to_qimage(pages.render(0, PREVIEW_DPI))
        finally:
            pages.close()
        self.preview.setPixmap(QPixmap.fromImage(image))

    # -- files ----------------------------------------------------------------------------------

    def load_file(self, path: Path) -> bool:
        try:
            petition = load_petition(path)
        except StallappError as exc:
            self.failed.emit(exc.message)
            return False
        self.set_petition(petition)
        self.petition_loaded.emit(path.name)
        return True

    def save_file(self, path: Path) -> bool:
        try:
            text = to_toml(self.current_petition())
            atomic_write(path, text.encode("utf-8"))
        except StallappError as exc:
            self.failed.emit(exc.message)
            return False
        except OSError as exc:
            self.failed.emit(
                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or "")
            )
            return False
        self.petition_saved.emit(path.name)
        return True

    def _open_with_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a petition"), "", self.tr("Petition files (*.toml)")
        )
        if path:
            self.load_file(Path(path))

    def _save_with_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the petition"), "petition.toml", self.tr("Petition files (*.toml)")
        )
        if path:
            self.save_file(Path(path))

    # -- printing (jobs) -------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self.job.busy()

    def _start(
        self,
        name: str,
        work: Callable[[JobControl], bytes],
        done: Callable[[bytes], None],
        text: str,
    ) -> None:
        self.print_button.setEnabled(False)
        self.flyer_button.setEnabled(False)
        self.job.start(name, work, done, text)

    def cancel(self) -> None:
        """Stop printing or drawing; nothing is registered and the buttons work again."""
        self.job.cancel()

    def _show_pdf(self, pdf: bytes, title: str, name: str) -> None:
        self.preview_dialog = PdfPreviewDialog(pdf, title, name, self.jobs, self)
        if self._show_dialogs:
            self.preview_dialog.open()

    def _checked_petition(self) -> Petition | None:
        """The edited petition, or None after saying what is wrong with it."""
        try:
            return self.current_petition()
        except StallappError as exc:
            self.job.say(exc.message)
            self.failed.emit(exc.message)
            return None

    def print_now(self) -> None:
        """Register and render the sheets as a job, then show them for printing or saving."""
        print_sheets = self._print_sheets
        if print_sheets is None or self.is_busy():
            return
        petition = self._checked_petition()
        if petition is None:
            return
        count, paper = self.sheet_count.value(), str(self.paper.currentData())

        def work(control: JobControl) -> bytes:
            return print_sheets(petition, count, paper, control.progress)

        def done(pdf: bytes) -> None:
            self.job.say(self.tr("%n sheet(s) printed and registered.", "", count))
            self.sheets_printed.emit(count)
            self._show_pdf(pdf, self.tr("Petition sheets"), "petition-sheets.pdf")

        self._start("print sheets", work, done, self.tr("Printing the sheets…"))

    def show_flyer(self) -> None:
        """A poster, A5 flyer or A6 cards for the online petition, drawn as a job."""
        if self.is_busy():
            return
        petition = self._checked_petition()
        if petition is None:
            return
        fmt, paper = str(self.flyer_format.currentData()), str(self.paper.currentData())

        def work(control: JobControl) -> bytes:
            control.check()
            pdf = flyers.render(petition, fmt, paper)  # one call, no steps to report
            control.check()
            return pdf

        def done(pdf: bytes) -> None:
            self.job.say("")
            self._show_pdf(pdf, self.tr("Poster or flyer"), f"{fmt}.pdf")

        self._start("flyer", work, done, self.tr("Drawing the poster or flyer…"))
