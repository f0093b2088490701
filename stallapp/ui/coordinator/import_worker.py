"""Importing batch files off the UI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from stallapp.domain.errors import StallappError
from stallapp.services.coordination import CoordinatorService


class ImportWorker(QObject):
    progressed = Signal(int, int, str)
    """(files done, files in all, one result line for the file just done)"""
    finished = Signal(int, bool)
    """(files done, True if cancelled before the end)"""
    failed = Signal(str)
    """A readable one-line message; nothing was written for the failing file."""

    def __init__(self, service: CoordinatorService, paths: list[Path]) -> None:
        super().__init__()
        self._service = service
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            done = self._service.import_files(
                self._paths,
                lambda i, n, line: self.progressed.emit(i, n, line),
                self._cancel.is_set,
            )
        except StallappError as exc:
            self.failed.emit(exc.message)
            return
        except Exception:  # a bug: say so plainly, never show a traceback
            self.failed.emit("The import stopped because of an internal error.")
            return
        self.finished.emit(len(done), self._cancel.is_set())
