"""Where the coordinator and organiser screens plug into the main window.

A screen package (stallapp.ui.coordinator, stallapp.ui.organiser) exposes
`create_page(context: PageContext) -> QWidget`. Packages are imported when first opened, so a
stall that never opens them never loads their code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QWidget

from stallapp.services.session import Session
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.i18n import Translations

# Page name -> the package that provides it.
ROLE_PACKAGES = {
    "coordinator": "stallapp.ui.coordinator",
    "organiser": "stallapp.ui.organiser",
}


@dataclass(frozen=True)
class PageContext:
    session: Session  # the unlocked vault's services
    jobs: JobRunner  # runs every long piece of work; the page owns none
    translations: Translations
    data_dir: Path
    lock: Callable[[], None]  # call to lock the app (e.g. from a Lock button)
    back: Callable[[], None]  # call to return to the page that opened this one
    open_page: Callable[[str], None] | None = None  # open another role page by name


PageFactory = Callable[[PageContext], QWidget]


def find_page_factory(name: str) -> PageFactory:
    module = importlib.import_module(ROLE_PACKAGES[name])
    return cast(PageFactory, module.create_page)
