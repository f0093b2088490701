"""Hypothesis strategies for random inks, for the encodings' round-trip tests."""

from __future__ import annotations

from hypothesis import strategies as st

from stallapp.domain import ink


def inks(max_coord: float) -> st.SearchStrategy[ink.Ink]:
    """Inks on pads up to `max_coord` wide and high, with points anywhere on them."""
    coord = st.floats(min_value=0, max_value=max_coord, allow_nan=False)
    point = st.builds(
        ink.InkPoint,
        x=coord,
        y=coord,
        t=st.integers(min_value=0, max_value=600_000),
        pressure=st.floats(min_value=0, max_value=1),
    )
    return st.builds(
        ink.Ink,
        width=coord,
        height=coord,
        strokes=st.lists(st.lists(point, max_size=40).map(tuple), max_size=12).map(tuple),
    )
