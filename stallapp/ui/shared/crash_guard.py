"""The last line of defence: an unexpected error becomes one calm message, never a traceback.

Installed as sys.excepthook by the app. The message on screen says what is safe (every
signature already acknowledged is committed) and what to do. On stderr we print only the
exception's type and where it was raised (file, line, function): never its message or any
value, which could hold what a signer typed.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from stallapp.ui.shared.clipboard import clear_clipboards

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """`TypeName at file.py:123 in function` for the innermost frame: no values, no text."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return exc_type.__name__
    last = frames[-1]
    name = last.filename.replace("\\", "/").rsplit("/", 1)[-1]
    return f"{exc_type.__name__} at {name}:{last.lineno} in {last.name}"


def message_text() -> str:
    return QCoreApplication.translate(
        "CrashGuard",
        "Something unexpected went wrong. Every signature that was confirmed is saved and "
        "encrypted. Please lock the app, close it and open it again; if this happens again, "
        "tell your coordinator what you were doing.",
    )


def install(show: Callable[[str], None] | None = None) -> Hook:
    """Replace sys.excepthook; returns the previous hook (for tests to restore)."""
    previous = sys.excepthook

    def show_box(text: str) -> None:
        if QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, "stallapp", text)
            box.exec()

    display = show or show_box

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        sys.stderr.write(f"stallapp: unexpected error: {describe(exc_type, tb)}\n")
        clear_clipboards()  # whatever a signer had selected goes before anything else
        display(message_text())

    sys.excepthook = hook
    return previous
