"""A scripted signer: taps beyond typing, in each language; a language tap keeps their place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from stallapp.ui.kiosk.kiosk_page import KioskPage
from tests.support.kiosk_driver import start_kiosk, unlock
from tests.support.qt_input import draw_mouse, wave

MAX_TAPS = 4


class Signer:
    """Types only into the field that has focus; tapping a field to reach it counts a tap."""

    def __init__(self, kiosk: KioskPage) -> None:
        self.kiosk = kiosk
        self.taps = 0

    def tap(self, widget: QWidget) -> None:
        self.taps += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    def type_into(self, field: QWidget, text: str, then: Qt.Key = Qt.Key.Key_Return) -> None:
        if QApplication.focusWidget() is not field:
            self.tap(field)
        assert QApplication.focusWidget() is field
        QTest.keyClicks(field, text)
        QTest.keyClick(field, then)  # Return (or Tab in the address box): still typing


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_a_signer_needs_at_most_four_taps(make_window, ready_folder, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    signer = Signer(kiosk)
    form = kiosk.form
    assert form is not None and form.address is not None and form.email is not None
    if lang != kiosk.translations.language:
        signer.tap(kiosk.language_buttons[lang])
    signer.type_into(form.name, "Chan Tai Man")
    signer.type_into(form.address, "1 Broadgate", then=Qt.Key.Key_Tab)
    signer.type_into(form.postcode, "CV1 1LL")
    signer.type_into(form.email, "chan@example.org")
    signer.tap(form.consent)
    draw_mouse(form.pad, wave(form.pad.width(), form.pad.height(), n=30))  # the signature
    signer.tap(form.sign)
    assert kiosk.showing_thanks()
    assert signer.taps <= MAX_TAPS, (lang, signer.taps)


def test_a_language_tap_keeps_focus_and_text_and_is_marked(
    make_window, ready_folder, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = kiosk.form
    QTest.keyClicks(form.name, "Chan Tai")
    QTest.mouseClick(kiosk.language_buttons["zh-Hant"], Qt.MouseButton.LeftButton)
    assert kiosk.form is form  # the same form, nothing lost
    assert QApplication.focusWidget() is form.name
    assert form.name.text() == "Chan Tai" and form.name.cursorPosition() == len("Chan Tai")
    QTest.keyClicks(QApplication.focusWidget(), " Man")
    assert form.name.text() == "Chan Tai Man"
    marked = [code for code, b in kiosk.language_buttons.items() if b.isChecked()]
    assert marked == ["zh-Hant"]
    assert kiosk.language_buttons["zh-Hant"].accessibleDescription() == "已選語言"
    assert kiosk.language_buttons["en"].accessibleDescription() == ""
