"""The kiosk fits real devices: touch targets >= 48 px and the Sign button on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from tests.support.kiosk_driver import start_kiosk, unlock

SIZES = [(1366, 768), (1920, 1080), (800, 1280)]
MIN_TOUCH = 48  # 9 mm is about 34 px at 96 dpi; we ask for more


def _visible_in_window(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = widget.rect().translated(top_left)
    return window.rect().contains(rect)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("lang", ["en", "zh-Hant"])
@pytest.mark.parametrize("folder", ["ready_folder", "abroad_folder"], ids=["uk", "abroad"])
def test_kiosk_fits_and_targets_are_large(make_window, request, folder, size, lang) -> None:  # type: ignore[no-untyped-def]
    window = make_window(request.getfixturevalue(folder))
    unlock(window)
    kiosk = start_kiosk(window)
    window.showNormal()
    window.resize(*size)
    kiosk.set_language(lang)
    for _ in range(3):
        QApplication.processEvents()
    form = kiosk.form
    assert form is not None
    controls = [
        w
        for w in kiosk.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLineEdit, QComboBox)) and w.isVisibleTo(kiosk)
    ]
    assert len(controls) >= 10
    small = [
        (w.objectName() or type(w).__name__, w.width(), w.height())
        for w in controls
        if w.height() < MIN_TOUCH or w.width() < MIN_TOUCH
    ]
    assert small == []
    # The pad is large enough to sign on, and Sign needs no scrolling to reach.
    assert form.pad.width() >= 300 and form.pad.height() >= 150
    assert _visible_in_window(form.sign, window)
    assert _visible_in_window(form.name, window)
    if form.country is not None:  # beside the postcode: the form is no taller
        assert form.country.y() == form.postcode.y()
