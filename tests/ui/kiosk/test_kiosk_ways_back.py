"""Every path out of the kiosk closes the way back to the signer: clipboard, hiding, dialogs."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.shared import crash_guard
from stallapp.ui.shared.fingerprint_check_dialog import CheckWords, FingerprintCheckDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from stallapp.ui.stall.pin_dialog import PinDialog
from tests.support.kiosk_driver import start_kiosk, unlock

NAME = "Zhuang Qiuyue"


def _kiosk(make_window, folder):  # type: ignore[no-untyped-def]
    window = make_window(folder)
    unlock(window)
    kiosk = start_kiosk(window)
    QGuiApplication.clipboard().setText(NAME)
    return window, kiosk


def test_volunteer_exit_clears_the_clipboard(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = _kiosk(make_window, ready_folder)
    kiosk.leave()
    assert window.current_page() == "volunteer"
    assert QGuiApplication.clipboard().text() == ""


def test_lock_clears_the_clipboard(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    window.lock("button")
    assert window.current_page() == "unlock"
    assert QGuiApplication.clipboard().text() == ""


def test_idle_lock_clears_the_clipboard(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    clock.now += window.settings.auto_lock + 1
    window.idle.tick()
    assert window.current_page() == "unlock"
    assert QGuiApplication.clipboard().text() == ""


def test_crash_guard_clears_the_clipboard(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    _window, _kiosk_page = _kiosk(make_window, ready_folder)
    shown: list[str] = []
    previous = crash_guard.install(show=shown.append)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    assert shown and QGuiApplication.clipboard().text() == ""


def test_minimising_the_kiosk_locks(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    window.showMinimized()
    QApplication.processEvents()
    assert window.current_page() == "unlock" and window.session is None
    assert window.lock_reason == "kiosk_hidden"


class _SwallowHide(QObject):
    """Filters a window's Hide events out before anything else sees them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Hide


def test_a_minimise_reported_without_a_hide_still_locks(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    # Some window managers iconify a window without Qt hiding it: the state change alone locks.
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    swallow = _SwallowHide(window)
    window.installEventFilter(swallow)  # installed last, so it runs before the guard
    window.showMinimized()
    QApplication.processEvents()
    assert window.session is None and window.lock_reason == "kiosk_hidden"


def test_hiding_the_kiosk_locks(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    window.hide()
    assert window.session is None and window.lock_reason == "kiosk_hidden"


def test_losing_activation_to_another_window_locks(make_window, ready_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _kiosk_page = _kiosk(make_window, ready_folder)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other = QWidget()  # another application's window, as far as ours can tell
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    assert window.lock_reason == "kiosk_left" and window.current_page() == "unlock"


def test_a_dialog_of_the_kiosk_does_not_lock(make_window, ready_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = _kiosk(make_window, ready_folder)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = ExitKioskDialog(kiosk.guard, kiosk)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    window.kiosk_guard.check_focus()
    assert window.session is not None and window.current_page() == "kiosk"
    dialog.reject()


def _dialogs(window, kiosk):  # type: ignore[no-untyped-def]
    session = window.session
    capture = session.capture
    petition = kiosk.petition
    words = CheckWords("t", "i", "o", "yes", "no")
    return [
        ExitKioskDialog(kiosk.guard, kiosk),
        PinDialog(session.kiosk, window),
        EventDialog(capture, window),
        PaperEntryDialog(capture, petition, kiosk.event_id, window),
        _built(FingerprintCheckDialog("ABCD-EFGH", window), words),
    ]


def _built(dialog: FingerprintCheckDialog, words: CheckWords) -> QDialog:
    dialog.build(words)
    return dialog


def test_no_dialog_offers_minimise(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window, kiosk = _kiosk(make_window, ready_folder)
    for dialog in _dialogs(window, kiosk):
        flags = dialog.windowFlags()
        assert not flags & Qt.WindowType.WindowMinimizeButtonHint, type(dialog).__name__
        assert not flags & Qt.WindowType.WindowMaximizeButtonHint, type(dialog).__name__
        assert flags & Qt.WindowType.CustomizeWindowHint


@pytest.mark.parametrize("field", ["name", "address", "postcode", "email"])
def test_signer_fields_ask_keyboards_not_to_learn(make_window, ready_folder, field) -> None:  # type: ignore[no-untyped-def]
    _window, kiosk = _kiosk(make_window, ready_folder)
    widget = getattr(kiosk.form, field)
    hints = widget.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    if field == "email":
        assert hints & Qt.InputMethodHint.ImhNoAutoUppercase
    if field == "postcode":
        assert hints & Qt.InputMethodHint.ImhPreferUppercase


def test_exit_secret_field_is_private_too(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    _window, kiosk = _kiosk(make_window, ready_folder)
    dialog = ExitKioskDialog(kiosk.guard, kiosk)
    hints = dialog.secret.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
