"""Ink encoding version 3: delta columns laid out for the base64 that carries them.

    b"SINK" 0x03 | width*10 (u32) | height*10 (u32) | stroke count s (u16)
    | pressure (u16): 0..65534, every point's pressure; 0xFFFF: a pressure column follows
    | s point counts (u16) | each stroke's first x (i32), then first y (i32), first t (i32),
      first p (u16, only with a pressure column) | zero bytes up to a whole number of
      3-byte groups
    then symbols of six bits, the sextets base64 makes of the rest (four to three bytes):
    | LO: for each channel in turn, x, y, t (and p), a symbol per point after its stroke's
      first: r & 63
    | HI: the same again: (r >> 6) & 63
    | exceptions: for each r written as the marker -2048, in order, the number it stands
      for, as a zigzag varint of five bits a symbol, low bits first (32 = more follows)
    | zero symbols up to a whole group of four
All integers little-endian; units as in versions 1 and 2 (0.1 pad units, milliseconds,
0..1000). r is a point's difference from the one before it in its stroke; one outside
-2047..2047 (none on a pad: 205 pad units between two events) is written as the marker.

Why: a sealed batch carries each blob in base64 inside JSON, compressed with gzip. Base64
cuts bytes into sextets, so version 2's byte columns reached deflate smeared over symbols
that change with a byte's place in its group of three. Here every symbol is the low or the
high six bits of one number, so deflate's Huffman codes see like with like: the low
symbols of a smooth stroke, and the high ones, nearly all 0 or 63 for a pen's small steps,
each get their own short codes. A finger's constant pressure costs two bytes, and a
stroke's first point, a jump from the last, sits in the head. On the rehearsal handwriting
a sealed batch is about a fifth smaller than with version 2 (docs/performance.md, fifth
pass, branch ink7).

Decoding stays in C as version 2's does: base64 and `bytes.translate` give the symbols,
one integer OR joins each number's low byte, and `array` reads the 16-bit numbers, summed
per stroke by `itertools.accumulate`. Ink whose x, y or t fall outside 32 bits, or whose
pressure is not in 0..65534, does not fit (`fits`) and is written in version 2.
"""

from __future__ import annotations

import binascii
import itertools
import struct
import sys
from array import array
from operator import sub

from stallapp.domain.ink_columns import Grid

MAGIC = b"SINK\x03"
_HEAD = struct.Struct("<IIHH")
_START = len(MAGIC) + _HEAD.size
PER_POINT = 0xFFFF  # the pressure field: a column follows
MARKER = -2048
_MARKER_HIGH = b"g"  # the marker's high symbol, 32
_I32 = 1 << 31
_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SWAP = sys.byteorder == "big"
# a byte -> the base64 character of its low six bits
_CHAR = bytes(_ALPHABET[b & 63] for b in range(256))
# a base64 character -> its symbol; -> its low two bits moved to the top of a byte (the
# bits 6 and 7 of r); -> its top four bits, sign-extended (r's high byte)
_SYMBOL = bytes(_ALPHABET.find(c) % 64 for c in range(256))
_BITS_6_7 = bytes((_ALPHABET.find(c) % 4) << 6 for c in range(256))
_HIGH_BYTE = bytes(
    ((_ALPHABET.find(c) % 64) >> 2) | (0xF0 if _ALPHABET.find(c) >= 32 else 0) for c in range(256)
)

Channels = list[tuple[list[int], list[int], list[int], list[int]]]


class Damaged(ValueError):
    """The blob is not a well-formed version 3 encoding."""


def fits(strokes: Channels) -> bool:
    """Whether version 3 holds these strokes: x, y and t within 32 bits (signed), pressures
    in 0..65534, at most 65535 strokes and points a stroke."""
    if len(strokes) > 0xFFFF:
        return False
    for xs, ys, ts, ps in strokes:
        if not xs:
            continue
        if len(xs) > 0xFFFF or not (min(ps) >= 0 and max(ps) < PER_POINT):
            return False
        for values in (xs, ys, ts):
            if not (min(values) >= -_I32 and max(values) < _I32):
                return False
    return True


def _constant(pressures: list[list[int]]) -> int:
    """The one pressure of every point, or PER_POINT."""
    if not pressures:
        return PER_POINT
    low = min(min(ps) for ps in pressures)
    return low if low == max(max(ps) for ps in pressures) else PER_POINT


def _varint(out: bytearray, value: int) -> None:
    z = (value << 1) if value >= 0 else ((-value << 1) - 1)
    while z >= 32:
        out.append(_ALPHABET[32 | (z & 31)])
        z >>= 5
    out.append(_ALPHABET[z])


def encode(width: int, height: int, strokes: Channels) -> bytes:
    """Version 3 blob of strokes given as integer channels (xs, ys, ts, ps) per stroke,
    which `fits` must accept; ValueError when width or height does not fit its field."""
    pressure = _constant([s[3] for s in strokes if s[3]])
    try:
        head = MAGIC + _HEAD.pack(width, height, len(strokes), pressure)
    except struct.error as exc:
        raise ValueError("an ink number is out of range") from exc
    n_channels = 4 if pressure == PER_POINT else 3
    firsts: list[list[int]] = [[] for _ in range(n_channels + 1)]
    deltas: list[int] = []
    for k in range(n_channels):
        for s in strokes:
            values = s[k]
            deltas += map(sub, values[1:], values)
            if k == 0:
                firsts[0].append(len(values))
            firsts[k + 1].append(values[0] if values else 0)
    fields = "HiiiH"[: n_channels + 1]
    n = len(strokes)
    head += b"".join(struct.pack(f"<{n}{f}", *v) for f, v in zip(fields, firsts, strict=True))
    head += bytes(-len(head) % 3)
    exceptions = bytearray()
    if deltas and (min(deltas) <= MARKER or max(deltas) >= -MARKER):
        for v in deltas:
            if not MARKER < v < -MARKER:
                _varint(exceptions, v)
        deltas = [v if MARKER < v < -MARKER else MARKER for v in deltas]
    numbers = array("h", deltas)
    if _SWAP:
        numbers.byteswap()
    raw = numbers.tobytes()
    # Bits 6..11 of each number: the 16-bit numbers as one integer, shifted right by six,
    # leave them in the low byte of each number's place (what the next number shifts in
    # lands in the high byte); `_CHAR` keeps six bits.
    high = (int.from_bytes(raw, "little") >> 6).to_bytes(len(raw), "little")[0::2]
    symbols = raw[0::2].translate(_CHAR) + high.translate(_CHAR) + exceptions
    symbols += b"A" * (-len(symbols) % 4)
    return head + binascii.a2b_base64(symbols)


def _fields(n: int, n_channels: int) -> struct.Struct:
    key = (n, n_channels)
    found = _FIELDS.get(key)
    if found is None:
        found = struct.Struct("<" + "".join(f"{n}{f}" for f in "HiiiH"[: n_channels + 1]))
        if len(_FIELDS) < 64:
            _FIELDS[key] = found
    return found


_FIELDS: dict[tuple[int, int], struct.Struct] = {}


def _numbers(low: bytes, high: bytes) -> list[int]:
    """Signed 16-bit numbers from their low and high symbols (base64 characters)."""
    bits = int.from_bytes(low.translate(_SYMBOL), "little")
    bits |= int.from_bytes(high.translate(_BITS_6_7), "little")
    halves = bytearray(2 * len(low))
    halves[0::2] = bits.to_bytes(len(low), "little")
    halves[1::2] = high.translate(_HIGH_BYTE)
    r = array("h", halves)
    if _SWAP:
        r.byteswap()
    return r.tolist()


def decode(blob: bytes, max_strokes: int, max_points: int, xy_only: bool = False) -> Grid:
    """The integer channels of a version 3 blob; raises Damaged for anything malformed.
    With `xy_only` the whole blob is still checked, but times and pressures are left out
    (empty), which is all a drawing needs."""
    if len(blob) < _START:
        raise Damaged
    width, height, n, pressure = _HEAD.unpack_from(blob, len(MAGIC))
    if n > max_strokes:
        raise Damaged
    n_channels = 4 if pressure == PER_POINT else 3
    fields = _fields(n, n_channels)
    stop = _START + fields.size
    stop += -stop % 3
    if len(blob) < stop or (len(blob) - stop) % 3 or any(blob[_START + fields.size : stop]):
        raise Damaged  # whole groups of three bytes: no "=" from base64
    head = fields.unpack_from(blob, _START)
    counts = head[:n]
    total = sum(counts)
    if total > max_points:
        raise Damaged
    m = total - n + counts.count(0)  # points after each stroke's first
    span = n_channels * m
    chars = binascii.b2a_base64(blob[stop:], newline=False)
    if len(chars) < 2 * span:
        raise Damaged
    used = 2 * m if xy_only and _MARKER_HIGH not in chars[span + 2 * m : 2 * span] else span
    deltas = _numbers(chars[:used], chars[span : span + used])
    symbols = chars[2 * span :].translate(_SYMBOL)
    end = 0
    if _MARKER_HIGH in chars[span : 2 * span] and MARKER in deltas:  # markers are rare
        if used < span:
            deltas = _numbers(chars[:span], chars[span : 2 * span])
        end = _exceptions(deltas, symbols)
    if len(symbols) - end >= 4 or any(symbols[end:]):
        raise Damaged
    out: list[list[list[int]]] = []
    for k in range(2 if xy_only else n_channels):
        out.append(_sums(deltas, k * m, counts, head[(k + 1) * n : (k + 2) * n]))
    strokes = tuple(zip(out[0], out[1], strict=True))
    if xy_only:
        return width, height, strokes, (), ()
    presses = tuple(out[3]) if n_channels == 4 else tuple([pressure] * c for c in counts)
    return width, height, strokes, tuple(out[2]), presses


def _exceptions(deltas: list[int], symbols: bytes) -> int:
    """Replaces each marker in `deltas` by its number, read as varints from the start of
    `symbols` (symbol values); returns where they end."""
    pos = 0
    at = -1
    try:
        while True:
            try:
                at = deltas.index(MARKER, at + 1)
            except ValueError:
                break
            z = shift = 0
            while True:
                s = symbols[pos]
                pos += 1
                z |= (s & 31) << shift
                if s < 32:
                    break
                shift += 5
                if shift > 40:
                    raise Damaged
            deltas[at] = (z >> 1) ^ -(z & 1)
    except IndexError:
        raise Damaged from None
    return pos


def _sums(
    deltas: list[int], a: int, counts: tuple[int, ...], firsts: tuple[int, ...]
) -> list[list[int]]:
    """A channel's values per stroke: each stroke's first, then running sums of its
    differences, which start at `a` in `deltas`."""
    out: list[list[int]] = []
    accumulate = itertools.accumulate
    for c, first in zip(counts, firsts, strict=True):
        if c:
            b = a + c - 1
            out.append(list(accumulate(deltas[a:b], initial=first)))
            a = b
        else:
            out.append([])
    return out
