"""Start over, the receipt's end, the optional "Tap to sign" screen between signers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock


def test_start_over_wipes_the_form_in_one_tap(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    kiosk.set_language("zh-Hans")
    fill_and_sign(kiosk, name="Half Way")
    old = kiosk.form
    QTest.mouseClick(kiosk.start_over, Qt.MouseButton.LeftButton)
    assert kiosk.form is not old and kiosk.form is not None
    assert kiosk.form.name.text() == "" and kiosk.form.pad.is_empty()
    assert not kiosk.form.consent.isChecked()
    assert kiosk.translations.language == "en"  # back to the kiosk's own language
    assert kiosk.findChildren(QWidget, "kioskForm") == [kiosk.form]
    assert kiosk.stack.currentWidget() is kiosk.form


def test_receipt_ends_on_its_own_after_the_short_timeout(make_window, ready_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    assert kiosk.settings.thank_you <= 6
    fill_and_sign(kiosk)
    submit(kiosk)
    assert kiosk.showing_thanks() and kiosk.thanks.code.text()
    assert kiosk.thanks_timer.isActive()
    assert kiosk.thanks_timer.interval() == kiosk.settings.thank_you * 1000
    kiosk.thanks_timer.timeout.emit()  # the timeout, without waiting for it
    assert not kiosk.showing_thanks() and kiosk.thanks.code.text() == ""


def test_tap_to_sign_screen_between_signers(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    volunteer = window.pages["volunteer"]
    volunteer.tap_to_sign.setChecked(True)
    assert window.session.kiosk.settings().tap_to_sign
    kiosk = start_kiosk(window)
    assert kiosk.settings.tap_to_sign
    fill_and_sign(kiosk)
    submit(kiosk)
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.tap_screen
    assert kiosk.thanks.code.text() == ""
    QTest.mouseClick(kiosk.tap_screen.button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.form
    assert kiosk.form is not None and kiosk.form.name.text() == "" and kiosk.form.pad.is_empty()


def test_without_the_setting_the_form_follows_the_receipt(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    assert not kiosk.settings.tap_to_sign
    fill_and_sign(kiosk)
    submit(kiosk)
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.form
