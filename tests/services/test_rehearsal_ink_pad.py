"""Rehearsal ink replayed through the real signature pad comes back point for point: it is
what the pad records from a finger or a stylus that moved that way."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF

from stallapp.services import rehearsal
from stallapp.ui.kiosk.signature_pad import SignaturePad
from tests.support.qt_input import draw_stylus, draw_touch


def test_replayed_ink_is_recorded_as_generated(qtbot) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(12)
    kinds = set()
    for _ in range(12):
        pad = SignaturePad()
        qtbot.addWidget(pad)
        pad.resize(600, 200)
        pad.show()
        qtbot.waitExposed(pad)
        ink = rehearsal.ink(rng, float(pad.width()), float(pad.height()))
        stylus = any(p.pressure != 1.0 for s in ink.strokes for p in s)
        kinds.add(stylus)
        for stroke in ink.strokes:
            points = [QPointF(p.x, p.y) for p in stroke]
            if stylus:
                draw_stylus(pad, points, [p.pressure for p in stroke])  # type: ignore[arg-type]
            else:
                draw_touch(pad, points)  # type: ignore[arg-type]
        got = pad.ink()
        assert [len(s) for s in got.strokes] == [len(s) for s in ink.strokes]
        for mine, theirs in zip(ink.strokes, got.strokes, strict=True):
            # The same positions (mapped through the screen and back: to 1e-9 of a pixel)
            # and pressures: no point dropped as a repeat, none clamped into the pad.
            for p, q in zip(mine, theirs, strict=True):
                assert math.isclose(p.x, q.x, abs_tol=1e-9)
                assert math.isclose(p.y, q.y, abs_tol=1e-9)
                assert p.pressure == q.pressure
        pad.close()
    assert kinds == {False, True}
