"""One runner for all long work: unlock, import, export, bundles, printing, reports, purge.

The main window owns the only JobRunner; no widget owns a thread. A screen asks for work
with `runner.start(owner, work, ...)`. `work(control)` runs on a worker thread and may call
`control.progress(done, total)`, which also raises `Cancelled` once a cancel was asked, so a
service that reports progress stops at its next step (its transaction rolls back, its files
are removed). Callbacks run on the UI thread, and only while the job is still wanted.

Errors are split once, here:
- a `StallappError` (something the user can fix) goes to `on_failed` with its message;
- an `OSError` (the disk, the folder, the stick) goes to `on_failed` with a message about
  the environment, never the path (a file name may hold what someone typed);
- anything else is a bug: it goes to `sys.excepthook`, which the app sets to the crash
  guard (type and place on stderr, one calm message on screen).

Lock, quit and page removal call `stop(owner)` / `stop_all()`: the jobs are cancelled and
waited for before anything is deleted, and a result that arrives after that is handed to
its `discard` callback (an opened vault is locked again) instead of the screen.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from stallapp.domain.errors import StallappError

T = TypeVar("T")
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Cancelled(Exception):
    """Raised inside a job's work once a cancel was asked; the job ends quietly."""


class JobControl:
    """What a job's work function gets: progress reports and the cancel flag."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if a cancel was asked (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raises Cancelled if a cancel was asked."""
        self.check()
        self._report(done, total, text)


def environment_message(exc: OSError) -> str:
    """What went wrong outside the app, without the file name (it may hold personal data)."""
    reason = exc.strerror or type(exc).__name__
    return QCoreApplication.translate(
        "JobRunner",
        "The disk or folder could not be used (%1). Check that it is still plugged in, "
        "has free space and may be written to, then try again.",
    ).replace("%1", reason)


@dataclass
class _Outcome:
    result: Any = None
    message: str | None = None  # a user-caused or environment failure
    bug: ExcInfo | None = None
    cancelled: bool = False


class _Worker(QThread):
    progressed = Signal(object, int, int, str)
    """(the Job, done, total, text), emitted on the worker thread, delivered on the UI thread"""
    ended = Signal(object)
    """(the Job), emitted as the last thing the worker thread does"""

    def __init__(self, job: Job[Any], work: Callable[[JobControl], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._job = job
        self._work = work
        self.control = JobControl(
            lambda done, total, text: self.progressed.emit(job, done, total, text)
        )
        self.outcome = _Outcome()

    def run(self) -> None:
        outcome = self.outcome
        try:
            outcome.result = self._work(self.control)
        except Cancelled:
            outcome.cancelled = True
        except StallappError as exc:
            outcome.message = exc.message
        except OSError as exc:
            outcome.message = environment_message(exc)
        except Exception as exc:  # a bug: reported by the crash guard on the UI thread
            outcome.bug = (type(exc), exc, exc.__traceback__)
        self.ended.emit(self._job)


@dataclass(eq=False)
class Job(Generic[T]):
    """A running piece of work. `cancel()` asks it to stop; callbacks then never run."""

    name: str
    owner: QObject
    on_done: Callable[[T], None] | None = None
    on_failed: Callable[[str], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    on_finished: Callable[[], None] | None = None
    discard: Callable[[T], None] | None = None
    worker: _Worker | None = field(default=None, repr=False)
    wanted: bool = True
    delivered: bool = False

    def cancel(self) -> None:
        """Stop wanting the result; the work stops at its next progress report."""
        self.wanted = False
        if self.worker is not None:
            self.worker.control.cancel()

    @property
    def running(self) -> bool:
        return not self.delivered


class JobRunner(QObject):
    """Runs jobs on worker threads and hands their outcomes back on the UI thread."""

    job_started = Signal(str)
    """A job of this name started."""
    job_ended = Signal(str)
    """A job of this name ended (done, failed, cancelled or stopped)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        report_bug: Callable[[type[BaseException], BaseException, TracebackType | None], None]
        | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs: list[Job[Any]] = []
        self._report_bug = report_bug

    def start(
        self,
        owner: QObject,
        name: str,
        work: Callable[[JobControl], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        discard: Callable[[T], None] | None = None,
    ) -> Job[T]:
        """Run `work(control)` on a worker thread. `owner` is the widget the result is for:
        stopping it (or an ancestor) cancels the job. `on_finished` runs after `on_done` or
        `on_failed` (and after a bug), so a screen can leave its busy state in one place."""
        job: Job[T] = Job(name, owner, on_done, on_failed, on_progress, on_finished, discard)
        worker = _Worker(job, work, self)
        job.worker = worker
        worker.progressed.connect(self._progress)
        worker.ended.connect(self._deliver)
        self._jobs.append(job)
        worker.start()
        self.job_started.emit(name)
        return job

    def jobs(self, owner: QObject | None = None) -> list[Job[Any]]:
        """Running jobs, all or those belonging to `owner` and its children."""
        return [j for j in self._jobs if owner is None or _belongs(j.owner, owner)]

    def busy(self, owner: QObject | None = None) -> bool:
        return bool(self.jobs(owner))

    def stop(self, owner: QObject) -> None:
        """Cancel the jobs of `owner` (and its children) and wait until they have ended."""
        self._stop(self.jobs(owner))

    def stop_all(self) -> None:
        self._stop(list(self._jobs))

    def _stop(self, jobs: list[Job[Any]]) -> None:
        for job in jobs:
            job.cancel()
        for job in jobs:
            self._deliver(job)  # waits for the worker thread to end

    @Slot(object, int, int, str)
    def _progress(self, job: Job[Any], done: int, total: int, text: str) -> None:
        if job.wanted and not job.delivered and job.on_progress is not None:
            job.on_progress(done, total, text)

    @Slot(object)
    def _deliver(self, job: Job[Any]) -> None:
        """Hand the outcome to the screen (UI thread); runs once per job."""
        if job.delivered:
            return
        worker = job.worker
        assert worker is not None
        worker.wait()  # `ended` is emitted at the very end of run(); this returns at once
        job.delivered = True
        self._jobs.remove(job)
        outcome = worker.outcome
        worker.deleteLater()
        job.worker = None
        try:
            if outcome.bug is not None:
                self._bug(outcome.bug)
                if job.wanted and job.on_finished is not None:
                    job.on_finished()
                return
            if not job.wanted or outcome.cancelled:
                if outcome.result is not None and job.discard is not None:
                    job.discard(outcome.result)
                return
            if outcome.message is not None:
                if job.on_failed is not None:
                    job.on_failed(outcome.message)
            elif job.on_done is not None:
                job.on_done(outcome.result)
            if job.on_finished is not None:
                job.on_finished()
        finally:
            self.job_ended.emit(job.name)

    def _bug(self, info: ExcInfo) -> None:
        hook = self._report_bug or sys.excepthook
        hook(*info)


def _belongs(candidate: QObject, owner: QObject) -> bool:
    """True if `owner` is `candidate` or one of its parents. Walks QObject parents, not
    QWidget.isAncestorOf, which stops at a window: a dialog opened from a page belongs to it."""
    node: QObject | None = candidate
    while node is not None:
        if node is owner:
            return True
        node = node.parent()
    return False
