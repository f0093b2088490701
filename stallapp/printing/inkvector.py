"""A drawn signature as vector strokes on the page, simplified within a stated tolerance.

Points are scaled from pad units into a box on the page (aspect ratio kept), then each
stroke is simplified: every dropped point lies within the tolerance of the kept polyline,
so the printed line is faithful to the drawn one. The simplified drawing itself is
`inkpage`'s (integer paths, the bundle's fast path); this module keeps the floating-point
reference (`page_strokes` without a tolerance, Ramer-Douglas-Peucker `simplify`) that
tests and the unsimplified baseline draw from.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from stallapp.domain.ink import Ink, InkGrid
from stallapp.printing import inkpage
from stallapp.printing.inkpage import TOLERANCE

__all__ = ["TOLERANCE", "draw", "max_deviation", "page_strokes", "path_operators", "simplify"]
# Simplified strokes are written to 0.1 pt: rounding moves a point by at most this much,
# which comes out of the tolerance before simplifying.
ROUNDING = math.hypot(0.05, 0.05)
Point = tuple[float, float]
_GRID = 10  # ink coordinates are stored in 0.1 pad units; the page grid is 0.1 pt


def _distance(p: Point, a: Point, b: Point) -> float:
    """Distance from p to the segment a-b."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(p[0] - ax, p[1] - ay)
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Ramer-Douglas-Peucker with distances to the segment (not the infinite line), so
    every dropped point lies within `tolerance` of the result. Iterative: no recursion
    limit on long strokes. Written for speed: it runs on every point of every signature.
    """
    if len(points) < 3 or tolerance <= 0:
        return list(points)
    keep = _kept([p[0] for p in points], [p[1] for p in points], tolerance)
    return [p for p, k in zip(points, keep, strict=True) if k]


def _kept(xs: Sequence[float], ys: Sequence[float], tolerance: float) -> list[bool]:
    """Which points RDP keeps (see `simplify`), for coordinates given as two sequences."""
    n = len(xs)
    keep = [False] * n
    keep[0] = keep[-1] = True
    t2 = tolerance * tolerance
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        ax, ay = xs[first], ys[first]
        dx, dy = xs[last] - ax, ys[last] - ay
        length2 = dx * dx + dy * dy
        worst, index = t2, -1
        inv = 1.0 / length2 if length2 > 0 else 0.0
        for i in range(first + 1, last):
            px, py = xs[i] - ax, ys[i] - ay
            t = (px * dx + py * dy) * inv
            if t <= 0.0:
                d2 = px * px + py * py  # nearest to the first end (or a closed loop)
            elif t >= 1.0:
                ex, ey = px - dx, py - dy
                d2 = ex * ex + ey * ey
            else:
                cross = px * dy - py * dx
                d2 = cross * cross * inv
            if d2 > worst:
                worst, index = d2, i
        if index >= 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return keep


def max_deviation(original: Sequence[Point], kept: Sequence[Point]) -> float:
    """Largest distance from an original point to the simplified polyline (for tests)."""
    if len(kept) == 1:
        return max(math.hypot(p[0] - kept[0][0], p[1] - kept[0][1]) for p in original)
    return max(
        min(_distance(p, kept[i], kept[i + 1]) for i in range(len(kept) - 1)) for p in original
    )


def page_strokes(
    ink: Ink, x: float, y: float, w: float, h: float, tolerance: float | None = TOLERANCE
) -> list[list[Point]]:
    """The ink's strokes in page points, fitted into the box (x, y, w, h), y up.

    With a tolerance, strokes are simplified and rounded to 0.1 pt so that every captured
    point stays within the tolerance of the result; without, every point is kept as is.
    """
    pad_w = max(ink.width, 1.0)
    pad_h = max(ink.height, 1.0)
    scale = min(w / pad_w, h / pad_h)
    ox = x + (w - pad_w * scale) / 2
    oy = y + (h - pad_h * scale) / 2
    out = []
    for stroke in ink.strokes:
        if not stroke:
            continue
        pts = [(ox + p.x * scale, oy + (pad_h - p.y) * scale) for p in stroke]
        if not tolerance:
            out.append(pts)
            continue
        rounded: list[Point] = []
        for px, py in simplify(pts, tolerance - ROUNDING):
            q = (round(px, 1), round(py, 1))
            if not rounded or rounded[-1] != q:
                rounded.append(q)
        out.append(rounded)
    return out


def path_operators(strokes: list[list[Point]], decimals: int = 2) -> str:
    """PDF path operators (moveto/lineto) for the strokes, to `decimals` places of a point.

    Written directly rather than point by point through ReportLab's path object, whose
    number formatting dominates the time of a bundle with thousands of signatures.
    """
    ops = []
    for pts in strokes:
        x0, y0 = pts[0]
        ops.append(f"{x0:.{decimals}f} {y0:.{decimals}f} m")
        if len(pts) == 1:
            ops.append(f"{x0 + 0.3:.{decimals}f} {y0:.{decimals}f} l")  # a dot still shows
        ops.extend([f"{x:.{decimals}f} {y:.{decimals}f} l" for x, y in pts[1:]])
    return "\n".join(ops)


def _grid_of(ink: Ink) -> InkGrid:
    """A decoded Ink's strokes back on the 0.1 pad-unit grid they were stored on (exact for
    every stored ink; ink not yet encoded is rounded to that grid first)."""
    return InkGrid(
        round(ink.width * _GRID),
        round(ink.height * _GRID),
        tuple(
            ([round(p.x * _GRID) for p in s], [round(p.y * _GRID) for p in s]) for s in ink.strokes
        ),
        (),
        (),
    )


def draw(
    canvas: Canvas,
    ink: Ink,
    x: float,
    y: float,
    w: float,
    h: float,
    tolerance: float | None = TOLERANCE,
) -> int:
    """Draw the signature into the box; returns the number of points drawn.

    Simplified drawing takes the bundle's integer path (`inkpage`); without a tolerance
    every point is written at 0.01 pt, as captured.
    """
    if tolerance:
        page = inkpage.PageInk(canvas)
        drawn = page.add(_grid_of(ink), x, y, w, h, tolerance)
        page.flush()
        return drawn
    strokes = page_strokes(ink, x, y, w, h, tolerance)
    if not strokes:
        return 0
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.addLiteral(path_operators(strokes, 1 if tolerance else 2) + "\nS")
    canvas.restoreState()
    return sum(len(s) for s in strokes)
