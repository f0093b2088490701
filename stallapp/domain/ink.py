"""Ink: a drawn signature as strokes of (x, y, t, pressure) points, and its compact encoding.

New ink is written in version 3 (`ink_sextets`: delta columns laid out for the base64 a
sealed batch carries them in, left for the batch's compression), or in version 2
(`ink_columns`: fixed-width delta columns) when it does not fit version 3; versions 1 and 2
are still read, and `encode_v1` and `encode_v2` write them for tests.

Encoding version 1, all integers as LEB128 varints, signed ones zigzag-coded:
    b"SINK" 0x01 | zlib( width*10, height*10, stroke count,
                         per stroke: point count, per point: dx, dy, dt, dp )
x and y are quantised to 0.1 pad units, t to milliseconds from the first point, pressure to
0..1000. Deltas run across stroke boundaries, so a signature of a few hundred points takes a
few hundred bytes. The decoder is strict: it bounds every count and rejects trailing bytes.
"""

from __future__ import annotations

import itertools
import math
import zlib
from dataclasses import dataclass

from stallapp.domain import ink_columns, ink_sextets
from stallapp.domain.errors import BadInput

MAGIC = b"SINK\x01"
MAGIC_V2 = ink_columns.MAGIC
MAGIC_V3 = ink_sextets.MAGIC
MAX_STROKES = 400
MAX_POINTS = 20_000
_MAX_BODY = 16 * MAX_POINTS + 64
_SCALE = 10
_PRESSURE_SCALE = 1000


@dataclass(frozen=True)
class InkPoint:
    x: float
    y: float
    t: int  # milliseconds since the signature's first point
    pressure: float = 1.0  # 0..1; 1.0 where the device reports none (mouse)


Stroke = tuple[InkPoint, ...]


@dataclass(frozen=True)
class Ink:
    width: float
    height: float
    strokes: tuple[Stroke, ...]

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def path_length(self) -> float:
        total = 0.0
        for stroke in self.strokes:
            for a, b in itertools.pairwise(stroke):
                total += math.hypot(b.x - a.x, b.y - a.y)
        return total

    def is_substantial(self) -> bool:
        """False for an empty pad, a dot or a tiny scratch: not a signature."""
        if self.point_count < 8:
            return False
        return self.path_length() >= 0.25 * max(self.width, self.height, 1.0)

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p.x for s in self.strokes for p in s]
        ys = [p.y for s in self.strokes for p in s]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))


def quantise(ink: Ink) -> Ink:
    """The ink as it will come back from a round trip through encode/decode."""

    def q(v: float) -> float:
        return round(v * _SCALE) / _SCALE

    def qp(v: float) -> float:
        return round(min(max(v, 0.0), 1.0) * _PRESSURE_SCALE) / _PRESSURE_SCALE

    return Ink(
        q(ink.width),
        q(ink.height),
        tuple(
            tuple(InkPoint(q(p.x), q(p.y), int(p.t), qp(p.pressure)) for p in s)
            for s in ink.strokes
        ),
    )


def _put(out: bytearray, value: int) -> None:
    if value < 0:
        raise ValueError("varint must be non-negative")
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def _zigzag(value: int) -> int:
    return (value << 1) if value >= 0 else ((-value << 1) - 1)


def _unzigzag(value: int) -> int:
    return (value >> 1) if not value & 1 else -((value + 1) >> 1)


def _check_size(ink: Ink) -> None:
    if len(ink.strokes) > MAX_STROKES or ink.point_count > MAX_POINTS:
        raise BadInput("The signature has too many strokes or points.")


def encode(ink: Ink) -> bytes:
    """The ink in encoding version 3 (`ink_sextets`), or version 2 (`ink_columns`) when it
    does not fit version 3, quantised as `quantise` says."""
    return _encode(ink, newest=True)


def encode_v2(ink: Ink) -> bytes:
    """The ink in encoding version 2 (`ink_columns`), as stallapp wrote it before version
    3; kept so that tests and the benches can make the blobs older vaults hold."""
    return _encode(ink, newest=False)


def _pressures(stroke: Stroke) -> list[int]:
    """Pressures in thousandths, clamped to 0..1000 (rounding first and clamping after
    gives the same numbers as `quantise`, and spares two calls a point in the kiosk)."""
    try:
        ps = [round(p.pressure * _PRESSURE_SCALE) for p in stroke]
    except OverflowError:  # an infinite pressure: clamped first, as before
        return [round(min(max(p.pressure, 0.0), 1.0) * _PRESSURE_SCALE) for p in stroke]
    if ps and (min(ps) < 0 or max(ps) > _PRESSURE_SCALE):
        ps = [min(max(v, 0), _PRESSURE_SCALE) for v in ps]
    return ps


def _encode(ink: Ink, newest: bool) -> bytes:
    _check_size(ink)
    strokes = [
        (
            [round(p.x * _SCALE) for p in s],
            [round(p.y * _SCALE) for p in s],
            [int(p.t) for p in s],
            _pressures(s),
        )
        for s in ink.strokes
    ]
    width = max(0, round(ink.width * _SCALE))
    height = max(0, round(ink.height * _SCALE))
    try:
        if newest and ink_sextets.fits(strokes):
            return ink_sextets.encode(width, height, strokes)
        return ink_columns.encode(width, height, strokes)
    except ValueError as exc:  # a coordinate or time beyond 32 bits
        raise BadInput("The signature has points out of range.") from exc


def encode_v1(ink: Ink) -> bytes:
    """The ink in encoding version 1 (zlib over varints), as stallapp wrote it before
    issue 12; kept so that tests can make the blobs older vaults and batches hold."""
    _check_size(ink)
    body = bytearray()
    _put(body, max(0, round(ink.width * _SCALE)))
    _put(body, max(0, round(ink.height * _SCALE)))
    _put(body, len(ink.strokes))
    px = py = pt = pp = 0
    for stroke in ink.strokes:
        _put(body, len(stroke))
        for p in stroke:
            x = round(p.x * _SCALE)
            y = round(p.y * _SCALE)
            t = int(p.t)
            pr = round(min(max(p.pressure, 0.0), 1.0) * _PRESSURE_SCALE)
            for value in (x - px, y - py, t - pt, pr - pp):
                _put(body, _zigzag(value))
            px, py, pt, pp = x, y, t, pr
    return MAGIC + zlib.compress(bytes(body), 9)


def _varints(body: bytes) -> list[int]:
    """Every varint of the body, in one pass; a cut-off or over-long varint is damage."""
    out: list[int] = []
    append = out.append
    value = shift = 0
    for byte in body:
        if byte & 0x80:
            value |= (byte & 0x7F) << shift
            shift += 7
            if shift > 63:
                raise BadInput("The signature data is damaged.")
        else:
            append(value | (byte << shift))
            value = shift = 0
    if shift:
        raise BadInput("The signature data is damaged.")
    return out


@dataclass(frozen=True)
class InkGrid:
    """Decoded ink as integers in 0.1 pad units, y down: no point objects.

    `strokes` holds (xs, ys) per stroke. What the bundle draws from; `decode` builds the
    `Ink` with its points from the same numbers.
    """

    width: int
    height: int
    strokes: tuple[tuple[list[int], list[int]], ...]
    times: tuple[list[int], ...]
    pressures: tuple[list[int], ...]


def decode_grid(blob: bytes, *, xy_only: bool = False) -> InkGrid:
    """Decode and check a blob of any version, with integer coordinates. `xy_only` may
    leave out times and pressures (empty), for drawing."""
    if blob.startswith(MAGIC_V3):
        try:
            return InkGrid(*ink_sextets.decode(blob, MAX_STROKES, MAX_POINTS, xy_only))
        except ink_sextets.Damaged:
            raise BadInput("The signature data is damaged.") from None
    if blob.startswith(MAGIC_V2):
        try:
            return InkGrid(*ink_columns.decode(blob, MAX_STROKES, MAX_POINTS, xy_only))
        except ink_columns.Damaged:
            raise BadInput("The signature data is damaged.") from None
    if not blob.startswith(MAGIC):
        raise BadInput("The signature data is not in a known format.")
    try:
        inflater = zlib.decompressobj()
        body = inflater.decompress(blob[len(MAGIC) :], _MAX_BODY)
        if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
            raise BadInput("The signature data is damaged.")
    except zlib.error as exc:
        raise BadInput("The signature data is damaged.") from exc
    v = _varints(body)
    if len(v) < 3 or v[2] > MAX_STROKES:
        raise BadInput("The signature data is damaged.")
    width, height, n_strokes = v[0], v[1], v[2]
    pos, total, end = 3, 0, len(v)
    strokes: list[tuple[list[int], list[int]]] = []
    times: list[list[int]] = []
    pressures: list[list[int]] = []
    px = py = pt = pp = 0
    for _ in range(n_strokes):
        if pos >= end:
            raise BadInput("The signature data is damaged.")
        n = v[pos]
        total += n
        stop = pos + 1 + 4 * n
        if total > MAX_POINTS or stop > end:
            raise BadInput("The signature data is damaged.")
        # zigzag back to signed deltas, then running sums (across strokes, as encoded)
        d = [(z >> 1) ^ -(z & 1) for z in v[pos + 1 : stop]]
        xs = list(itertools.accumulate(d[0::4], initial=px))[1:]
        ys = list(itertools.accumulate(d[1::4], initial=py))[1:]
        ts = list(itertools.accumulate(d[2::4], initial=pt))[1:]
        ps = list(itertools.accumulate(d[3::4], initial=pp))[1:]
        if n:
            px, py, pt, pp = xs[-1], ys[-1], ts[-1], ps[-1]
        strokes.append((xs, ys))
        times.append(ts)
        pressures.append(ps)
        pos = stop
    if pos != end:
        raise BadInput("The signature data is damaged.")
    return InkGrid(width, height, tuple(strokes), tuple(times), tuple(pressures))


def decode(blob: bytes) -> Ink:
    grid = decode_grid(blob)
    return Ink(
        grid.width / _SCALE,
        grid.height / _SCALE,
        tuple(
            tuple(
                InkPoint(x / _SCALE, y / _SCALE, t, p / _PRESSURE_SCALE)
                for x, y, t, p in zip(xs, ys, ts, ps, strict=True)
            )
            for (xs, ys), ts, ps in zip(grid.strokes, grid.times, grid.pressures, strict=True)
        ),
    )
