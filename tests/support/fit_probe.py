"""Run as a subprocess: open every page and dialog on one screen size and print the misfits.

    QT_QPA_PLATFORM=offscreen:configfile=<json> [QT_SCALE_FACTOR=1.5] \
        python -m tests.support.fit_probe <lang>

The offscreen platform takes its screen from the JSON file (the size of a real laptop or
tablet screen, in device pixels); QT_SCALE_FACTOR then scales the whole UI as a user's
display setting does, so the app sees a logical screen of width/1.5 x height/1.5. The window
is shown exactly as `stallapp gui` shows it. Output: one JSON list of misfit lines.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from stallapp.ui.kiosk.signature_pad import SignaturePad
from stallapp.ui.shared.i18n import Translations
from tests.support.screen_walk import walk

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    SignaturePad,
)


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _scroller(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def misfits(name: str, window: QWidget) -> list[str]:
    screen = window.screen().availableGeometry()
    found: list[str] = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        found.append(f"{name}: window {frame.width()}x{frame.height()} at {frame.x()},{frame.y()}")
    # A layout that needs more room than the window has is cut off at the window's edge.
    need = window.minimumSizeHint()
    if need.width() > window.width() or need.height() > window.height():
        found.append(
            f"{name}: needs {need.width()}x{need.height()}, has {window.width()}x{window.height()}"
        )
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        what = area.objectName() or type(area).__name__
        if area.horizontalScrollBar().maximum() > 0:
            found.append(f"{name}: {what} scrolls sideways")
        if _scroller(area) is None and not global_rect(window).contains(global_rect(area)):
            found.append(f"{name}: {what} cut off by the window")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        rect = global_rect(widget)
        scroll = _scroller(widget)
        label = widget.objectName() or type(widget).__name__
        text = getattr(widget, "text", None)
        if callable(text) and isinstance(widget, QAbstractButton):
            label += f" '{text()}'"
        if isinstance(widget, QPushButton) and widget.text():
            # A button draws its text centred and clipped: wider than the button, it is cut.
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if need > widget.contentsRect().width():
                found.append(f"{name}: {label} text cut ({need} px in {widget.width()})")
        if scroll is None:
            if not screen.contains(rect) or not global_rect(window).contains(rect):
                found.append(
                    f"{name}: {label} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()}"
                )
        else:
            # Reachable by scrolling up and down: it must lie inside the view's width.
            view = global_rect(scroll.viewport())
            if rect.left() < view.left() or rect.right() > view.right():
                found.append(f"{name}: {label} wider than its scroll area")
    return found


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.set_language(lang)
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="stallapp-fit-") as tmp:
        walk(Path(tmp), translations, lambda name, window: found.extend(misfits(name, window)))
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
