"""Scroll areas that fit any screen: finger scrolling, no sideways scrolling, the field being
typed in kept in view (also above an on-screen keyboard).

Every scroll area of the app goes through `finger_scrolling` (kinetic scrolling with a finger
on a touch screen; a mouse still selects text as before). `VerticalScrollArea` is the body of
a page or dialog that may be taller than the screen: it never scrolls sideways (its minimum
width is its content's) and asks for its content's full height when the screen has room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QVBoxLayout,
    QWidget,
)

# How far (in pixels) a focused field stays from the edge of the view or of the keyboard.
_FOCUS_MARGIN = 24
_GRABBED = "stallappFingerScrolling"


def finger_scrolling(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling by finger on `area` (touch only: a mouse drag still selects)."""
    area.setProperty(_GRABBED, True)
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # No rubber band past the ends: on a kiosk a bounce looks like a fault.
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    scroller.setScrollerProperties(props)
    if isinstance(area, QAbstractItemView):
        # Lists scroll by pixels, so a finger moves them smoothly rather than row by row.
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def finger_scrolling_within(root: QWidget) -> None:
    """Finger scrolling on every scroll area inside `root` (lists, tables, text boxes)."""
    for area in root.findChildren(QAbstractScrollArea):
        if not area.property(_GRABBED):
            finger_scrolling(area)


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only; the focused field inside stays visible."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab and the first focus go to the fields inside, never to the frame around them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Finger scrolling comes from the window's FingerScrolling filter (or its sweep of
        # the areas made before the filter): not from here, since the first `viewport()`
        # asked from Python costs a process about 10 ms of PySide type discovery, which the
        # unlock screen's first paint need not wait for.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self.keep_focus_visible)
        method.visibleChanged.connect(self.keep_focus_visible)

    def _extra(self) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        m = self.contentsMargins()
        return QSize(bar + m.left() + m.right(), m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        # As wide as the content needs, so nothing is ever cut off or scrolled sideways;
        # as short as a few lines, so the screen's height decides.
        width = content.minimumSizeHint().width() + self._extra().width()
        return QSize(width, min(content.minimumSizeHint().height(), 120))

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        return hint + self._extra()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            # The whole field (ensureWidgetVisible would settle for its text cursor).
            centre = new.mapTo(content, new.rect().center())
            half_w, half_h = new.width() // 2, new.height() // 2
            self.ensureVisible(
                centre.x(), centre.y(), half_w + _FOCUS_MARGIN, half_h + _FOCUS_MARGIN
            )
            self.keep_focus_visible()

    def keep_focus_visible(self) -> None:
        """Scroll so the focused field sits above an on-screen keyboard, if one is showing."""
        method = QGuiApplication.inputMethod()
        if method.isVisible():  # asked first: most screens have no on-screen keyboard
            self.keep_focus_above(covered_by(self.viewport(), method.keyboardRectangle()))

    def keep_focus_above(self, covered: int) -> None:
        """Scroll so the focused field sits above the bottom `covered` pixels of the view."""
        content = self.widget()
        focus = QApplication.focusWidget()
        if covered <= 0 or content is None or focus is None or not content.isAncestorOf(focus):
            return
        view = self.viewport()
        bottom = focus.mapTo(view, focus.rect().bottomLeft()).y() + _FOCUS_MARGIN
        visible_bottom = view.height() - covered
        if bottom > visible_bottom:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + bottom - visible_bottom)


def covered_by(widget: QWidget, rect: QRectF) -> int:
    """How many pixels at the bottom of `widget` a rectangle in window coordinates (the
    keyboard's) hides: from its top edge down, 0 if it is empty or below the widget."""
    if rect.isEmpty():
        return 0
    window = widget.window()
    top_in_widget = widget.mapFrom(window, rect.topLeft().toPoint()).y()
    return max(0, widget.height() - max(top_in_widget, 0))


def scrolling_body(owner: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Lay `owner` (a dialog) out as a body that scrolls up and down above a fixed footer.

    Returns (body, footer): put the fields in `body`, the buttons in `footer`, so the buttons
    stay on screen however short the screen is."""
    outer = QVBoxLayout(owner)
    content = QWidget()
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(VerticalScrollArea(content), 1)
    return body, outer


class FingerScrolling(QObject):
    """An application event filter: every scroll area gets finger scrolling when it is first
    polished, so areas built later (a rebuilt tab, a dialog, a list) are never missed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (  # for every event of the app: the cheap isinstance test first
            isinstance(watched, QAbstractScrollArea)
            and event.type() == QEvent.Type.Polish
            and not watched.property(_GRABBED)
        ):
            watched.setProperty(_GRABBED, True)
            finger_scrolling(watched)
        return False
