"""Ink encoding version 3 (`domain/ink_sextets.py`): exact round trips, older versions
still read, damaged blobs refused cleanly, and what it is for: a smaller sealed batch."""

from __future__ import annotations

import base64
import contextlib
import random
import struct
import zlib
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stallapp.domain import ink, ink_sextets
from stallapp.domain.errors import BadInput
from stallapp.services.rehearsal import ink as synthetic_ink
from tests.support.ink_strategies import inks as random_inks

inks = random_inks(3000)
# Integer channels straight into the codec, jumps of any size (markers and exceptions).
numbers = st.integers(min_value=-(2**31), max_value=2**31 - 1)
stroke = st.integers(min_value=0, max_value=30).flatmap(
    lambda n: st.tuples(
        *(st.lists(numbers, min_size=n, max_size=n) for _ in range(3)),
        st.lists(st.integers(0, 65534), min_size=n, max_size=n),
    )
)


@given(inks)
def test_round_trip_is_exact_and_new_ink_is_version_3(value: ink.Ink) -> None:
    blob = ink.encode(value)
    assert blob.startswith(ink.MAGIC_V3)
    assert ink.decode(blob) == ink.quantise(value)
    assert ink.decode_grid(blob) == ink.decode_grid(ink.encode_v2(value))
    assert ink.decode_grid(blob, xy_only=True).strokes == ink.decode_grid(blob).strokes


@given(st.lists(stroke, max_size=6), st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1))
def test_codec_round_trip_with_any_numbers(strokes: list, width: int, height: int) -> None:  # type: ignore[type-arg]
    channels = [tuple(list(c) for c in s) for s in strokes]
    assert ink_sextets.fits(channels)  # type: ignore[arg-type]
    blob = ink_sextets.encode(width, height, channels)  # type: ignore[arg-type]
    w, h, xy, ts, ps = ink_sextets.decode(blob, 400, 20_000)
    assert (w, h) == (width, height)
    assert [(list(x), list(y)) for x, y in xy] == [(s[0], s[1]) for s in channels]
    assert list(ts) == [s[2] for s in channels] and list(ps) == [s[3] for s in channels]
    assert ink_sextets.decode(blob, 400, 20_000, xy_only=True)[2] == xy


def test_large_steps_go_through_the_exceptions() -> None:
    # A step of 204.8 pad units or more between two events (none on a pad) is a marker
    # and a varint; times with a long pause too.
    channels = [
        (
            [0, 2047, 4095, 0, 32767],
            [5, 5, 2053, 9, 9],
            [0, 10, 5000, 5001, 90000],
            [0, 1000, 0, 500, 500],
        )
    ]
    blob = ink_sextets.encode(6000, 2000, channels)  # type: ignore[arg-type]
    _, _, xy, ts, ps = ink_sextets.decode(blob, 400, 20_000)
    assert xy == ((channels[0][0], channels[0][1]),)
    assert ts == (channels[0][2],) and ps == (channels[0][3],)


def test_constant_pressure_is_stored_once() -> None:
    finger = ink.Ink(600, 200, (tuple(ink.InkPoint(10 + i, 20, 16 * i) for i in range(50)),))
    stylus = ink.Ink(
        600, 200, (tuple(ink.InkPoint(10 + i, 20, 16 * i, 0.5 + i / 200) for i in range(50)),)
    )
    assert len(ink.encode(finger)) < len(ink.encode(stylus))
    assert ink.decode(ink.encode(finger)) == ink.quantise(finger)
    assert ink.decode(ink.encode(stylus)) == ink.quantise(stylus)


def test_numbers_beyond_32_bits_do_not_fit_and_are_refused_cleanly() -> None:
    far = ink.Ink(600, 200, ((ink.InkPoint(1, 1, 0), ink.InkPoint(1, 1, 2**31)),))
    assert not ink_sextets.fits([([10, 10], [10, 10], [0, 2**31], [1000, 1000])])
    with pytest.raises(BadInput):
        ink.encode(far)
    edge = ink.Ink(600, 200, ((ink.InkPoint(1, 1, 0), ink.InkPoint(1, 1, 2**31 - 1)),))
    assert ink.decode(ink.encode(edge)) == ink.quantise(edge)


@given(inks)
def test_older_versions_still_read(value: ink.Ink) -> None:
    assert ink.decode(ink.encode_v1(value)) == ink.quantise(value)
    assert ink.decode(ink.encode_v2(value)) == ink.quantise(value)


def test_every_truncation_and_extension_rejected() -> None:
    blob = ink.encode(synthetic_ink(random.Random(4)))
    for cut in range(len(blob)):
        with pytest.raises(BadInput):
            ink.decode(blob[:cut])
    for extra in (b"\x00\x00\x00", b"\x01", b"AAA"):
        with pytest.raises(BadInput):
            ink.decode(blob + extra)


def _head(n_strokes: int, pressure: int, counts: list[int]) -> bytes:
    fields = struct.pack(f"<{n_strokes}H", *counts) + bytes(12 * n_strokes)
    head = ink.MAGIC_V3 + struct.pack("<IIHH", 6000, 2000, n_strokes, pressure) + fields
    return head + bytes(-len(head) % 3)


@pytest.mark.parametrize(
    "blob",
    [
        ink.MAGIC_V3 + b"\x10\x17",  # cut inside the header
        _head(401, 1000, [0] * 401),  # too many strokes
        _head(1, 1000, [20_001]),  # too many points
        _head(1, 1000, [3]),  # points, but no symbols for them
        _head(1, 1000, [3])[:-1] + b"\x01" + bytes(6),  # a byte where padding must be zero
        _head(1, 1000, [3]) + bytes(12),  # symbols beyond the padding of the last group
        _head(1, 1000, [3]) + base64.b64decode(b"AAAAAAgA"),  # a marker, no number for it
        _head(1, 1000, [3]) + base64.b64decode(b"AAAAAAgB"),  # its number cut short (32+)
        # a number of more than 41 bits (nine "more" symbols, then one)
        _head(1, 1000, [3]) + base64.b64decode(b"AAAAAAgAAAAA" + b"g" * 9 + b"BAA"),
    ],
)
def test_damaged_version_3_rejected(blob: bytes) -> None:
    with pytest.raises(BadInput):
        ink.decode(blob)
    with pytest.raises(BadInput):
        ink.decode_grid(blob, xy_only=True)


@given(st.binary(max_size=300))
def test_any_version_3_bytes_decode_or_refuse_cleanly(tail: bytes) -> None:
    blob = ink.MAGIC_V3 + tail
    try:
        grid = ink.decode_grid(blob)
    except BadInput:
        with pytest.raises(BadInput):
            ink.decode_grid(blob, xy_only=True)
        return
    assert sum(len(xs) for xs, _ in grid.strokes) <= ink.MAX_POINTS
    assert ink.decode_grid(blob, xy_only=True).strokes == grid.strokes


@given(st.binary(min_size=1, max_size=40), st.integers(0, 10_000))
def test_damaged_real_blobs_decode_or_refuse_cleanly(noise: bytes, at: int) -> None:
    blob = bytearray(ink.encode(synthetic_ink(random.Random(9))))
    at %= len(blob)
    blob[at : at + len(noise)] = noise
    with contextlib.suppress(BadInput):
        ink.decode(bytes(blob))


def test_version_3_makes_a_smaller_sealed_batch() -> None:
    """What version 3 is for: a stall day of rehearsal handwriting, in base64 and gzip as
    a sealed batch carries it, is at least 15% smaller than in version 2 (about 22% when
    measured; docs/performance.md)."""
    rng = random.Random(11)
    samples = [synthetic_ink(rng) for _ in range(200)]

    def sealed(encode: Callable[[ink.Ink], bytes]) -> int:
        text = ",".join(base64.b64encode(encode(s)).decode() for s in samples).encode()
        packer = zlib.compressobj(9, zlib.DEFLATED, 31, 9)
        return len(packer.compress(text) + packer.flush())

    assert sealed(ink.encode) < 0.85 * sealed(ink.encode_v2)
