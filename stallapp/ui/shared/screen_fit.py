"""Windows sized to the screen they open on: a laptop, a portrait tablet, large text.

The main window asks for 1366x768 but never more than the screen's free area (less the room
a window manager's title bar and borders take); on a screen smaller than that it opens
maximised, so an 800x1280 tablet gets its portrait layout at once. Dialogs are capped the
same way; their bodies scroll (ui/shared/scrolling.py) when the screen is shorter.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
# What a window manager adds around a window: borders and a title bar.
FRAME_ALLOWANCE = QSize(8, 40)


def free_area(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use (without panels and docks)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def bounded(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made no larger than the free area less a window frame."""
    room = free_area(widget).size() - FRAME_ALLOWANCE
    return wanted.boundedTo(room)


def fit_main_window(window: QWidget, preferred: QSize = PREFERRED) -> None:
    """Size `window` for its screen; maximise it where the preferred size does not fit."""
    window.resize(bounded(window, preferred))
    room = free_area(window).size() - FRAME_ALLOWANCE
    if preferred.width() > room.width() or preferred.height() > room.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
