"""Drawn signatures written into a page as integer PDF paths, simplified within 0.2 mm.

The fast path of the submission bundle, where thousands of signatures are drawn:
- `_reach` runs on each signature's stored integers (`domain.ink.decode_grid`) and drops
  every point whose removal keeps all captured points within the tolerance, less the
  rounding below, of the drawn line (distance to the segment, as RDP);
- only the kept points are scaled into the box and rounded to a grid of UNIT (0.25 pt):
  a move of at most ROUNDING;
- a page's signatures are written as one block: the frame (UNIT, y down as ink is stored,
  line style) once, then per signature a relative move of the frame (`1 0 0 1 dx dy cm`),
  the path operators formatted in one `%` call, and `S`.
Integers of at most three or four digits a point, and the style once a page, keep a bundle
small; a grid of 0.25 pt gave fewer bytes than 0.1 pt (shorter numbers outweigh the few more
points a smaller remaining tolerance keeps; docs/performance.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import itemgetter

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain.ink import InkGrid, decode_grid

TOLERANCE = 0.2 * mm  # how far the printed line may stray from the drawn one
UNIT = 0.25  # page points per unit of the integer grid signatures are drawn on
# The most a drawn point moves from where it belongs: half a unit each way from rounding, and
# half a hundredth of a unit each way from the signature's origin, written in hundredths.
ROUNDING = math.hypot(0.505, 0.505) * UNIT
LINE = 0.6 / UNIT  # a 0.6 pt line, in grid units
# The block's frame: UNIT a unit, y down from the page's bottom edge (as ink is stored).
FRAME = f"q {UNIT} 0 0 -{UNIT} 0 0 cm {LINE:g} w 1 J 1 j 0 G"
_PAD = 10  # ink coordinates are stored in 0.1 pad units
Strokes = list[tuple[list[int], list[int]]]


def _reach(xs: Sequence[int], ys: Sequence[int], limit: float) -> list[int]:
    """Indices kept by a forward pass: from each kept point, the line reaches as far along
    the stroke as every point it skips stays within `limit` of it (distance to the segment).
    Same guarantee as RDP, a few per cent fewer points on signatures, and about twice as
    fast: the skipped runs are short, so each point is checked a few times. The first
    check from each kept point (one point skipped) is written out, as it is the one that
    decides most points of a signature; the points a longer line would skip are kept
    relative to the kept point as the run grows, so each check is one step of a loop over
    a list (no indexing, no subtraction)."""
    n = len(xs)
    t2 = limit * limit
    out = [0]
    a = 0
    last = n - 1
    while a < last - 1:
        ax, ay = xs[a], ys[a]
        # Can the line from a to a + 2 skip a + 1?
        dx, dy = xs[a + 2] - ax, ys[a + 2] - ay
        px, py = xs[a + 1] - ax, ys[a + 1] - ay
        length2 = dx * dx + dy * dy
        cross = px * dy - py * dx
        if cross * cross > t2 * length2:
            far = True  # too far from the line, so from the segment (most points)
        else:
            dot = px * dx + py * dy
            if dot <= 0:
                far = px * px + py * py > t2
            elif dot >= length2:
                qx, qy = px - dx, py - dy
                far = qx * qx + qy * qy > t2
            else:
                far = False
        if far:
            a += 1
            out.append(a)
            continue
        run = [(px, py), (dx, dy)]  # the points skipped so far, relative to a
        e = a + 2
        c = a + 3
        while c < n:
            dx, dy = xs[c] - ax, ys[c] - ay
            length2 = dx * dx + dy * dy
            bound = t2 * length2
            for px, py in run:
                cross = px * dy - py * dx
                if cross * cross > bound:
                    break
                dot = px * dx + py * dy
                if dot <= 0:
                    if px * px + py * py > t2:
                        break
                elif dot >= length2:
                    qx, qy = px - dx, py - dy
                    if qx * qx + qy * qy > t2:
                        break
            else:
                e = c
                run.append((dx, dy))
                c += 1
                continue
            break
        out.append(e)
        a = e
    if a < last:
        out.append(last)
    return out


def fit(
    grid: InkGrid, x: float, y: float, w: float, h: float, tolerance: float = TOLERANCE
) -> tuple[int, int, float, Strokes]:
    """The signature fitted into the box (x, y, w, h), aspect ratio kept, and simplified:
    (origin x, origin y, k, [(xs, ys) per stroke]). The strokes are the stored integers
    (0.1 pad units, y down) of the points kept; k is grid units per stored unit; the origin
    is the fitted box's top left corner in hundredths of a grid unit of the block's frame
    (x right, y down from the page's bottom edge, so y is negative). A point (u, v) is drawn
    at the origin plus (k u, k v), each rounded to a whole unit; every captured point stays
    within `tolerance` of what is drawn."""
    pad_w = max(grid.width / _PAD, 1.0)
    pad_h = max(grid.height / _PAD, 1.0)
    scale = min(w / pad_w, h / pad_h)  # page points per pad unit
    k = scale / (_PAD * UNIT)
    left = x + (w - pad_w * scale) / 2
    top = y + (h - pad_h * scale) / 2 + pad_h * scale
    ox, oy = round(left / UNIT * 100), round(-top / UNIT * 100)
    # Simplified on the stored integers (distances scale with k, so the limit does too);
    # only the kept points are scaled and rounded, which moves both ends of a segment, and
    # so every point of it, by at most ROUNDING: the limit leaves room for that.
    limit = (tolerance - ROUNDING) / UNIT / k if k > 0 else 0.0
    out = []
    for xs, ys in grid.strokes:
        if not xs:
            continue
        if len(xs) > 2 and limit > 0:
            kept = itemgetter(*_reach(xs, ys, limit))
            out.append((list(kept(xs)), list(kept(ys))))
        else:
            out.append((xs, ys))
    return ox, oy, k, out


def path(k: float, strokes: Strokes) -> str:
    """Path operators for the strokes scaled by k, each number rounded to a whole unit;
    a single point becomes a short dash."""
    parts = []
    for xs, ys in strokes:
        n = len(xs)
        numbers: list[int] = [0] * (2 * n)
        numbers[0::2] = [round(k * v) for v in xs]
        numbers[1::2] = [round(k * v) for v in ys]
        if n == 1:
            u, v = numbers
            parts.append(f"{u} {v} m\n{u + 1} {v} l\n")
            continue
        parts.append(("%d %d m\n" + "%d %d l\n" * (n - 1)) % tuple(numbers))
    return "".join(parts)


class PageInk:
    """The drawn signatures of one page, written to the canvas as one block by `flush`."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._parts: list[str] = []
        self._at = (0, 0)

    def add(
        self, grid: InkGrid, x: float, y: float, w: float, h: float,
        tolerance: float = TOLERANCE,
    ) -> int:  # fmt: skip
        """Queue a signature fitted into the box; returns the number of points drawn."""
        ox, oy, k, strokes = fit(grid, x, y, w, h, tolerance)
        if not strokes:
            return 0
        ax, ay = self._at
        # The move from the previous signature's origin, in exact hundredths.
        move = f"1 0 0 1 {(ox - ax) / 100:.2f} {(oy - ay) / 100:.2f} cm\n"
        self._parts.append(move + path(k, strokes) + "S")
        self._at = (ox, oy)
        return sum(len(xs) for xs, _ in strokes)

    def add_blob(
        self, blob: bytes, x: float, y: float, w: float, h: float,
        tolerance: float = TOLERANCE,
    ) -> int:  # fmt: skip
        """`add` straight from a stored blob; raises BadInput (and queues nothing) for a
        damaged one."""
        return self.add(decode_grid(blob, xy_only=True), x, y, w, h, tolerance)

    def flush(self) -> None:
        """Write the queued signatures: the frame and line style once, each signature's
        move and path, and the frame closed, so nothing leaks into what follows."""
        if self._parts:
            self.canvas.addLiteral(FRAME + "\n" + "\n".join(self._parts) + "\nQ")
        self._parts = []
        self._at = (0, 0)
