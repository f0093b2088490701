"""The window's two app-wide event filters: any input counts as activity for the idle lock
(`IdleWatcher`), and every scroll area gets finger scrolling when it is first polished
(`FingerScrolling`). They see every event of the app, so the window installs them soon
after its first paint (nothing is unlocked before then whose idle time could count); the
scroll areas made before that get finger scrolling at installation."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from stallapp.ui.shared.idle_watcher import IdleWatcher
from stallapp.ui.shared.scrolling import FingerScrolling, finger_scrolling_within


class AppFilters(QObject):
    def __init__(self, window: QWidget, idle: IdleWatcher) -> None:
        super().__init__(window)
        self._window = window
        self._idle = idle
        self._scrolling = FingerScrolling(self)
        self.installed = False

    def install(self) -> None:
        """Once; also gives finger scrolling to every scroll area in the window now."""
        app = QApplication.instance()
        if self.installed or app is None:
            return
        self.installed = True
        app.installEventFilter(self._idle)
        app.installEventFilter(self._scrolling)
        finger_scrolling_within(self._window)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle)
            app.removeEventFilter(self._scrolling)
