"""The scan dialog: frames from pictures of real printed sheets go through the same decode,
match and return steps as camera frames, in a real vault; the camera's own sink drops frames
nobody asked for; without a camera or the extra, one clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from stallapp.domain.petition import Petition
from stallapp.services import sheet_scan
from stallapp.services.capture import CaptureService
from stallapp.services.sheet_scan import Seen, SheetScanner
from stallapp.services.sheet_tracking import SheetService
from stallapp.storage import sheet_records as sheet_store
from stallapp.ui.organiser.frame_sources import SinkFrameSource
from stallapp.ui.organiser.scan_controller import CAMERA_INTERVAL_MS, ScanController
from stallapp.ui.organiser.scan_dialog import ScanSheetsDialog
from stallapp.ui.organiser.sheets_panel import SheetsPanel
from tests.support.sheet_frames import blank_frame, camera_like, page_pngs, qr_frame

# Loading QtMultimedia, Qt looks for optional system libraries (PipeWire, VA-API) and warns
# when they are absent, and without a GPU it converts frames on the CPU: the test machine
# talking, not the app; so is the offscreen platform, which cannot raise a window. (Marked
# per test: a module mark would be hidden by the one tests/conftest.py puts on each ui test.)
MULTIMEDIA_NOISE = pytest.mark.qt_log_ignore(
    "propagateSizeHints", r"Couldn.t (load|resolve) ", "No RHI backend", r"support raise\(\)"
)


@pytest.fixture
def sheets(capture: CaptureService, sample_petition: Petition, tmp_path: Path):  # type: ignore[no-untyped-def]
    service = SheetService(capture.vault)
    serials = service.print_sheets(sample_petition.id, 2, out=tmp_path / "s.pdf").serials
    frames = [
        camera_like(p, tmp_path / f"cam-{i}.png")
        for i, p in enumerate(page_pngs(tmp_path / "s.pdf"))
    ]
    return service, serials, frames


def _record(service: SheetService, serial: str) -> sheet_store.SheetRecord:
    record = sheet_store.get(service.vault.conn, serial)
    assert record is not None
    return record


def test_pictures_are_read_one_by_one_and_counts_typed_mark_them_returned(
    qtbot, jobs, sheets, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    service, serials, frames = sheets
    dialog = ScanSheetsDialog(SheetScanner(service), jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    blank = blank_frame(tmp_path / "blank.png")
    web = qr_frame(tmp_path / "web.png", "https://example.org/sign")
    seen: list[Seen] = []
    dialog.controller.result_seen.connect(lambda r: seen.append(r.seen))
    with qtbot.waitSignal(dialog.controller.result_seen, timeout=20_000) as first:
        dialog.scan_images([frames[0], frames[0], blank, web, frames[1], frames[0]])
    assert first.args[0].serial == serials[0]
    assert serials[0] in dialog.serial.text() and serials[0] in dialog.status.text()
    assert dialog.mark.isEnabled() and dialog.count.maximum() == _record(service, serials[0]).rows
    qtbot.wait(50)  # a sheet waiting for its count stops the reading
    assert seen == [Seen.SHEET] and dialog.controller.frames_decoded == 1

    dialog.count.setValue(0)
    qtbot.keyClicks(dialog.count, "6")
    dialog.city.setText("Sheffield")
    # Returned; the same sheet still in view is passed over quietly; then the blank frame.
    with qtbot.waitSignal(dialog.controller.result_seen, timeout=20_000) as blank_seen:
        qtbot.keyClick(dialog.count, Qt.Key.Key_Return)
    assert _record(service, serials[0]).signature_count == 6
    assert _record(service, serials[0]).city == "Sheffield"
    assert blank_seen.args[0].seen is Seen.NO_CODE
    assert dialog.status.text() == "No sheet QR code was found in that picture."
    qtbot.waitUntil(lambda: seen[-1] is Seen.SHEET, timeout=20_000)
    assert seen[2:] == [Seen.FOREIGN_CODE, Seen.SHEET]
    assert dialog.controller.pending is not None and dialog.controller.pending.serial == serials[1]

    # A count larger than the sheet's rows cannot be typed; the sheet can be skipped.
    with qtbot.waitSignal(dialog.controller.result_seen, timeout=20_000) as again:
        qtbot.mouseClick(dialog.skip, Qt.MouseButton.LeftButton)
    assert _record(service, serials[1]).returned_at is None
    assert again.args[0].seen is Seen.ALREADY_RETURNED
    assert "already marked returned, with 6 signatures" in dialog.status.text()
    qtbot.waitUntil(lambda: "All the pictures" in dialog.tally.text(), timeout=20_000)
    assert "in this scan: 1" in dialog.tally.text()
    dialog.close()


def test_a_foreign_code_is_described_without_its_text(qtbot, jobs, sheets, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service, _serials, _frames = sheets
    dialog = ScanSheetsDialog(SheetScanner(service), jobs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.controller.result_seen, timeout=20_000):
        dialog.scan_images([qr_frame(tmp_path / "p.png", "Chan Tai Man SW1A 1AA")])
    assert "not a petition sheet code" in dialog.status.text()
    assert "Chan" not in dialog.status.text()
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture")
    dialog.scan_images([notes])
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=5_000)
    assert dialog.status.text() == "That file is not a picture that can be read."


@MULTIMEDIA_NOISE
def test_the_camera_sink_gives_only_frames_asked_for(qtbot, jobs, sheets) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink

    service, serials, frames = sheets
    sink = QVideoSink()
    source = SinkFrameSource(sink)
    ticks = [100.0]
    controller = ScanController(SheetScanner(service), jobs, clock=lambda: ticks[0])
    results: list[str] = []
    controller.result_seen.connect(lambda r: results.append(r.serial))
    image = QImage(str(frames[0]))

    def show_frames(n: int) -> None:  # a camera's frames: a new QVideoFrame each time
        for _ in range(n):
            sink.setVideoFrame(QVideoFrame(image))

    show_frames(3)  # before scanning: nobody asked, nothing is converted
    assert source.frames_seen == 3 and source.frames_taken == 0

    controller.run(source)
    assert controller.min_interval_ms == CAMERA_INTERVAL_MS
    qtbot.waitUntil(lambda: source._wanted, timeout=5_000)
    started: list[str] = []
    jobs.job_started.connect(started.append)
    show_frames(5)  # one is taken; the rest arrive while it is decoded and are dropped
    assert source.frames_taken == 1
    source.frame_arrived.emit(image)  # even a frame pushed while busy is not decoded
    assert started == ["scan sheets"]
    qtbot.waitUntil(lambda: results == [serials[0]], timeout=20_000)
    show_frames(5)  # the sheet waits for its count: still nothing is taken
    source.frame_arrived.emit(image)
    assert source.frames_taken == 1 and started == ["scan sheets"]
    assert controller.frames_decoded == 1

    # After the count, the next frame is asked for no sooner than the interval after the
    # last decode began (the clock has not moved, so the timer waits the whole interval).
    assert controller.confirm(2)
    assert controller._timer.isActive()
    assert controller._timer.remainingTime() > CAMERA_INTERVAL_MS // 2
    controller.stop()
    assert not source._wanted


@MULTIMEDIA_NOISE
def test_no_camera_gives_its_message(qtbot, jobs, sheets) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    service, _serials, _frames = sheets
    dialog = ScanSheetsDialog(SheetScanner(service), jobs)
    qtbot.addWidget(dialog)
    assert not dialog.start_camera()
    assert dialog.status.text().startswith("No camera was found.")
    assert not dialog.controller.running


@MULTIMEDIA_NOISE
def test_the_panel_opens_the_scanner_or_says_the_extra_is_missing(
    qtbot, jobs, sheets, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    service, _serials, _frames = sheets
    panel = SheetsPanel(service, jobs)
    qtbot.addWidget(panel)
    assert not panel.scan.isHidden()
    qtbot.mouseClick(panel.scan, Qt.MouseButton.LeftButton)
    dialog = panel.scan_dialog
    assert isinstance(dialog, ScanSheetsDialog) and dialog.isVisible()
    panel.open_scanner()  # again while it is open: the same scanner, not a second camera
    assert panel.scan_dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: panel.scan_dialog is None, timeout=5_000)  # deleted on close
    assert SheetsPanel(service).scan.isHidden()  # no job runner: no scanning

    monkeypatch.setattr(sheet_scan, "scanning_available", lambda: False)
    qtbot.mouseClick(panel.scan, Qt.MouseButton.LeftButton)
    assert panel.scan_dialog is None
    assert "camera extra" in panel.message.text()


@MULTIMEDIA_NOISE
def test_a_returned_scan_refreshes_the_panel(qtbot, jobs, sheets) -> None:  # type: ignore[no-untyped-def]
    service, serials, frames = sheets
    panel = SheetsPanel(service, jobs)
    qtbot.addWidget(panel)
    panel.open_scanner()
    dialog = panel.scan_dialog
    assert isinstance(dialog, ScanSheetsDialog)
    with qtbot.waitSignal(dialog.controller.result_seen, timeout=20_000):
        dialog.scan_images([frames[1]])
    with qtbot.waitSignal(panel.sheet_returned, timeout=5_000) as returned:
        qtbot.mouseClick(dialog.mark, Qt.MouseButton.LeftButton)
    assert returned.args == [serials[1]]
    assert "back: 1" in panel.summary.text()
    dialog.close()


def test_start_up_and_the_sheets_panel_do_not_load_the_camera_libraries() -> None:
    code = (
        "import sys\n"
        "import stallapp.ui.app, stallapp.ui.main_window, stallapp.ui.organiser.page\n"
        "import stallapp.ui.organiser.scan_dialog\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6.QtMultimedia', 'zxingcpp'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
