"""A stall event: where and when signatures were collected (no personal data)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, time

from stallapp.domain.errors import FieldError
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


def _text(field: str, raw: str | None, required: bool) -> str | None:
    text = collapse_spaces(nfkc(raw or ""))
    if not text:
        if required:
            raise FieldError(field, f"Please enter the {field}.")
        return None
    if has_control(text) or len(text) > MAX_TEXT:
        raise FieldError(field, f"The {field} must be plain text of at most {MAX_TEXT} characters.")
    return text


def _hhmm(field: str, raw: str | None) -> str | None:
    if not raw:
        return None
    if not re.match(r"^\d{1,2}:\d{2}$", raw.strip()):
        raise FieldError(field, f"The {field} time must look like 12:00.")
    hours, minutes = (int(p) for p in raw.strip().split(":"))
    try:
        return time(hours, minutes).strftime("%H:%M")
    except ValueError:
        raise FieldError(field, f"The {field} time must look like 12:00.") from None


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
        raise FieldError("date", "The date must look like 2026-11-28.") from None
    s, e = _hhmm("start", start), _hhmm("end", end)
    if (s is None) != (e is None):
        raise FieldError("end", "Give both a start and an end time, or neither.")
    if s and e and e <= s:
        raise FieldError("end", "The end time must be after the start time.")
    return StallEvent(
        id=event_id or new_event_id(),
        city=_text("city", city, True) or "",
        location=_text("location", location, True) or "",
        date=iso,
        start=s,
        end=e,
        group_name=_text("group", group_name, False),
    )
