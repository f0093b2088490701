"""The rehearsal ink used before the fifth pass (`bench_bundle.py --ink zigzag`).

Kept only so earlier bundle figures can be rerun: each point is placed at
`x + i * U(2.5, 4.0) + ...`, a new random factor per point, so the strokes zig-zag sideways
(up to about 2.5 pt at bundle scale) in a way no pen does, and keep most of their points
when simplified. `stallapp.services.rehearsal.ink` now draws smooth handwriting.
"""

from __future__ import annotations

import math
import random

from stallapp.domain import ink as inklib
from stallapp.services import rehearsal


def zigzag_ink(rng: random.Random, width: float = 600.0, height: float = 200.0) -> inklib.Ink:
    """A cursive-looking scribble: a few strokes of joined loops with natural timing."""
    strokes = []
    t = 0
    x = rng.uniform(20, 60)
    for _ in range(rng.randint(2, 4)):
        points = []
        loops = rng.randint(2, 5)
        n = loops * rng.randint(10, 16)
        amp = rng.uniform(20, 60)
        base = height / 2 + rng.uniform(-20, 20)
        for i in range(n):
            phase = 2 * math.pi * loops * i / n
            px = x + i * rng.uniform(2.5, 4.0) + 12 * math.cos(phase)
            py = base - amp * math.sin(phase) * (0.6 + 0.4 * math.sin(i / 7))
            pressure = 0.5 + 0.4 * math.sin(i / 5) ** 2
            points.append(inklib.InkPoint(min(px, width), min(max(py, 0), height), t, pressure))
            t += rng.randint(6, 14)
        strokes.append(tuple(points))
        x = min(width - 100, points[-1].x + rng.uniform(10, 30))
        t += rng.randint(120, 300)
    return inklib.Ink(width, height, tuple(strokes))


def use_zigzag() -> None:
    """Make `rehearsal.signatures` (and so `rehearsal.generate`) draw the old ink."""
    rehearsal.ink = zigzag_ink  # type: ignore[assignment]
