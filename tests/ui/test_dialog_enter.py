"""In every dialog Enter does the dialog's safe default, never a silent Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.shared.fingerprint_check_dialog import CheckWords, FingerprintCheckDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from stallapp.ui.stall.pin_dialog import PinDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import start_kiosk, unlock


def _ready(make_window, folder):  # type: ignore[no-untyped-def]
    window = make_window(folder)
    unlock(window)
    return window


def test_enter_in_the_exit_dialog_tries_the_secret(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    kiosk = start_kiosk(window)
    dialog = ExitKioskDialog(kiosk.guard, kiosk)
    dialog.show()
    QTest.keyClicks(dialog.secret, "not the passphrase")
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not cancelled: the dialog is still there
    assert "not today's PIN or the passphrase" in dialog.message.text()  # it says so
    QTest.keyClicks(dialog.secret, PASSPHRASE)
    QTest.keyClick(dialog.secret, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_exit_dialog_counts_down_after_repeated_wrong_tries(
    make_window, ready_folder, clock
) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    kiosk = start_kiosk(window)
    dialog = ExitKioskDialog(kiosk.guard, kiosk)
    dialog.show()
    for _ in range(3):
        QTest.keyClicks(dialog.secret, "wrong")
        QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert kiosk.guard.wait_left() > 0
    assert not dialog.leave.isEnabled()
    assert "try again in" in dialog.message.text()
    QTest.keyClicks(dialog.secret, PASSPHRASE)
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted  # not even checked while waiting
    clock.now += kiosk.guard.wait_left()
    dialog.show_wait()
    assert dialog.leave.isEnabled()
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)  # the field was kept while waiting
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_event_dialog_creates_the_event(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    dialog = EventDialog(window.session.capture, window)
    dialog.show()
    QTest.keyClicks(dialog.city, "Leeds")
    QTest.keyClicks(dialog.location, "Briggate")
    QTest.keyClick(dialog.location, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.created is not None


def test_enter_in_the_pin_dialog_sets_the_pin(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    dialog = PinDialog(window.session.kiosk, window)
    dialog.show()
    QTest.keyClicks(dialog.pin, "482913")
    QTest.keyClicks(dialog.again, "482913")
    QTest.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.session.kiosk.has_day_pin()


def test_enter_in_the_paper_dialog_saves_the_row(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    volunteer = window.pages["volunteer"]
    capture = window.session.capture
    petition = capture.petition(volunteer.petition_box.currentData())
    dialog = PaperEntryDialog(capture, petition, volunteer.event_box.currentData(), "en", window)
    dialog.show()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text()  # Enter tried to save, and said what is missing


def test_enter_in_a_fingerprint_check_never_vouches(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = _ready(make_window, ready_folder)
    dialog = FingerprintCheckDialog("ABCD-EFGH", window)
    dialog.build(CheckWords("t", "i", "o", "They match", "They differ"))
    dialog.show()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
