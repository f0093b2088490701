from __future__ import annotations

import pytest

from stallapp.domain.errors import Reason
from stallapp.domain.postcode import HINTS, normalise_uk, problem


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("cv11ll", "CV1 1LL"),
        ("CV1 1LL", "CV1 1LL"),
        ("  l1  8jq ", "L1 8JQ"),
        ("M1 1AE", "M1 1AE"),  # A9 9AA
        ("B33 8TH", "B33 8TH"),  # A99 9AA
        ("CR2 6XH", "CR2 6XH"),  # AA9 9AA
        ("DN55 1PT", "DN55 1PT"),  # AA99 9AA
        ("W1A 1HQ", "W1A 1HQ"),  # A9A 9AA
        ("EC1A 1BB", "EC1A 1BB"),  # AA9A 9AA
        ("gir0aa", "GIR 0AA"),
    ],
)
def test_valid_shapes_normalise(raw: str, canonical: str) -> None:
    assert normalise_uk(raw) == canonical


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "QA1 1AA",  # first letter never Q
        "VA1 1AA",
        "XA1 1AA",
        "AI1 1AA",  # second letter never I, J, Z
        "AJ1 1AA",
        "AZ1 1AA",
        "CV1 1CL",  # inward letters never C I K M O V
        "CV1 1LI",
        "CV1 1KL",
        "CV1 1MO",
        "CV1 1VV",
        "CV1 LL",
        "CV1 11L",
        "123 456",
        "CV1 1LL X",
        "CV1-1LL",
    ],
)
def test_invalid_shapes_rejected(raw: str) -> None:
    assert normalise_uk(raw) is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", Reason.MISSING),
        ("   ", Reason.MISSING),
        ("CV1", Reason.INCOMPLETE),
        ("cv1 1", Reason.INCOMPLETE),
        ("CV1 1LL12", Reason.LONGER_THAN_UK),
        ("CV1 1XX9", Reason.BAD_INWARD),
        ("QQ1 1AA", Reason.NOT_UK_POSTCODE),
        ("CV1 1CL", Reason.NOT_UK_POSTCODE),
        ("cv1 1ll", None),
        ("gir 0aa", None),
    ],
)
def test_problem_gives_a_stable_reason(raw: str, reason: Reason | None) -> None:
    assert problem(raw) == reason


def test_every_problem_has_fixed_english_words() -> None:
    """The words are fixed sentences, so nothing typed can reach a log through them."""
    for raw in ("CV1", "CV1 1LL12", "CV1 1XX9", "QQ1 1AA", ""):
        why = problem(raw)
        assert why is not None and HINTS[why].endswith(".")
