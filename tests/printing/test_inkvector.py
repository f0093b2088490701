"""Signature strokes simplified with Ramer-Douglas-Peucker stay within 0.2 mm."""

from __future__ import annotations

import io
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain import ink as inklib
from stallapp.domain.errors import BadInput
from stallapp.printing import inkvector
from stallapp.services import rehearsal

points = st.lists(
    st.tuples(st.floats(0, 200, allow_nan=False), st.floats(0, 60, allow_nan=False)),
    min_size=1,
    max_size=80,
)


@given(points)
@settings(max_examples=200, deadline=None)
def test_simplified_polyline_is_within_tolerance(pts: list[tuple[float, float]]) -> None:
    kept = inkvector.simplify(pts, inkvector.TOLERANCE)
    assert kept[0] == pts[0] and kept[-1] == pts[-1]
    assert set(kept) <= set(pts)
    assert inkvector.max_deviation(pts, kept) <= inkvector.TOLERANCE + 1e-9


def test_synthetic_signatures_lose_points_but_not_shape() -> None:
    rng = random.Random(7)
    box = (0.0, 0.0, 40 * 2.8346, 10 * 2.8346)  # a 40 mm x 10 mm signature cell
    before = after = 0
    for _ in range(20):
        ink = rehearsal.ink(rng)
        full = inkvector.page_strokes(ink, *box, tolerance=None)
        simple = inkvector.page_strokes(ink, *box)
        for a, b in zip(full, simple, strict=True):
            assert inkvector.max_deviation(a, b) <= inkvector.TOLERANCE + 1e-9
            before += len(a)
            after += len(b)
    assert after < before * 0.8


def test_strokes_fit_in_the_box_keeping_aspect_ratio() -> None:
    ink = rehearsal.ink(random.Random(1))
    strokes = inkvector.page_strokes(ink, 10, 20, 100, 20, tolerance=None)
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    assert min(xs) >= 10 and max(xs) <= 110 + 1e-9
    assert min(ys) >= 20 and max(ys) <= 40 + 1e-9
    # 600 x 200 pad units into 100 x 20 points: the scale is 0.1 (limited by the height),
    # so the pad is 60 points wide and centred: x from 30 to 90.
    assert min(xs) >= 30 - 1e-9 and max(xs) <= 90 + 1e-9
    assert math.isclose(ink.width, 600.0)


def test_single_point_stroke_is_kept() -> None:
    assert inkvector.simplify([(1.0, 1.0)], 0.5) == [(1.0, 1.0)]
    assert inkvector.simplify([(0.0, 0.0), (1.0, 0.0)], 0.5) == [(0.0, 0.0), (1.0, 0.0)]


def _page_points(ox: float, oy: float, us: list[int], vs: list[int]) -> list[tuple[float, float]]:
    return [(ox + u / 10, oy + v / 10) for u, v in zip(us, vs, strict=True)]


grid_strokes = st.lists(
    st.lists(st.tuples(st.integers(0, 6000), st.integers(0, 2000)), min_size=1, max_size=60),
    min_size=1,
    max_size=4,
)


@given(grid_strokes, st.floats(20, 200), st.floats(8, 60))
@settings(max_examples=200, deadline=None)
def test_integer_path_stays_within_tolerance(
    strokes: list[list[tuple[int, int]]], w: float, h: float
) -> None:
    grid = inklib.InkGrid(
        6000, 2000, tuple(([p[0] for p in s], [p[1] for p in s]) for s in strokes), (), ()
    )
    ink = inklib.Ink(
        600.0,
        200.0,
        tuple(tuple(inklib.InkPoint(x / 10, y / 10, 0) for x, y in s) for s in strokes),
    )
    full = inkvector.page_strokes(ink, 5.0, 7.0, w, h, tolerance=None)
    ox, oy, drawn = inkvector.grid_strokes(grid, 5.0, 7.0, w, h)
    assert len(full) == len(drawn)
    for original, (us, vs) in zip(full, drawn, strict=True):
        kept = _page_points(ox, oy, us, vs)
        assert inkvector.max_deviation(original, kept) <= inkvector.TOLERANCE + 1e-9


def test_blob_drawing_keeps_shape_and_drops_points() -> None:
    rng = random.Random(11)
    box = (3.0, 4.0, 40 * 2.8346, 10 * 2.8346)
    before = after = 0
    for _ in range(20):
        blob = inklib.encode(rehearsal.ink(rng))
        full = inkvector.page_strokes(inklib.decode(blob), *box, tolerance=None)
        ox, oy, drawn = inkvector.grid_strokes(inklib.decode_grid(blob), *box)
        for original, (us, vs) in zip(full, drawn, strict=True):
            assert inkvector.max_deviation(original, _page_points(ox, oy, us, vs)) <= (
                inkvector.TOLERANCE + 1e-9
            )
            before += len(original)
            after += len(us)
    assert after < before * 0.8


def test_blob_drawing_is_one_self_contained_fragment() -> None:
    canvas = Canvas(io.BytesIO(), pageCompression=0)
    blob = inklib.encode(rehearsal.ink(random.Random(3)))
    drawn = inkvector.draw_blob(canvas, blob, 10, 10, 100, 30)
    assert drawn > 0
    text = canvas.getpdfdata().decode("latin-1")
    start = text.index("q 0.1 0 0 0.1 ")
    fragment = text[start : text.index("S Q", start) + 3]
    assert " cm 6 w 1 J 1 j 0 G\n" in fragment  # a 0.6 pt round line in the 0.1 pt frame
    assert fragment.count(" m\n") == len(inklib.decode(blob).strokes)
    assert fragment.count(" l\n") + fragment.count(" m\n") == drawn


def test_damaged_blob_is_refused_without_drawing() -> None:
    canvas = Canvas(io.BytesIO())
    blob = inklib.encode(rehearsal.ink(random.Random(4)))
    with pytest.raises(BadInput):
        inkvector.draw_blob(canvas, blob[:-3], 0, 0, 100, 30)


def test_single_point_stroke_is_drawn_as_a_dot() -> None:
    grid = inklib.InkGrid(6000, 2000, (([100], [100]),), (), ())
    ox, oy, strokes = inkvector.grid_strokes(grid, 0, 0, 60, 20)
    assert strokes == [([10], [190])]
    assert "10 190 m\n13 190 l" in inkvector.grid_operators(ox, oy, strokes)
