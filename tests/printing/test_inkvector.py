"""Signature strokes simplified (RDP, and the bundle's integer path) stay within 0.2 mm."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stallapp.domain import ink as inklib
from stallapp.domain.errors import BadInput
from stallapp.printing import inkpage, inkvector
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


class _Literal:
    """Stands in for a canvas: keeps what PageInk writes."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def addLiteral(self, text: str) -> None:
        self.written.append(text)


def _drawn(block: str) -> list[list[list[tuple[float, float]]]]:
    """Page points of every stroke of every signature in a PageInk block, worked out from
    the operators as a PDF reader would (the frame, each relative move, each point)."""
    lines = block.split("\n")
    frame = lines[0].split()
    assert frame[:7] == ["q", "0.25", "0", "0", "-0.25", "0", "0"] and frame[7] == "cm"
    assert lines[-1] == "Q"
    a, d = float(frame[1]), float(frame[4])
    signatures: list[list[list[tuple[float, float]]]] = []
    ox = oy = 0.0
    for line in lines[1:-1]:
        parts = line.split()
        if parts[-1] == "cm":
            assert parts[:4] == ["1", "0", "0", "1"]
            ox, oy = ox + float(parts[4]), oy + float(parts[5])
            signatures.append([])
        elif parts[-1] == "m":
            signatures[-1].append([])
        if parts[-1] in ("m", "l"):
            u, v = float(parts[0]), float(parts[1])
            signatures[-1][-1].append((a * (ox + u), d * (oy + v)))
        elif parts[-1] not in ("cm", "S"):
            raise AssertionError(line)
    return signatures


def _one(grid: inklib.InkGrid, *box: float) -> list[list[tuple[float, float]]]:
    canvas = _Literal()
    page = inkpage.PageInk(canvas)  # type: ignore[arg-type]
    page.add(grid, *box)
    page.flush()
    [block] = canvas.written
    [signature] = _drawn(block)
    return signature


grid_strokes = st.lists(
    st.lists(st.tuples(st.integers(0, 6000), st.integers(0, 2000)), min_size=1, max_size=60),
    min_size=1,
    max_size=4,
)


@given(grid_strokes, st.floats(20, 200), st.floats(8, 60), st.floats(0, 500), st.floats(0, 800))
@settings(max_examples=300, deadline=None)
def test_integer_path_stays_within_tolerance(
    strokes: list[list[tuple[int, int]]], w: float, h: float, x: float, y: float
) -> None:
    grid = inklib.InkGrid(
        6000, 2000, tuple(([p[0] for p in s], [p[1] for p in s]) for s in strokes), (), ()
    )
    ink = inklib.Ink(
        600.0,
        200.0,
        tuple(tuple(inklib.InkPoint(x / 10, y / 10, 0) for x, y in s) for s in strokes),
    )
    full = inkvector.page_strokes(ink, x, y, w, h, tolerance=None)
    drawn = _one(grid, x, y, w, h)
    assert len(full) == len(drawn)
    for original, kept in zip(full, drawn, strict=True):
        assert inkvector.max_deviation(original, kept) <= inkvector.TOLERANCE + 1e-6


def test_blob_drawing_keeps_shape_and_drops_points() -> None:
    rng = random.Random(11)
    box = (3.0, 4.0, 40 * 2.8346, 10 * 2.8346)
    before = after = 0
    for encode in (inklib.encode, inklib.encode_v1):
        for _ in range(20):
            blob = encode(rehearsal.ink(rng))
            full = inkvector.page_strokes(inklib.decode(blob), *box, tolerance=None)
            drawn = _one(inklib.decode_grid(blob, xy_only=True), *box)
            for original, kept in zip(full, drawn, strict=True):
                assert inkvector.max_deviation(original, kept) <= inkvector.TOLERANCE + 1e-6
                before += len(original)
                after += len(kept)
    assert after < before * 0.8


def test_a_page_of_signatures_is_one_self_contained_block() -> None:
    canvas = _Literal()
    page = inkpage.PageInk(canvas)  # type: ignore[arg-type]
    rng = random.Random(3)
    inks = [rehearsal.ink(rng) for _ in range(3)]
    boxes = [(10.0, 700.0 - 40 * i, 100.0, 30.0) for i in range(3)]
    drawn = [page.add_blob(inklib.encode(ink), *box) for ink, box in zip(inks, boxes, strict=True)]
    assert canvas.written == []  # nothing written before flush
    page.flush()
    [block] = canvas.written
    # The frame: 0.25 pt units, y down, and a 0.6 pt round black line, once for the page.
    assert block.startswith("q 0.25 0 0 -0.25 0 0 cm 2.4 w 1 J 1 j 0 G\n")
    assert block.endswith("\nS\nQ")
    signatures = _drawn(block)
    fulls = [
        inkvector.page_strokes(ink, *box, tolerance=None)
        for ink, box in zip(inks, boxes, strict=True)
    ]
    # A dot (one captured point) is drawn as a dash of two: `add` counts captured points.
    counted = [
        sum(1 if len(f) == 1 else len(s) for f, s in zip(full, strokes, strict=True))
        for full, strokes in zip(fulls, signatures, strict=True)
    ]
    assert counted == drawn
    assert any(len(f) == 1 for full in fulls for f in full)  # the rehearsal ink has dots
    for full, strokes in zip(fulls, signatures, strict=True):
        assert len(strokes) == len(full)
        for original, kept in zip(full, strokes, strict=True):
            assert inkvector.max_deviation(original, kept) <= inkvector.TOLERANCE + 1e-6
    page.flush()  # nothing queued: nothing written again
    assert len(canvas.written) == 1


def test_damaged_blob_is_refused_without_drawing() -> None:
    canvas = _Literal()
    page = inkpage.PageInk(canvas)  # type: ignore[arg-type]
    for encode in (inklib.encode, inklib.encode_v1):
        blob = encode(rehearsal.ink(random.Random(4)))
        with pytest.raises(BadInput):
            page.add_blob(blob[:-3], 0, 0, 100, 30)
    page.flush()
    assert canvas.written == []


def test_single_point_stroke_is_drawn_as_a_dot() -> None:
    grid = inklib.InkGrid(6000, 2000, (([100], [100]),), (), ())
    # 10 pad units from the left and top of a 600 x 200 pad, in a 60 x 20 pt box: 1 pt
    # from the left and 19 pt up; the dash is a quarter point long.
    assert _one(grid, 0, 0, 60, 20) == [[(1.0, 19.0), (1.25, 19.0)]]
