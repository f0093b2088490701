"""Finger scrolling everywhere, the focused field kept in view, errors that go when fixed,
the same postcode rule in the hint as on submit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QWidget

from stallapp.domain.errors import Field, Reason
from tests.support.kiosk_driver import start_kiosk, unlock
from tests.support.qt_input import draw_touch, wave
from tests.support.screen_walk import walk
from tests.support.scroll_form import tall_form


def test_every_scroll_area_scrolls_by_finger(tmp_path: Path, translations) -> None:  # type: ignore[no-untyped-def]
    without: set[str] = set()

    def visit(name: str, window: QWidget) -> None:
        for area in window.findChildren(QAbstractScrollArea):
            if area.isVisible() and not QScroller.hasScroller(area.viewport()):
                without.add(f"{name}: {type(area).__name__} {area.objectName()}")

    walk(tmp_path, translations, visit)
    assert sorted(without) == []


def test_the_focused_field_scrolls_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    area, fields = tall_form(qtbot, 300)
    assert area.verticalScrollBar().value() == 0
    fields[-1].setFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
    bottom = fields[-1].mapTo(area.viewport(), QPoint(0, fields[-1].height())).y()
    assert 0 < bottom <= area.viewport().height()


def test_a_stroke_on_the_pad_draws_and_does_not_scroll(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    form = kiosk.form
    assert form is not None
    assert QScroller.hasScroller(form.entry_scroll.viewport())  # the column scrolls by finger
    form.entry_scroll.ensureWidgetVisible(form.pad)
    before = form.entry_scroll.verticalScrollBar().value()
    draw_touch(form.pad, wave(form.pad.width(), form.pad.height(), n=25))
    assert not form.pad.is_empty()
    assert form.entry_scroll.verticalScrollBar().value() == before


def test_errors_go_when_the_field_is_changed(make_window, ready_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    form = start_kiosk(window).form
    assert form is not None
    form.show_error(Field.POSTCODE, Reason.NOT_UK_POSTCODE)
    assert form.error.text()
    form.name.setText("Chan")  # another field: the postcode error stays
    assert form.error.text()
    form.postcode.setText("CV1 1LL")
    assert form.error.text() == ""
    form.show_error(Field.CONSENT, Reason.MISSING)
    form.consent.setChecked(True)
    assert form.error.text() == ""


def test_a_full_width_postcode_is_valid_in_the_hint_as_on_submit(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    form = start_kiosk(window).form
    assert form is not None
    form.postcode.setText("ＣＶ１　１ＬＬ")  # as a Chinese input method types it
    assert form.postcode_hint.property("role") == "ok"
