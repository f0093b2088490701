"""The window's app-wide event filters (input as activity for the idle lock; finger
scrolling for every scroll area) are installed soon after the first paint, not before it,
and then cover what was made before as well as what comes after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScroller, QTextEdit

from stallapp.storage.keyfile import KdfCost
from stallapp.ui.main_window import MainWindow
from tests.support.qt_input import FakeClock


def test_filters_come_after_the_first_paint_and_cover_everything(
    qtbot, translations, ready_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    cost = KdfCost.light()
    window = MainWindow(
        ready_folder, translations, kdf_cost=cost, pin_cost=cost, clock=clock, watch_system=False
    )
    qtbot.addWidget(window)
    early = QTextEdit(window.unlock_page)  # a scroll area made before the filters
    window.show()
    qtbot.waitExposed(window)
    try:
        assert not window.watching_events
        clock.now += 20
        QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_A)
        assert window.idle.idle_seconds() == 20  # not watched yet: nothing is unlocked

        qtbot.waitUntil(lambda: window.watching_events, timeout=3000)
        assert QScroller.hasScroller(early.viewport())
        QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_B)
        assert window.idle.idle_seconds() == 0
        late = QTextEdit(window.unlock_page)  # and one made after
        late.show()
        qtbot.waitUntil(lambda: QScroller.hasScroller(late.viewport()))
    finally:
        window.shutdown()
