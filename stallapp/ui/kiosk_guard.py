"""Locks the app when the kiosk's window is minimised, hidden, or loses activation to a
window that is not its own (Super+D, another workspace, another app). A dialog the kiosk
opened does not count, and the loss of activation is checked after a short grace so that
opening one does not lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FOCUS_GRACE_MS = 400


class KioskGuard(QObject):
    def __init__(
        self, window: QWidget, showing: Callable[[], bool], lock: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._showing = showing  # True while the kiosk is the page on screen
        self._lock = lock
        self.focus_check = QTimer(self)
        self.focus_check.setSingleShot(True)
        self.focus_check.setInterval(FOCUS_GRACE_MS)
        self.focus_check.timeout.connect(self.check_focus)

    def arm(self) -> None:
        """Watch the window (while the kiosk shows: a filter on the window sees each of its
        events, which the rest of the time need not pay for)."""
        self._window.installEventFilter(self)

    def stop(self) -> None:
        self.focus_check.stop()
        self._window.removeEventFilter(self)

    def _ours(self, widget: QWidget | None) -> bool:
        """True if `widget` is the window or a window (dialog) opened from it."""
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def check_focus(self) -> None:
        """Lock if the kiosk is showing but neither it nor one of its dialogs is active."""
        if self._showing() and not self._ours(QApplication.activeWindow()):
            self._lock("kiosk_left")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and self._showing():
            kind = event.type()
            if kind == QEvent.Type.WindowStateChange and self._window.isMinimized():
                self._lock("kiosk_hidden")
            elif kind == QEvent.Type.ActivationChange and not self._window.isActiveWindow():
                self.focus_check.start()
            elif kind == QEvent.Type.Hide:
                self._lock("kiosk_hidden")
        return False
