"""The organiser page of the main window: petition editor, paper sheets and bundles.

It wraps the standalone screens (OrganiserScreen, SheetsPanel, BundlePanel) in tabs, gives
them the unlocked vault's services, and rebuilds them when the language changes (their
labels are set once, in their constructors).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.petition import Petition
from stallapp.ui.organiser.bundle_panel import BundlePanel
from stallapp.ui.organiser.organiser_screen import OrganiserScreen, PrintSheets
from stallapp.ui.organiser.sheets_panel import SheetsPanel
from stallapp.ui.role_pages import PageContext
from stallapp.ui.shared.scrolling import VerticalScrollArea
from stallapp.ui.shared.style import set_role


class OrganiserPage(QWidget):
    """Tabs: the petition (edit, preview, print), paper sheets, and submission bundles."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiserPage")
        self.context = context
        self.capture = context.session.capture
        self.sheets = context.session.sheets
        self.title = QLabel()
        set_role(self.title, "title")
        self.back = QPushButton()
        self.back.clicked.connect(lambda: context.back())
        self.lock = QPushButton()
        self.lock.setObjectName("lock")
        self.lock.clicked.connect(lambda: context.lock())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back)
        header.addWidget(self.lock)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.editor: OrganiserScreen | None = None
        self.bundle_petition = QComboBox()
        self._build_tabs()
        context.translations.language_changed.connect(self._language_changed)

    # -- building ------------------------------------------------------------------------

    def _language_changed(self, _lang: str) -> None:
        if not self.context.session.is_locked:  # a locked session's page is about to go
            self._build_tabs()

    def _build_tabs(self) -> None:
        current = self.tabs.currentIndex()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                self.context.jobs.stop(widget)  # its print or bundle stops before it goes
                widget.deleteLater()
        self.title.setText(self.tr("Organiser tools"))
        self.back.setText(self.tr("Back"))
        self.lock.setText(self.tr("Lock"))
        self.editor = OrganiserScreen(self.context.jobs, print_sheets=self._sheet_printer())
        petitions = self.capture.petitions()
        if petitions:
            self.editor.set_petition(petitions[0])
        # Each tab scrolls up and down when the screen is shorter than it (a laptop at 1.5x).
        self.tabs.addTab(VerticalScrollArea(self.editor), self.tr("Petition and printing"))
        self.tabs.addTab(
            VerticalScrollArea(SheetsPanel(self.sheets, self.context.jobs)), self.tr("Paper sheets")
        )
        self.tabs.addTab(
            VerticalScrollArea(self._bundle_tab(petitions)), self.tr("Submission bundle")
        )
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def _bundle_tab(self, petitions: list[Petition]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if not petitions:
            note = QLabel(self.tr("Add a petition first: bundles are made per petition."))
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
            return tab
        self.bundle_petition = QComboBox()
        for petition in petitions:
            self.bundle_petition.addItem(petition.title.get("en"), petition.id)
        layout.addWidget(self.bundle_petition)
        holder = QVBoxLayout()
        layout.addLayout(holder, 1)

        def show(index: int) -> None:
            while holder.count():
                item = holder.takeAt(0)
                gone = item.widget() if item is not None else None
                if gone is not None:
                    self.context.jobs.stop(gone)
                    gone.deleteLater()
            petition = petitions[max(index, 0)]
            holder.addWidget(BundlePanel(self.context.session.bundles, self.context.jobs, petition))

        self.bundle_petition.currentIndexChanged.connect(show)
        show(0)
        return tab

    # -- services ------------------------------------------------------------------------

    def _sheet_printer(self) -> PrintSheets:
        """The work of the editor's print job (on a worker thread, so it holds services, not
        this page): save the edited petition into the vault, then print and register its
        sheets, reporting each sheet."""
        capture = self.capture
        sheets = self.sheets

        def print_sheets(
            petition: Petition, count: int, paper: str, progress: Callable[[int, int], None]
        ) -> bytes:
            capture.add_petition(petition)
            return sheets.print_sheets(petition.id, count, paper=paper, progress=progress).pdf

        return print_sheets


def create_page(context: PageContext) -> QWidget:
    return OrganiserPage(context)
