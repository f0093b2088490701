"""The scanning loop: ask a source for a frame, decode it on a worker, say what it shows.

Whatever the source (camera or pictures), each frame goes the same way: the window's
JobRunner decodes it off the UI thread (services/sheet_scan.py, zxing-cpp), the vault says
what the code is (`SheetScanner.identify`, one short read), and a sheet still out waits for
the organiser's count (`confirm`) or a `skip` before the next frame is asked for. Frames are
asked for one at a time and no sooner than `min_interval_ms` after the last decode began,
so a camera's other frames are dropped unconverted: the decode rate stays a few a second
and the UI thread is never held up.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from stallapp.domain.errors import StallappError
from stallapp.services.sheet_scan import ScanResult, Seen, SheetScanner
from stallapp.ui.jobs import JobControl, JobRunner
from stallapp.ui.organiser.frame_sources import FrameSource, to_gray

CAMERA_INTERVAL_MS = 250  # at most four decodes a second from a camera


class ScanController(QObject):
    result_seen = Signal(object)
    """A decoded frame's ScanResult (a quiet repeat of the sheet just handled is not sent)."""
    sheet_returned = Signal(str)
    """The serial of a sheet just marked returned."""
    return_failed = Signal(str)
    """Marking the waiting sheet returned was refused (the message); it still waits."""
    scan_failed = Signal(str)
    """Decoding or the source failed (the message); scanning has stopped."""
    source_ended = Signal()
    """The source has no more frames (the last picture was read)."""

    def __init__(
        self,
        scanner: SheetScanner,
        jobs: JobRunner,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.jobs = jobs
        self.clock = clock
        self.source: FrameSource | None = None
        self.min_interval_ms = 0
        self.pending: ScanResult | None = None  # a sheet waiting for its count
        self.frames_decoded = 0
        self._busy = False
        self._running = False
        self._last_start = float("-inf")
        self._quiet_serial = ""  # the sheet just returned or skipped, still in view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._request)

    # -- the source ------------------------------------------------------------------------

    def run(self, source: FrameSource) -> None:
        """Scan frames from `source` (replacing any earlier one) until stopped or ended."""
        self.stop()
        self.source = source
        self.min_interval_ms = CAMERA_INTERVAL_MS if source.continuous else 0
        source.frame_arrived.connect(self._frame)
        source.ended.connect(self._ended)
        source.failed.connect(self._failed)
        self._running = True
        source.start()
        self._ask()

    def stop(self) -> None:
        """Stop asking for frames and wait for a decode under way (its result is dropped)."""
        self._running = False
        self._timer.stop()
        self.jobs.stop(self)
        self._busy = False
        if self.source is not None:
            self.source.stop()
            self.source.frame_arrived.disconnect(self._frame)
            self.source.ended.disconnect(self._ended)
            self.source.failed.disconnect(self._failed)
            self.source = None

    @property
    def running(self) -> bool:
        return self._running

    def _ask(self) -> None:
        if not self._running or self._busy or self.pending is not None:
            return
        elapsed_ms = (self.clock() - self._last_start) * 1000
        self._timer.start(int(max(0.0, self.min_interval_ms - elapsed_ms)))

    def _request(self) -> None:
        if self._running and self.source is not None and not self._busy:
            self.source.request_frame()

    def _frame(self, image: QImage) -> None:
        if not self._running or self._busy or self.pending is not None:
            return  # not asked for: dropped
        self._busy = True
        self._last_start = self.clock()
        scanner = self.scanner

        def work(control: JobControl) -> list[str]:
            control.check()
            return scanner.decode(to_gray(image))

        self.jobs.start(
            self,
            "scan sheets",
            work,
            on_done=self._decoded,
            on_failed=self._failed,
            on_finished=self._finished,
        )

    def _decoded(self, payloads: list[str]) -> None:
        self.frames_decoded += 1
        try:
            result = self.scanner.identify(payloads)
        except StallappError as exc:
            self._failed(exc.message)
            return
        if result.serial and result.serial == self._quiet_serial:
            return  # the sheet just handled, still held up
        self._quiet_serial = ""
        if result.seen is Seen.SHEET:
            self.pending = result
        self.result_seen.emit(result)

    def _finished(self) -> None:
        self._busy = False
        self._ask()

    def _ended(self) -> None:
        self._running = False
        self.source_ended.emit()

    def _failed(self, message: str) -> None:
        self.stop()
        self.scan_failed.emit(message)

    # -- the organiser's answer ----------------------------------------------------------------

    def confirm(self, count: int, city: str | None = None) -> bool:
        """Mark the waiting sheet returned with `count`; then the next frame is asked for."""
        pending = self.pending
        if pending is None:
            return False
        try:
            record = self.scanner.mark_returned(pending.serial, count, city=city)
        except StallappError as exc:
            self.return_failed.emit(exc.message)
            return False
        self._next(record.serial)
        self.sheet_returned.emit(record.serial)
        return True

    def skip(self) -> None:
        """Leave the waiting sheet out (not returned) and go on to the next."""
        if self.pending is not None:
            self._next(self.pending.serial)

    def _next(self, serial: str) -> None:
        self.pending = None
        self._quiet_serial = serial
        self._ask()
