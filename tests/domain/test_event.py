from __future__ import annotations

import pytest

from stallapp.domain.errors import Field, FieldError, Reason
from stallapp.domain.event import build_event

GOOD = {"city": "Coventry", "location": "Broadgate", "day": "2026-11-28"}


def test_a_good_event_is_normalised() -> None:
    event = build_event(**GOOD, start="9:05", end="14:00", group_name="  Friends  of HK ")
    assert (event.date, event.start, event.end) == ("2026-11-28", "09:05", "14:00")
    assert event.group_name == "Friends of HK"
    assert event.id.startswith("ev-")


@pytest.mark.parametrize(
    ("overrides", "field", "reason"),
    [
        ({"city": " "}, Field.CITY, Reason.MISSING),
        ({"location": ""}, Field.LOCATION, Reason.MISSING),
        ({"location": "x" * 101}, Field.LOCATION, Reason.TOO_LONG),
        ({"city": "Cov\x00entry"}, Field.CITY, Reason.CONTROL_CHARACTERS),
        ({"group_name": "y" * 101}, Field.GROUP, Reason.TOO_LONG),
        ({"day": "28/11/2026"}, Field.DATE, Reason.BAD_FORMAT),
        ({"start": "noon", "end": "14:00"}, Field.START, Reason.BAD_FORMAT),
        ({"start": "12:00", "end": "25:00"}, Field.END, Reason.BAD_FORMAT),
        ({"start": "12:00"}, Field.END, Reason.UNPAIRED),
        ({"start": "14:00", "end": "12:00"}, Field.END, Reason.NOT_AFTER_START),
    ],
)
def test_rejections_carry_field_and_reason_codes(
    overrides: dict[str, str], field: Field, reason: Reason
) -> None:
    with pytest.raises(FieldError) as info:
        build_event(**{**GOOD, **overrides})
    assert info.value.field is field
    assert info.value.reason is reason
