"""The signature pad: strokes from a mouse, a finger (touch) or a stylus (tablet, pressure).

It keeps strokes as points (stallapp.domain.ink.Ink), never a bitmap, and paints them as smooth
quadratic curves whose width follows the pen pressure when the device reports it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QScroller, QSizePolicy, QWidget

from stallapp.domain.errors import BadInput
from stallapp.domain.ink import MAX_POINTS, MAX_STROKES, Ink, InkPoint, encode

_BASE_WIDTH = 3.2


class SignaturePad(QWidget):
    """Collects one signature. `changed` is emitted whenever a stroke is added or cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self._strokes: list[list[InkPoint]] = []
        self._current: list[InkPoint] | None = None
        self._clock = QElapsedTimer()
        self._touch_id: int | None = None
        # The encoded ink and the pad state it was made from (size, strokes, points).
        self._encoded: tuple[tuple[int, int, int, int], bytes] | None = None

    # -- data ----------------------------------------------------------------------------

    def ink(self) -> Ink:
        strokes = [tuple(s) for s in self._strokes if s]
        return Ink(float(self.width()), float(self.height()), tuple(strokes))

    def encoded(self) -> bytes:
        """The ink as it is stored (`domain.ink.encode`). Worked out at the end of each
        stroke while the signer goes on to the other fields, so Sign does not wait for it;
        strokes only grow until `clear`, so the size and the counts say whether it is fresh."""
        key = (self.width(), self.height(), len(self._strokes), self._total_points())
        if self._encoded is None or self._encoded[0] != key:
            self._encoded = (key, encode(self.ink()))
        return self._encoded[1]

    def encode_ahead(self) -> None:
        try:
            self.encoded()
        except BadInput:
            self._encoded = None  # too much ink: Sign reports it

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self._encoded = None
        self._current = None
        self._touch_id = None
        self._clock.invalidate()
        self.update()
        self.changed.emit()

    def _total_points(self) -> int:
        return sum(len(s) for s in self._strokes)

    def _begin(self, pos: QPointF, pressure: float) -> None:
        if len(self._strokes) >= MAX_STROKES:
            self._current = None
            return
        if not self._clock.isValid():
            self._clock.start()
        self._current = []
        self._strokes.append(self._current)
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: float) -> None:
        if self._current is None or self._total_points() >= MAX_POINTS:
            return
        x = min(max(pos.x(), 0.0), float(self.width()))
        y = min(max(pos.y(), 0.0), float(self.height()))
        if self._current and (self._current[-1].x, self._current[-1].y) == (x, y):
            return
        t = int(self._clock.elapsed()) if self._clock.isValid() else 0
        self._current.append(InkPoint(x, y, t, min(max(pressure, 0.0), 1.0)))
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.encode_ahead()
            self.changed.emit()

    # -- input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), 1.0)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._add(event.position(), 1.0)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = event.pressure() if event.pressure() > 0 else 0.5
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # accepted: Qt then sends no synthesised mouse events

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _hold_scrolling(self) -> None:
        """A finger on the pad draws: any finger scrolling of the column around it stops."""
        parent = self.parentWidget()
        while parent is not None:
            if QScroller.hasScroller(parent):
                QScroller.scroller(parent).stop()
            parent = parent.parentWidget()

    def _touch(self, event: QTouchEvent) -> None:
        if event.type() != QEvent.Type.TouchEnd:
            self._hold_scrolling()
        if event.type() == QEvent.Type.TouchCancel:
            self._end()
            self._touch_id = None
            return
        for point in event.points():
            # Mapped from the global position: right however the event reached the pad.
            pos = self.mapFromGlobal(point.globalPosition())
            # One finger draws; a second finger resting on the glass is ignored.
            if self._touch_id is None and point.state() == QEventPoint.State.Pressed:
                self._touch_id = point.id()
                self._begin(pos, 1.0)
            elif point.id() == self._touch_id:
                self._add(pos, 1.0)
                if point.state() == QEventPoint.State.Released:
                    self._end()
                    self._touch_id = None

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        guide = QPen(QColor("#b8c2cc"), 2, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        baseline = int(self.height() * 0.75)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke)
        painter.end()

    def _paint_stroke(self, painter: QPainter, stroke: list[InkPoint]) -> None:
        ink = QColor("#10243e")
        if len(stroke) == 1:
            p = stroke[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            r = _BASE_WIDTH * (0.6 + p.pressure)
            painter.drawEllipse(QPointF(p.x, p.y), r / 2, r / 2)
            return
        # Each segment runs between the midpoints of neighbouring points, bending through the
        # point itself: a smooth curve with a width that follows the local pressure.
        mids = [QPointF(stroke[0].x, stroke[0].y)]
        for a, b in itertools.pairwise(stroke):
            mids.append(QPointF((a.x + b.x) / 2, (a.y + b.y) / 2))
        mids.append(QPointF(stroke[-1].x, stroke[-1].y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, p in enumerate(stroke):
            path = QPainterPath(mids[i])
            path.quadTo(QPointF(p.x, p.y), mids[i + 1])
            pen = QPen(ink, _BASE_WIDTH * (0.6 + p.pressure))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(path)
