"""The coordinator page of the main window: the CoordinatorView with a header of its own.

The view sets its labels once, so the page rebuilds it when the language changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stallapp.ui.coordinator.coordinator_view import CoordinatorView
from stallapp.ui.role_pages import PageContext
from stallapp.ui.shared.scrolling import VerticalScrollArea
from stallapp.ui.shared.style import set_role
from stallapp.ui.shared.vault_menu import VaultMenuButton


class CoordinatorPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorPage")
        self.context = context
        self.service = context.session.coordination
        self.title = QLabel()
        set_role(self.title, "title")
        self.organiser = QPushButton()
        self.organiser.setObjectName("organiserTools")
        self.organiser.clicked.connect(self._open_organiser)
        self.organiser.setVisible(context.open_page is not None)
        self.lock = QPushButton()
        self.lock.setObjectName("lock")
        self.lock.clicked.connect(lambda: context.lock())
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.organiser)
        header.addWidget(VaultMenuButton(context.session, context.jobs))
        header.addWidget(self.lock)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.addLayout(header)
        self.view: CoordinatorView | None = None
        self._scroll: VerticalScrollArea | None = None
        self._build()
        context.translations.language_changed.connect(self._language_changed)

    def _language_changed(self, _lang: str) -> None:
        if not self.context.session.is_locked:  # a locked session's page is about to go
            self._build()

    def _build(self) -> None:
        if self.view is not None and (self.view.importing or self.view.withdrawal.busy):
            return  # never interrupt an import or a purge; labels catch up on the next switch
        self.title.setText(self.tr("Coordinator"))
        self.organiser.setText(self.tr("Organiser tools"))
        self.lock.setText(self.tr("Lock"))
        if self.view is not None:
            self.context.jobs.stop(self.view)  # a refresh in flight is not wanted any more
            self.view.deleteLater()
        self.view = CoordinatorView(
            self.service, self.context.session.withdrawal, self.context.jobs
        )
        self.view.devices.set_revocation(self.context.session.revocation)
        # The view scrolls up and down on a short screen (a laptop at 1.5x, a maximised
        # window under a title bar); its own layout stacks its columns on a narrow one.
        if self._scroll is not None:
            self._layout.removeWidget(self._scroll)
            self._scroll.deleteLater()
        self._scroll = VerticalScrollArea(self.view)
        self._layout.addWidget(self._scroll, 1)

    def _open_organiser(self) -> None:
        if self.context.open_page is not None:
            self.context.open_page("organiser")


def create_page(context: PageContext) -> QWidget:
    return CoordinatorPage(context)
