"""Rehearsal ink looks and is sampled like a signature on the kiosk's pad: smooth strokes,
one point per pointer event, seeded, inside the pad."""

from __future__ import annotations

import itertools
import math
import random

from reportlab.lib.units import mm

from stallapp.domain import ink as inklib
from stallapp.printing import inkpage
from stallapp.services import rehearsal

# Milliseconds between points: 60 events a second for a finger (16 or 17 ms), 100 for a
# stylus (10 ms), each event stamped up to a millisecond early or late.
TOUCH_STEPS = set(range(14, 20))
STYLUS_STEPS = set(range(8, 13))


def _inks(n: int = 200, seed: int = 5) -> list[inklib.Ink]:
    rng = random.Random(seed)
    return [rehearsal.ink(rng) for _ in range(n)]


def test_same_seed_same_ink_and_seeds_differ() -> None:
    assert rehearsal.ink(random.Random(3)) == rehearsal.ink(random.Random(3))
    assert rehearsal.ink(random.Random(3)) != rehearsal.ink(random.Random(4))


def test_ink_stays_on_the_pad_of_any_size() -> None:
    rng = random.Random(8)
    for width, height in ((600.0, 200.0), (280.0, 140.0), (1100.0, 320.0)):
        for _ in range(60):
            ink = rehearsal.ink(rng, width, height)
            assert (ink.width, ink.height) == (width, height)
            left, top, right, bottom = ink.bounds()
            assert left >= 0 and right <= width and top >= 0 and bottom <= height
            assert ink.is_substantial()
            inklib.decode(inklib.encode(ink))  # within the encoding's limits


def test_points_come_at_the_event_rate_of_a_finger_or_a_stylus() -> None:
    kinds = set()
    for ink in _inks():
        stylus = any(p.pressure != 1.0 for s in ink.strokes for p in s)
        kinds.add(stylus)
        steps = STYLUS_STEPS if stylus else TOUCH_STEPS
        for stroke in ink.strokes:
            for a, b in itertools.pairwise(stroke):
                # Not the last step, which the stroke's end cuts short.
                assert b.t - a.t in steps or b is stroke[-1]
                assert 0 < b.t - a.t <= max(steps)
                assert (a.x, a.y) != (b.x, b.y)  # the pad drops a repeated position
            assert all(0 < p.pressure <= 1 for p in stroke)
        for before, after in itertools.pairwise(ink.strokes):
            assert after[0].t - before[-1].t >= 150  # the pen is lifted between strokes
        assert ink.strokes[0][0].t == 0
    assert kinds == {False, True}  # both fingers and styluses sign


def test_strokes_are_smooth_pen_paths() -> None:
    """A pen's path bends gradually: the turn from one step to the next is small next to
    the step itself, and the points crowd where the pen slows (at a stroke's ends)."""
    turns = steps = 0.0
    slow_ends = fast_middles = 0.0
    for ink in _inks():
        for stroke in ink.strokes:
            if len(stroke) < 8:
                continue
            for a, b, c in zip(stroke, stroke[1:], stroke[2:], strict=False):
                turns += math.hypot(c.x - 2 * b.x + a.x, c.y - 2 * b.y + a.y)
                steps += math.hypot(c.x - b.x, c.y - b.y)
            lengths = [math.hypot(b.x - a.x, b.y - a.y) for a, b in itertools.pairwise(stroke)]
            slow_ends += lengths[0] + lengths[-1]
            fast_middles += 2 * sum(lengths) / len(lengths)
    assert turns < 0.5 * steps  # the old zig-zag ink: more than the steps themselves
    assert slow_ends < 0.5 * fast_middles


def test_pad_like_counts_lifts_and_dots() -> None:
    inks = _inks()
    counts = [ink.point_count for ink in inks]
    # A finger at 60 events a second over one to three seconds of writing.
    assert 80 <= sum(counts) / len(counts) <= 200
    assert all(20 <= c <= 600 for c in counts)
    assert any(len(ink.strokes) >= 3 for ink in inks)
    assert any(len(s) == 1 for ink in inks for s in ink.strokes)  # a tap: a dot


def test_smooth_ink_simplifies_well_at_the_bundle_scale() -> None:
    """In a bundle's 38 x 10 mm cell, smooth strokes keep well under half their points
    within 0.2 mm (the zig-zag ink of earlier benches kept 72%)."""
    before = after = 0
    for ink in _inks(100):
        grid = inklib.decode_grid(inklib.encode(ink), xy_only=True)
        _, _, _, strokes = inkpage.fit(grid, 0, 0, 38 * mm, 10.4 * mm)
        before += ink.point_count
        after += sum(len(xs) for xs, _ in strokes)
    assert after < 0.5 * before
