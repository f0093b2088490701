"""The signature pad with real events: mouse, touch and stylus (pressure)."""

from __future__ import annotations

from stallapp.domain.ink import decode, encode
from stallapp.ui.kiosk.signature_pad import SignaturePad
from tests.support.qt_input import draw_mouse, draw_stylus, draw_touch, wave


def _pad(qtbot) -> SignaturePad:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_mouse_stroke_becomes_substantial_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    assert pad.is_empty() and not pad.ink().is_substantial()
    with qtbot.waitSignal(pad.changed):
        draw_mouse(pad, wave(600, 240))
    ink = pad.ink()
    assert len(ink.strokes) == 1
    assert ink.point_count == 40
    assert ink.is_substantial()
    assert all(p.pressure == 1.0 for p in ink.strokes[0])
    # Stored as strokes: the encoding round-trips point for point (to 0.1 px).
    back = decode(encode(ink))
    assert back.point_count == ink.point_count
    assert abs(back.strokes[0][5].x - ink.strokes[0][5].x) <= 0.05


def test_touch_strokes_are_collected(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    draw_touch(pad, wave(600, 240, n=20))
    draw_touch(pad, wave(600, 240, n=20, phase=1.5))
    ink = pad.ink()
    assert len(ink.strokes) == 2
    assert ink.point_count >= 38
    assert ink.is_substantial()


def test_stylus_pressure_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    pts = wave(600, 240, n=12)
    pressures = [0.2 + 0.05 * i for i in range(12)]
    draw_stylus(pad, pts, pressures)
    stroke = pad.ink().strokes[0]
    assert [round(p.pressure, 2) for p in stroke] == [round(x, 2) for x in pressures]
    # No synthesised mouse events doubled the stroke.
    assert len(pad.ink().strokes) == 1


def test_a_dot_or_scratch_is_not_a_signature_and_clear_empties(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    draw_mouse(pad, wave(600, 240, n=40)[:3])
    assert not pad.ink().is_substantial()
    draw_mouse(pad, wave(600, 240))
    assert pad.ink().is_substantial()
    pad.clear()
    assert pad.is_empty() and pad.ink().point_count == 0


def test_painting_draws_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    blank = pad.grab().toImage()
    draw_mouse(pad, wave(600, 240))
    drawn = pad.grab().toImage()
    dark = sum(
        1
        for x in range(0, 600, 3)
        for y in range(0, 240, 3)
        if drawn.pixelColor(x, y).lightness() < 90 and blank.pixelColor(x, y).lightness() > 90
    )
    assert dark > 50


def test_the_encoding_made_ahead_is_always_the_current_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    draw_mouse(pad, wave(600, 240))
    made = pad._encoded
    assert made is not None and made[1] == encode(pad.ink())  # made at the stroke's end
    assert pad.encoded() is made[1]  # and used as it is
    draw_touch(pad, wave(600, 240, n=30))
    assert pad.encoded() == encode(pad.ink())  # a second stroke: made again
    assert len(decode(pad.encoded()).strokes) == 2
    pad.resize(500, 200)
    assert pad.encoded() == encode(pad.ink())  # the size is part of the ink
    pad.clear()
    assert pad._encoded is None  # nothing of the earlier signer is kept
    assert pad.encoded() == encode(pad.ink())
    assert decode(pad.encoded()).point_count == 0
