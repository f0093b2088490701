"""What counts as activity for the idle wipe and the auto-lock: a signer's input anywhere in
the app, and nothing the app does by itself (paints, layouts, timers, a widget shown)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from stallapp.ui.shared.idle_watcher import IdleWatcher


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _watching(qtbot):  # type: ignore[no-untyped-def]
    clock = _Clock()
    watcher = IdleWatcher(clock)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    qtbot.addWidget(field := QLineEdit())
    field.show()
    qtbot.waitExposed(field)
    watcher.poke()
    clock.now += 30
    return clock, watcher, field, app


def test_input_resets_the_idle_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, watcher, field, app = _watching(qtbot)
    try:
        for act in (
            lambda: QTest.keyClick(field, Qt.Key.Key_A),
            lambda: QTest.mouseClick(field, Qt.MouseButton.LeftButton),
            lambda: QTest.mouseMove(field, QPoint(5, 5)),
        ):
            assert watcher.idle_seconds() == 30
            act()
            assert watcher.idle_seconds() == 0
            clock.now += 30
    finally:
        app.removeEventFilter(watcher)


def test_what_the_app_does_by_itself_is_not_activity(qtbot) -> None:  # type: ignore[no-untyped-def]
    _clock, watcher, field, app = _watching(qtbot)
    try:
        field.repaint()
        field.hide()
        field.show()
        field.setText("typed by code")
        QApplication.sendEvent(field, QEvent(QEvent.Type.LayoutRequest))
        QApplication.processEvents()
        assert watcher.idle_seconds() == 30
    finally:
        app.removeEventFilter(watcher)
