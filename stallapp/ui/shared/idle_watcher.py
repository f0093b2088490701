"""Idle time: any input anywhere in the app counts as activity; a timer reports idle seconds.

The clock is passed in (time.monotonic by default) so tests can move time forward and call
tick() instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


_INPUT = (QInputEvent, QInputMethodEvent)  # every event type in _ACTIVITY is one of these


class IdleWatcher(QObject):
    """Emits `ticked(idle_seconds)` once a second while running."""

    ticked = Signal(float)

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.last_activity = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.poke()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poke(self) -> None:
        self.last_activity = self.clock()

    def idle_seconds(self) -> float:
        return max(0.0, self.clock() - self.last_activity)

    def tick(self) -> None:
        self.ticked.emit(self.idle_seconds())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the app: the isinstance test turns away paints, layouts
        # and the like before the costlier look at the event's type.
        if isinstance(event, _INPUT) and event.type() in _ACTIVITY:
            self.last_activity = self.clock()
        return False
