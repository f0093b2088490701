"""Steps shared by the kiosk tests: unlock, start the kiosk, fill and sign like a person."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stallapp.ui.kiosk.kiosk_page import KioskPage
from stallapp.ui.main_window import MainWindow
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.support.qt_input import draw_mouse, draw_touch, wave
from tests.support.vault_setup import PASSPHRASE


def wait_idle(window: MainWindow) -> None:
    """Wait for the vault to be opened or created off the UI thread."""
    deadline = time.monotonic() + 30
    while window.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not window.busy


def unlock(window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    QTest.keyClicks(page.passphrase, passphrase)
    QTest.mouseClick(page.unlock, Qt.MouseButton.LeftButton)
    wait_idle(window)


def start_kiosk(window: MainWindow) -> KioskPage:
    volunteer = window.pages["volunteer"]
    assert isinstance(volunteer, VolunteerPage)
    QTest.mouseClick(volunteer.start, Qt.MouseButton.LeftButton)
    kiosk = window.kiosk()
    assert kiosk is not None and window.current_page() == "kiosk"
    kiosk.resize(1366, 768)
    return kiosk


def fill_and_sign(
    kiosk: KioskPage,
    name: str = "Chan Tai Man",
    address: str = "1 Broadgate",
    postcode: str = "cv1 1ll",
    email: str = "chan@example.org",
    touch: bool = False,
) -> None:
    form = kiosk.form
    assert form is not None
    QTest.keyClicks(form.name, name)
    assert form.address is not None and form.email is not None
    QTest.keyClicks(form.address, address)
    QTest.keyClicks(form.postcode, postcode)
    QTest.keyClicks(form.email, email)
    QTest.mouseClick(form.consent, Qt.MouseButton.LeftButton, pos=form.consent.rect().center())
    w, h = form.pad.width(), form.pad.height()
    if touch:
        draw_touch(form.pad, wave(w, h, n=25))
    else:
        draw_mouse(form.pad, wave(w, h, n=30))
        draw_touch(form.pad, wave(w, h, n=15, phase=2.0))


def submit(kiosk: KioskPage) -> None:
    assert kiosk.form is not None
    QTest.mouseClick(kiosk.form.sign, Qt.MouseButton.LeftButton)
