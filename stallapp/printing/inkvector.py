"""A drawn signature as vector strokes on the page, simplified within a stated tolerance.

Points are scaled from pad units into a box on the page (aspect ratio kept), then each
stroke is simplified with Ramer-Douglas-Peucker: every dropped point lies within the
tolerance of the kept polyline, so the printed line is faithful to the drawn one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.ink import Ink

TOLERANCE = 0.2 * mm  # how far the printed line may stray from the drawn one
Point = tuple[float, float]


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
    """Ramer-Douglas-Peucker, iterative (no recursion limit on long strokes)."""
    n = len(points)
    if n < 3 or tolerance <= 0:
        return list(points)
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        a, b = points[first], points[last]
        for i in range(first + 1, last):
            d = _distance(points[i], a, b)
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


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
    """The ink's strokes in page points, fitted into the box (x, y, w, h), y up."""
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
        out.append(simplify(pts, tolerance) if tolerance else pts)
    return out


def draw(
    canvas: Canvas,
    ink: Ink,
    x: float,
    y: float,
    w: float,
    h: float,
    tolerance: float | None = TOLERANCE,
) -> int:
    """Draw the signature into the box; returns the number of points drawn."""
    strokes = page_strokes(ink, x, y, w, h, tolerance)
    path = canvas.beginPath()
    drawn = 0
    for pts in strokes:
        path.moveTo(*pts[0])
        if len(pts) == 1:
            path.lineTo(pts[0][0] + 0.3, pts[0][1])
        for p in pts[1:]:
            path.lineTo(*p)
        drawn += len(pts)
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
    return drawn
