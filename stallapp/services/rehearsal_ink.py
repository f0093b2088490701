"""Synthetic handwriting for rehearsal signers, sampled the way the kiosk's pad samples a pen.

A signature is a few pen-down strokes (the words of a name, joined letters), sometimes a
flourish under them and a dot or two. Each word is the pen's path as a smooth function of
time: a steady drift to the right plus an up-and-down oscillation whose height, width and
looping change slowly (cursive letters: loops where the sideways swing outruns the drift,
humps where it does not), slanted, starting and ending at rest.

The pad (`ui/kiosk/signature_pad.py`) records one point per pointer event, in pad units
(logical pixels) with a float position, the milliseconds since the first point, and the
pressure the device reports (1.0 for a finger or a mouse); it drops an event at the same
position as the last point. So the path here is sampled at the event rate, not at even
spacing: the points lie far apart where the pen is fast and close where it slows. Most
signers use a finger on the touch screen (60 events a second); some a stylus (100 a
second, with pressure).
"""

from __future__ import annotations

import math
import random
from typing import Protocol

from stallapp.domain.ink import Ink, InkPoint, Stroke

_TAU = 2 * math.pi
_RAMP = 0.06  # seconds the pen takes to get up to speed, and to stop


class _Path(Protocol):
    def at(self, s: float) -> tuple[float, float]: ...


class _Wobble:
    """A smooth random factor near 1: two slow sine waves with random phases."""

    def __init__(self, rng: random.Random, depth: float) -> None:
        self.waves = [
            (depth * rng.uniform(0.4, 1.0), _TAU * rng.uniform(0.6, 2.5), rng.uniform(0, _TAU))
            for _ in range(2)
        ]

    def __call__(self, t: float) -> float:
        return 1.0 + sum(a * math.sin(w * t + p) for a, w, p in self.waves) / 2


def _progress(t: float, duration: float) -> float:
    """Time along the path for clock time t: the pen accelerates from rest over _RAMP and
    slows to rest over the last _RAMP (speed a smooth ramp; its integral, in closed form)."""
    r = min(_RAMP, duration / 3)

    def ramp_area(s: float) -> float:  # integral of (1 - cos(pi s / r)) / 2 from 0 to s
        return s / 2 - r / (2 * math.pi) * math.sin(math.pi * s / r)

    if t <= r:
        return ramp_area(t)
    if t >= duration - r:
        return (duration - 2 * r) + r / 2 + (r / 2 - ramp_area(duration - t))
    return r / 2 + (t - r)


class _Word:
    """One pen-down stroke of joined letters, as a function of time in seconds."""

    def __init__(self, rng: random.Random, x0: float, base: float, size: float, capital: bool):
        self.x0, self.base, self.size, self.capital = x0, base, size, capital
        self.drift = size * rng.uniform(3.0, 5.0)  # pad units a second to the right
        self.omega = _TAU * rng.uniform(3.5, 5.5)  # letters a second
        self.swing = rng.uniform(0.2, 0.55)  # sideways swing against height: loops when large
        self.slant = rng.uniform(0.1, 0.45)
        self.phase = -math.pi / 2 if capital else 0.0
        # Each letter's height: most small, some tall (l, h, k), a few short; they change at
        # the baseline, where the pen's height and vertical speed are zero, so smoothly.
        self.letters = [rng.choice((0.8, 1.0, 1.0, 1.1, 1.9, 2.3)) for _ in range(12)]
        self.width = _Wobble(rng, 0.5)
        self.line = _Wobble(rng, 0.15)

    def at(self, s: float) -> tuple[float, float]:
        angle = self.omega * s + self.phase
        letter = min(max(int(angle // _TAU), 0), len(self.letters) - 1)
        high = self.size * self.letters[letter]
        if self.capital and angle < _TAU:
            high *= 1.6
        high = min(high, 0.9 * self.base)  # the tallest letter stays on the pad
        up = high * (0.5 - 0.5 * math.cos(angle))  # from the baseline up and back
        side = -self.swing * 1.2 * self.size * self.width(s) * math.sin(angle)  # tall: narrow
        lift = self.size * 0.4 * (self.line(s) - 1.0)
        x = self.x0 + self.drift * s + side + self.slant * up
        return x, self.base - up + lift


def _sample(
    path: _Path, duration: float, t0: int, step: float, pressure: bool, rng: random.Random,
    width: float, height: float,
) -> Stroke:  # fmt: skip
    """The path as the pad records it: one point per event, `step` ms apart (the event
    clock, with a millisecond of jitter), float positions inside the pad, repeats dropped."""
    at = path.at
    peak = rng.uniform(0.45, 0.85)
    points: list[InkPoint] = []
    k = 0
    while True:
        clock = min(k * step / 1000, duration)
        x, y = at(_progress(clock, duration))
        x, y = min(max(x, 0.0), width), min(max(y, 0.0), height)
        if pressure:
            rise = min(clock, duration - clock) / 0.08
            p = peak * min(1.0, 0.35 + 0.65 * rise)
        else:
            p = 1.0
        t = t0 + round(k * step) + (rng.choice((-1, 0, 0, 1)) if k else 0)
        if points and t <= points[-1].t:
            t = points[-1].t + 1
        if not points or (points[-1].x, points[-1].y) != (x, y):
            points.append(InkPoint(x, y, t, p))
        if clock >= duration:
            return tuple(points)
        k += 1


class _Flourish:
    """A long shallow stroke under the name, left to right with a slight curve."""

    def __init__(self, rng: random.Random, x0: float, x1: float, y: float, size: float):
        self.x0, self.x1, self.y = x0, x1, y
        self.bow = size * rng.uniform(-0.4, 0.4)
        self.tail = size * rng.uniform(-0.6, 0.2)
        self.duration = rng.uniform(0.25, 0.45)

    def at(self, s: float) -> tuple[float, float]:
        u = min(max(s / self.duration, 0.0), 1.0)
        x = self.x0 + (self.x1 - self.x0) * u
        return x, self.y + self.bow * math.sin(math.pi * u) + self.tail * u**3


def handwriting(rng: random.Random, width: float = 600.0, height: float = 200.0) -> Ink:
    """A plausible signature on a pad of `width` x `height` pad units (see the module)."""
    stylus = rng.random() < 0.25
    step = 10.0 if stylus else 1000 / 60  # ms between pointer events
    size = height * rng.uniform(0.14, 0.22)  # the height of a small letter
    base = height * rng.uniform(0.58, 0.72)
    x = width * rng.uniform(0.05, 0.15)
    strokes: list[Stroke] = []
    t = 0
    words = rng.choice((1, 2, 2, 2, 3))
    right = width * 0.92
    for _ in range(words):
        if x > right - 2 * size:
            break
        duration = rng.uniform(0.55, 1.2)
        word = _Word(rng, x, base + rng.uniform(-0.3, 0.3) * size, size, capital=True)
        # A word never runs off the pad: it is shortened to what fits.
        duration = min(duration, (right - x) / word.drift)
        stroke = _sample(word, duration, t, step, stylus, rng, width, height)
        strokes.append(stroke)
        t = stroke[-1].t + rng.randint(150, 380)
        x = max(p.x for p in stroke) + size * rng.uniform(0.8, 1.8)
    ends = max(p.x for s in strokes for p in s)
    for _ in range(rng.choice((0, 0, 1, 1, 2))):  # dots over letters: a tap is one point
        dot = InkPoint(
            rng.uniform(width * 0.1, ends), base - size * rng.uniform(1.6, 2.4), t,
            rng.uniform(0.4, 0.8) if stylus else 1.0,
        )  # fmt: skip
        strokes.append((dot,))
        t += rng.randint(180, 400)
    if rng.random() < 0.3:
        under = min(height - 2.0, base + size * rng.uniform(0.6, 1.2))
        flourish = _Flourish(rng, width * rng.uniform(0.05, 0.2), ends, under, size)
        strokes.append(_sample(flourish, flourish.duration, t, step, stylus, rng, width, height))
    return Ink(width, height, tuple(strokes))
