from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stallapp.domain import ink
from stallapp.domain.errors import BadInput
from stallapp.services.rehearsal import ink as synthetic_ink

coord = st.floats(min_value=0, max_value=4000, allow_nan=False)
point = st.builds(
    ink.InkPoint,
    x=coord,
    y=coord,
    t=st.integers(min_value=0, max_value=600_000),
    pressure=st.floats(min_value=0, max_value=1),
)
inks = st.builds(
    ink.Ink,
    width=coord,
    height=coord,
    strokes=st.lists(st.lists(point, max_size=40).map(tuple), max_size=12).map(tuple),
)


@given(inks)
def test_round_trip_is_exact_after_quantising(value: ink.Ink) -> None:
    decoded = ink.decode(ink.encode(value))
    assert decoded == ink.quantise(value)
    assert ink.encode(decoded) == ink.encode(value)


def test_encoding_is_compact() -> None:
    sample = synthetic_ink(random.Random(7))
    blob = ink.encode(sample)
    # Four numbers a point; a naive float32 encoding would take 16 bytes a point.
    assert len(blob) < 16 * sample.point_count / 3
    assert ink.decode(blob) == ink.quantise(sample)


@pytest.mark.parametrize(
    "blob",
    [b"", b"SINK", b"SINK\x01", b"SINK\x01garbage", b"NOPE\x01" + b"\x00" * 20],
)
def test_damaged_blobs_rejected_cleanly(blob: bytes) -> None:
    with pytest.raises(BadInput):
        ink.decode(blob)


def test_every_truncation_rejected() -> None:
    blob = ink.encode(synthetic_ink(random.Random(1)))
    for cut in range(len(blob)):
        with pytest.raises(BadInput):
            ink.decode(blob[:cut])


def test_substantial() -> None:
    assert synthetic_ink(random.Random(3)).is_substantial()
    dot = ink.Ink(600, 200, ((ink.InkPoint(10, 10, 0), ink.InkPoint(10.5, 10, 5)),))
    assert not dot.is_substantial()
    assert not ink.Ink(600, 200, ()).is_substantial()
