"""Lock and quit while the organiser's long jobs run: nothing crashes, the job stops, and
nothing half-made is left (no sheet registered without its PDF, no partial bundle folder).

Each test drives the real main window and the real job runner on a real worker thread. To be
sure the work is still running at Lock, the sheet and bundle tests hold their job inside the
real renderer: its progress callback keeps reporting one step until the runner cancels it.
The flyer is locked before any event could deliver it; the preview draws 200 pages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stallapp.domain.petition import load_petition
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from stallapp.ui.main_window import MainWindow
from stallapp.ui.organiser.bundle_panel import BundlePanel
from stallapp.ui.organiser.organiser_screen import OrganiserScreen
from stallapp.ui.organiser.preview_dialog import PdfPreviewDialog
from tests.support.kiosk_driver import unlock
from tests.support.vault_setup import PASSPHRASE
from tests.ui.organiser.test_organiser_page import open_organiser


def _wait(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QApplication.processEvents()
        time.sleep(0.002)


def _stop(window: MainWindow, how: str) -> None:
    if how == "lock":
        page = window.pages["organiser"]
        QTest.mouseClick(page.lock, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    else:
        window.shutdown()


def _assert_stopped(window: MainWindow) -> None:
    assert not window.jobs.busy()
    assert window.session is None
    assert window.current_page() == "unlock"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the pages go
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def _hold(progress: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """A progress callback that, once the work is under way, keeps reporting the same step
    until the runner cancels it (the report raises Cancelled): the job is surely running at
    Lock, inside the real renderer."""

    def held(done: int, total: int) -> None:
        progress(done, total)
        if done >= 1:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                time.sleep(0.005)
                progress(done, total)
            raise AssertionError("the job was never cancelled")

    return held


def _hold_sheets(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    sheets = window.session.sheets  # type: ignore[union-attr]
    real = sheets.print_sheets

    def print_sheets(
        petition_id: str, count: int, *, paper: str, progress: Callable[[int, int], None]
    ) -> object:
        return real(petition_id, count, paper=paper, progress=_hold(progress))

    monkeypatch.setattr(sheets, "print_sheets", print_sheets)


def _printed_sheets(folder: Path) -> int:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        from stallapp.services.sheet_tracking import SheetService

        return SheetService(vault).report().printed
    finally:
        vault.lock()


def _editor(window: MainWindow) -> OrganiserScreen:
    unlock(window)
    page = open_organiser(window)
    assert page.editor is not None
    return page.editor


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_stop_while_200_sheets_print(
    make_window, ready_folder: Path, how: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    editor = _editor(window)
    _hold_sheets(window, monkeypatch)
    editor.sheet_count.setValue(200)
    QTest.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    assert editor.job.cancel_button.isVisibleTo(editor)
    _wait(lambda: editor.job.progress.maximum() == 200 and editor.job.progress.value() >= 1)
    assert editor.job.progress.value() < 200 and window.jobs.busy()  # mid-render
    _stop(window, how)
    _assert_stopped(window)
    assert _printed_sheets(ready_folder) == 0  # cancelled before the serials were committed


def test_cancel_button_stops_printing_and_registers_nothing(
    make_window, ready_folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    editor = _editor(window)
    _hold_sheets(window, monkeypatch)  # the render waits at its first page: no race with Cancel
    editor.sheet_count.setValue(200)
    QTest.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    _wait(lambda: editor.job.progress.maximum() == 200 and editor.job.progress.value() >= 1)
    QTest.mouseClick(editor.job.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.job.status.text() == "Cancelled." and editor.print_button.isEnabled()
    _wait(lambda: not window.jobs.busy())
    assert editor.preview_dialog is None
    assert window.session is not None and window.session.sheets.report().printed == 0


def test_lock_while_a_flyer_renders(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    editor = _editor(window)
    editor.flyer_format.setCurrentIndex(editor.flyer_format.findData("a6-cards"))
    QTest.mouseClick(editor.flyer_button, Qt.MouseButton.LeftButton)
    # No event has been processed since the click, so the job cannot have been delivered:
    # its worker is rendering (or has just finished) when Lock cancels and waits for it.
    assert window.jobs.busy() and [j.name for j in window.jobs.jobs()] == ["flyer"]
    _stop(window, "lock")
    _assert_stopped(window)
    assert editor.preview_dialog is None  # the result was discarded, not shown


@pytest.mark.parametrize("how", ["lock", "quit"])
def test_stop_while_the_preview_rasterises(make_window, ready_folder: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    editor = _editor(window)
    editor.sheet_count.setValue(200)
    printed: list[int] = []
    editor.sheets_printed.connect(printed.append)
    QTest.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    _wait(lambda: printed == [200])
    # The sheets are registered; the dialog now draws 200 pages on a worker thread.
    assert editor.preview_dialog is not None
    preview = editor.preview_dialog.preview
    assert [j.name for j in window.jobs.jobs()] == ["preview"]
    assert preview.page_count() == 0
    _stop(window, how)
    _assert_stopped(window)
    assert _printed_sheets(ready_folder) == 200  # what was printed stays registered


@pytest.fixture
def signed_folder(tmp_path: Path) -> Path:
    """A locked rehearsal stall vault with the sample petition and 500 signatures."""
    folder = tmp_path / "stall"
    vault = Vault.create(
        folder,
        PASSPHRASE,
        role="stall",
        device_name="test laptop",
        rehearsal=True,
        cost=KdfCost.light(),
    )
    petition = load_petition(sample_petition_path())
    service = CaptureService(vault)
    service.add_petition(petition)
    event = service.add_event(city="Coventry", location="Broadgate", day=date.today().isoformat())
    rehearsal.generate(vault, petition, event.id, 500, seed=9)
    vault.lock()
    return folder


def test_lock_while_a_bundle_is_written(
    make_window, signed_folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(signed_folder)
    unlock(window)
    page = open_organiser(window)
    page.tabs.setCurrentIndex(2)
    tab = page.tabs.widget(2)
    assert tab is not None
    panels = tab.findChildren(BundlePanel)
    assert len(panels) == 1
    panel = panels[0]
    real_write = panel.service.write

    def write(request: object, progress: Callable[[int, int], None]) -> object:
        return real_write(request, _hold(progress))  # type: ignore[arg-type]

    monkeypatch.setattr(panel.service, "write", write)
    out = tmp_path / "bundle"
    panel.recipient.setText("A Member of Parliament")
    panel.folder.setText(str(out))
    QTest.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
    _wait(lambda: panel.progress.maximum() > 1 and panel.progress.value() >= 1)
    assert panel.progress.value() < panel.progress.maximum() and window.jobs.busy()
    _stop(window, "lock")
    _assert_stopped(window)
    assert not out.exists() or not any(out.iterdir())  # stopped mid-render: no file at all


def test_language_change_while_sheets_print(
    make_window, ready_folder: Path, translations, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The page rebuilds its tabs on a language change: the old editor's print job stops first."""
    window = make_window(ready_folder)
    editor = _editor(window)
    _hold_sheets(window, monkeypatch)
    editor.sheet_count.setValue(200)
    QTest.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    _wait(lambda: editor.job.progress.maximum() == 200 and editor.job.progress.value() >= 1)
    translations.set_language("zh-Hant")
    assert not window.jobs.busy()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    translations.set_language("en")
    assert window.session is not None and window.session.sheets.report().printed == 0


def test_preview_closed_while_it_rasterises(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A preview deleted mid-drawing (its dialog is another window) never hears back."""
    window = make_window(ready_folder)
    editor = _editor(window)
    editor.sheet_count.setValue(200)
    printed: list[int] = []
    editor.sheets_printed.connect(printed.append)
    QTest.mouseClick(editor.print_button, Qt.MouseButton.LeftButton)
    _wait(lambda: printed == [200])
    dialog = editor.preview_dialog
    assert dialog is not None and [j.name for j in window.jobs.jobs()] == ["preview"]
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    _wait(lambda: not window.jobs.busy())  # cancelled; its pages are never put on a dead widget
    QApplication.processEvents()
    assert window.session is not None and window.session.sheets.report().printed == 200
