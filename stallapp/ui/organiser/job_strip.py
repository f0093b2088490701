"""A progress bar, a status line and Cancel for the one job a screen runs at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from stallapp.ui.jobs import Job, JobControl, JobRunner
from stallapp.ui.shared.quiet_label import QuietLabel


class JobStrip(QWidget):
    """Starts a job on the window's runner and shows it: busy until the first progress report,
    then done/total; Cancel stops it at its next step and frees the screen at once."""

    failed = Signal(str)  # the job's readable message
    idle = Signal()  # the job ended (done, failed or cancelled): the screen is usable again

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._job: Job[Any] | None = None
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QuietLabel()  # takes no room while it has nothing to say
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_bar(False)

    def _show_bar(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self._fit()

    def say(self, text: str) -> None:
        """Show a line under the bar (empty: none)."""
        self.status.setText(text)
        self._fit()

    def _fit(self) -> None:
        # An idle strip with nothing to say takes no room (the screen must fit 768 px).
        wanted = self.progress.isVisibleTo(self) or bool(self.status.text())
        self.setVisible(wanted and self.parentWidget() is not None)  # never as its own window

    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def running(self) -> str | None:
        """The name of the job under way, if any."""
        return self._job.name if self.busy() and self._job is not None else None

    def start(
        self, name: str, work: Callable[[JobControl], Any], done: Callable[[Any], None], text: str
    ) -> None:
        self.progress.setRange(0, 0)
        self._show_bar(True)
        self.say(text)
        job = self.jobs.start(
            self,
            name,
            work,
            on_done=done,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            on_finished=self._finish,
        )
        # A strip inside a dialog is in another window, which the runner does not count as a
        # child of the page: if the strip goes first, its job must not call back into it.
        self.destroyed.connect(lambda _gone=None: job.cancel())
        self._job = job

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.say(message)
        self.failed.emit(message)

    def _finish(self) -> None:
        self._job = None
        self._show_bar(False)
        self.idle.emit()

    def cancel(self) -> None:
        """Stop the job; nothing it would have made is kept, and the screen is free now."""
        if self._job is None:
            return
        self._job.cancel()
        self._finish()
        self.say(self.tr("Cancelled."))
