"""Signature strokes simplified with Ramer-Douglas-Peucker stay within 0.2 mm."""

from __future__ import annotations

import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

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
