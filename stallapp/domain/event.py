"""A stall event: where and when signatures were collected (no personal data)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, time

from stallapp.domain.errors import Field, FieldError, Reason
from stallapp.domain.textnorm import collapse_spaces, has_control, nfkc

MAX_TEXT = 100


@dataclass(frozen=True)
class StallEvent:
    id: str
    city: str
    location: str
    date: str  # YYYY-MM-DD
    start: str | None  # HH:MM
    end: str | None
    group_name: str | None

    def label(self) -> str:
        hours = f" {self.start}-{self.end}" if self.start and self.end else ""
        return f"{self.date}{hours} · {self.location}, {self.city}"


def new_event_id() -> str:
    return "ev-" + secrets.token_hex(4)


def _text(field: Field, raw: str | None, required: bool) -> str | None:
    text = collapse_spaces(nfkc(raw or ""))
    if not text:
        if required:
            raise FieldError(field, f"Please enter the {field}.", reason=Reason.MISSING)
        return None
    if has_control(text) or len(text) > MAX_TEXT:
        raise FieldError(
            field,
            f"The {field} must be plain text of at most {MAX_TEXT} characters.",
            reason=Reason.CONTROL_CHARACTERS if has_control(text) else Reason.TOO_LONG,
        )
    return text


def _hhmm(field: Field, raw: str | None) -> str | None:
    if not raw:
        return None
    if not re.match(r"^\d{1,2}:\d{2}$", raw.strip()):
        raise FieldError(field, f"The {field} time must look like 12:00.", reason=Reason.BAD_FORMAT)
    hours, minutes = (int(p) for p in raw.strip().split(":"))
    try:
        return time(hours, minutes).strftime("%H:%M")
    except ValueError:
        raise FieldError(
            field, f"The {field} time must look like 12:00.", reason=Reason.BAD_FORMAT
        ) from None


def build_event(
    *,
    city: str,
    location: str,
    day: str,
    start: str | None = None,
    end: str | None = None,
    group_name: str | None = None,
    event_id: str | None = None,
) -> StallEvent:
    try:
        iso = date.fromisoformat(day.strip()).isoformat()
    except (ValueError, AttributeError):
        raise FieldError(
            Field.DATE, "The date must look like 2026-11-28.", reason=Reason.BAD_FORMAT
        ) from None
    s, e = _hhmm(Field.START, start), _hhmm(Field.END, end)
    if (s is None) != (e is None):
        raise FieldError(
            Field.END, "Give both a start and an end time, or neither.", reason=Reason.UNPAIRED
        )
    if s and e and e <= s:
        raise FieldError(
            Field.END,
            "The end time must be after the start time.",
            reason=Reason.NOT_AFTER_START,
        )
    return StallEvent(
        id=event_id or new_event_id(),
        city=_text(Field.CITY, city, True) or "",
        location=_text(Field.LOCATION, location, True) or "",
        date=iso,
        start=s,
        end=e,
        group_name=_text(Field.GROUP, group_name, False),
    )
