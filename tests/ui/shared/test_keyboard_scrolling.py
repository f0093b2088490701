"""A field being typed in stays above an on-screen keyboard: the geometry of what the
keyboard hides, and the scroll that lifts the focused field above it. (Offscreen Qt has no
on-screen keyboard, so the keyboard's rectangle is given; reading it from the input method
is two lines of `VerticalScrollArea.keep_focus_visible`.)"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtWidgets import QLineEdit

from stallapp.ui.shared.scrolling import VerticalScrollArea, covered_by
from tests.support.scroll_form import tall_form


def _area(qtbot) -> tuple[VerticalScrollArea, list[QLineEdit]]:  # type: ignore[no-untyped-def]
    return tall_form(qtbot, 600)


def _bottom(area: VerticalScrollArea, field: QLineEdit) -> int:
    return field.mapTo(area.viewport(), QPoint(0, field.height())).y()


def test_what_a_keyboard_hides_is_measured_from_its_top_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    area, _ = _area(qtbot)
    view = area.viewport()
    top = view.mapTo(area.window(), QPoint(0, 0)).y()
    height = view.height()
    assert covered_by(view, QRectF()) == 0  # no keyboard
    assert covered_by(view, QRectF(0, top + height + 10, 400, 250)) == 0  # below the view
    assert covered_by(view, QRectF(0, top + height - 250, 400, 250)) == 250
    assert covered_by(view, QRectF(0, top - 40, 400, height + 80)) == height  # all of it


def test_the_focused_field_is_lifted_above_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    area, fields = _area(qtbot)
    view_height = area.viewport().height()
    # A field low in the view, visible without a keyboard: one the keyboard would cover.
    target = next(f for f in fields if view_height - 120 < _bottom(area, f) <= view_height)
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    before = area.verticalScrollBar().value()
    area.keep_focus_above(300)
    assert area.verticalScrollBar().value() > before
    bottom = _bottom(area, target)
    assert 0 < bottom <= view_height - 300  # above the keyboard's top edge, still on screen


def test_a_field_already_above_the_keyboard_does_not_move(qtbot) -> None:  # type: ignore[no-untyped-def]
    area, fields = _area(qtbot)
    fields[0].setFocus()
    qtbot.waitUntil(fields[0].hasFocus)
    area.keep_focus_above(300)
    assert area.verticalScrollBar().value() == 0
    area.keep_focus_above(0)  # no keyboard: nothing to do
    assert area.verticalScrollBar().value() == 0


def test_a_field_outside_the_area_is_left_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    area, _ = _area(qtbot)
    elsewhere = QLineEdit()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    area.verticalScrollBar().setValue(0)
    area.keep_focus_above(500)
    assert area.verticalScrollBar().value() == 0
