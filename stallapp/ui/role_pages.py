"""Where the coordinator and organiser screens plug into the main window.

The contract for a screen package (stallapp.ui.coordinator, stallapp.ui.organiser): it
exposes `create_page(context: PageContext) -> QWidget`. Until a package provides that, the
window shows a PlaceholderPage that says what will be there.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from stallapp.storage.vault import Vault
from stallapp.ui.shared.i18n import Translations
from stallapp.ui.shared.style import set_role

# Page name -> the package that provides it.
ROLE_PACKAGES = {
    "coordinator": "stallapp.ui.coordinator",
    "organiser": "stallapp.ui.organiser",
}


@dataclass(frozen=True)
class PageContext:
    vault: Vault
    translations: Translations
    data_dir: Path
    lock: Callable[[], None]  # call to lock the app (e.g. from a Lock button)
    back: Callable[[], None]  # call to return to the page that opened this one
    open_page: Callable[[str], None] | None = None  # open another role page by name


def find_page_factory(name: str) -> Callable[[PageContext], QWidget] | None:
    try:
        module = importlib.import_module(ROLE_PACKAGES[name])
    except ImportError:
        return None
    factory = getattr(module, "create_page", None)
    return factory if callable(factory) else None


class PlaceholderPage(QWidget):
    """Stands in for a screen another part of the app provides (see the module docstring)."""

    lock_requested = Signal()
    back_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"{name}Placeholder")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        self.title = QLabel()
        set_role(self.title, "title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.lock = QPushButton()
        self.lock.setObjectName("lock")
        self.lock.clicked.connect(self.lock_requested)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.lock, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        if self.name == "coordinator":
            self.title.setText(self.tr("Coordinator"))
            self.text.setText(
                self.tr(
                    "The coordinator screens (import, merge, reports) are not in this build yet."
                )
            )
        else:
            self.title.setText(self.tr("Organiser tools"))
            self.text.setText(
                self.tr("The organiser screens (petitions, printing) are not in this build yet.")
            )
        self.back.setText(self.tr("Back"))
        self.lock.setText(self.tr("Lock"))
