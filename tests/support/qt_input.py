"""Driving real widgets: strokes by mouse, touch and stylus; a clock tests can move."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QEventPoint,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication, QWidget


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def wave(width: int, height: int, n: int = 40, phase: float = 0.0) -> list[QPoint]:
    """A signature-like squiggle across the middle of a pad."""
    pts = []
    for i in range(n):
        x = 20 + (width - 40) * i / (n - 1)
        y = height / 2 + (height / 4) * math.sin(i / 3 + phase)
        pts.append(QPoint(int(x), int(y)))
    return pts


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button, buttons) -> None:  # type: ignore[no-untyped-def]
    p = QPointF(pos)
    event = QMouseEvent(
        kind, p, widget.mapToGlobal(p), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw_mouse(widget: QWidget, points: list[QPoint]) -> None:
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(widget, QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        _mouse(widget, QEvent.Type.MouseMove, p, none, left)
    _mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], left, none)


_FINGER = QPointingDevice(
    "test touchscreen",
    7002,
    QInputDevice.DeviceType.TouchScreen,
    QPointingDevice.PointerType.Finger,
    QInputDevice.Capability.Position,
    10,
    0,
)


def _touch(widget: QWidget, kind: QEvent.Type, state: QEventPoint.State, pos: QPoint) -> None:
    p = QPointF(pos)
    point = QEventPoint(0, state, p, widget.mapToGlobal(p))
    QApplication.sendEvent(
        widget, QTouchEvent(kind, _FINGER, Qt.KeyboardModifier.NoModifier, [point])
    )


def draw_touch(widget: QWidget, points: list[QPoint]) -> None:
    _touch(widget, QEvent.Type.TouchBegin, QEventPoint.State.Pressed, points[0])
    for p in points[1:]:
        _touch(widget, QEvent.Type.TouchUpdate, QEventPoint.State.Updated, p)
    _touch(widget, QEvent.Type.TouchEnd, QEventPoint.State.Released, points[-1])


_STYLUS = QPointingDevice(
    "test stylus",
    7001,
    QInputDevice.DeviceType.Stylus,
    QPointingDevice.PointerType.Pen,
    QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
    1,
    3,
)


def _tablet(widget: QWidget, kind: QEvent.Type, pos: QPoint, pressure: float, buttons) -> None:  # type: ignore[no-untyped-def]
    p = QPointF(pos)
    event = QTabletEvent(
        kind,
        _STYLUS,
        p,
        widget.mapToGlobal(p),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton if kind != QEvent.Type.TabletMove else Qt.MouseButton.NoButton,
        buttons,
    )
    QApplication.sendEvent(widget, event)


def draw_stylus(widget: QWidget, points: list[QPoint], pressures: list[float]) -> None:
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _tablet(widget, QEvent.Type.TabletPress, points[0], pressures[0], left)
    for p, pr in zip(points[1:], pressures[1:], strict=True):
        _tablet(widget, QEvent.Type.TabletMove, p, pr, left)
    _tablet(widget, QEvent.Type.TabletRelease, points[-1], pressures[-1], none)
