"""Ink encoding version 2: deltas in fixed-width columns, not compressed on their own.

Still read everywhere; new ink is written in version 3 (`ink_sextets`), and version 2 only
by `ink.encode_v2` (tests, benches) or for ink version 3 cannot hold.

    b"SINK" 0x02 | width*10 (u32) | height*10 (u32) | stroke count (u16)
    per stroke: point count n (u16) | widths (u8)
                | if n: the first point's dx, dy, dt, dp from the previous stroke's last
                  point (or from zero), four i32
                | then four columns of n-1 deltas within the stroke: all dx, all dy,
                  all dt, all dp, each column as i8, i16 or i32 (two bits of `widths` per
                  column, lowest bits first: 0 = i8, 1 = i16, 2 = i32; 3 is damage)
All integers little-endian; units as in version 1 (0.1 pad units, milliseconds, 0..1000).

Why: version 1 deflated each blob on its own, so a sealed batch (compressed as a
whole) could not compress the ink any further. Columns of like numbers, left raw, let the
batch's compression find the regularities across a stall day: with xz (batch file version
2) about 0.47 of the sealed ink bytes of version 1, with gzip (version 3) about 0.8
(docs/performance.md). Fixed-width columns also decode in C
(`array`), with no per-byte Python loop, which is what the bundle's drawing needs.
"""

from __future__ import annotations

import itertools
import struct
import sys
from array import array

MAGIC = b"SINK\x02"
_HEAD = struct.Struct("<IIH")
_STROKE = struct.Struct("<HB")
_FIRST = struct.Struct("<iiii")
_TYPES = ("b", "h", "i")
_SIZES = (1, 2, 4)
_LIMITS = (1 << 7, 1 << 15, 1 << 31)
_SWAP = sys.byteorder == "big"
assert [array(t).itemsize for t in _TYPES] == list(_SIZES)

Grid = tuple[
    int,
    int,
    tuple[tuple[list[int], list[int]], ...],
    tuple[list[int], ...],
    tuple[list[int], ...],
]


class Damaged(ValueError):
    """The blob is not a well-formed version 2 encoding."""


def _column(deltas: list[int]) -> tuple[int, bytes]:
    """The narrowest width code that holds every delta, and the column's bytes."""
    low, high = (min(deltas), max(deltas)) if deltas else (0, 0)
    for code, limit in enumerate(_LIMITS):
        if -limit <= low and high < limit:
            column = array(_TYPES[code], deltas)
            if _SWAP:
                column.byteswap()
            return code, column.tobytes()
    raise ValueError("an ink delta is out of range")


def encode(
    width: int, height: int, strokes: list[tuple[list[int], list[int], list[int], list[int]]]
) -> bytes:
    """Version 2 blob of strokes given as integer channels (xs, ys, ts, ps) per stroke;
    ValueError when a number does not fit its field."""
    try:
        return _encode(width, height, strokes)
    except struct.error as exc:
        raise ValueError("an ink number is out of range") from exc


def _encode(
    width: int, height: int, strokes: list[tuple[list[int], list[int], list[int], list[int]]]
) -> bytes:
    out = [MAGIC, _HEAD.pack(width, height, len(strokes))]
    last = [0, 0, 0, 0]
    for channels in strokes:
        n = len(channels[0])
        if n == 0:
            out.append(_STROKE.pack(0, 0))
            continue
        codes, columns = 0, []
        for k, values in enumerate(channels):
            code, column = _column([b - a for a, b in itertools.pairwise(values)])
            codes |= code << (2 * k)
            columns.append(column)
        first = [values[0] - last[k] for k, values in enumerate(channels)]
        last = [values[-1] for values in channels]
        out += [_STROKE.pack(n, codes), _FIRST.pack(*first), *columns]
    return b"".join(out)


def decode(blob: bytes, max_strokes: int, max_points: int, xy_only: bool = False) -> Grid:
    """The integer channels of a version 2 blob; raises Damaged for anything malformed.
    With `xy_only` the whole blob is still checked, but times and pressures are left out
    (empty), which is all a drawing needs."""
    end = len(blob)
    pos = len(MAGIC) + _HEAD.size
    if end < pos:
        raise Damaged
    width, height, n_strokes = _HEAD.unpack_from(blob, len(MAGIC))
    if n_strokes > max_strokes:
        raise Damaged
    strokes: list[tuple[list[int], list[int]]] = []
    times: list[list[int]] = []
    pressures: list[list[int]] = []
    last = (0, 0, 0, 0)
    total = 0
    for _ in range(n_strokes):
        if pos + _STROKE.size > end:
            raise Damaged
        n, codes = _STROKE.unpack_from(blob, pos)
        pos += _STROKE.size
        total += n
        if total > max_points:
            raise Damaged
        if n == 0:
            if codes:
                raise Damaged
            strokes.append(([], []))
            times.append([])
            pressures.append([])
            continue
        if pos + _FIRST.size > end:
            raise Damaged
        first = _FIRST.unpack_from(blob, pos)
        pos += _FIRST.size
        channels: list[list[int]] = []
        for k in range(4):
            code = (codes >> (2 * k)) & 3
            if code == 3:
                raise Damaged
            stop = pos + (n - 1) * _SIZES[code]
            if stop > end:
                raise Damaged
            if xy_only and k >= 2:
                channels.append([])
            else:
                column = array(_TYPES[code], blob[pos:stop])
                if _SWAP:
                    column.byteswap()
                channels.append(list(itertools.accumulate(column, initial=last[k] + first[k])))
            pos = stop
        xs, ys, ts, ps = channels
        last = (xs[-1], ys[-1], 0, 0) if xy_only else (xs[-1], ys[-1], ts[-1], ps[-1])
        strokes.append((xs, ys))
        if not xy_only:
            times.append(ts)
            pressures.append(ps)
    if pos != end:
        raise Damaged
    return width, height, tuple(strokes), tuple(times), tuple(pressures)
