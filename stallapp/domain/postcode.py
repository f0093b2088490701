"""UK postcode normalisation and format validation (see shared DOMAIN.md).

A format check does not prove that a postcode exists; it catches typos at the stall.
"""

from __future__ import annotations

import re

from stallapp.domain.errors import Reason

# Inward code: digit then two letters, never C, I, K, M, O or V.
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
# First letter never Q, V, X; second letter never I, J, Z.
_A1 = "[A-PR-UWYZ]"
_A2 = "[A-HK-Y]"
_OUTWARD = (
    rf"(?:{_A1}[0-9]"  # A9
    rf"|{_A1}[0-9]{{2}}"  # A99
    rf"|{_A1}{_A2}[0-9]"  # AA9
    rf"|{_A1}{_A2}[0-9]{{2}}"  # AA99
    rf"|{_A1}[0-9][A-HJKPSTUW]"  # A9A
    rf"|{_A1}{_A2}[0-9][ABEHMNPRVWXY])"  # AA9A
)
_POSTCODE = re.compile(rf"^(?:(?P<out>{_OUTWARD})(?P<in>{_INWARD})|(?P<gir>GIR0AA))$")


def compact(raw: str) -> str:
    """Strip all white space and upper-case."""
    return "".join(raw.split()).upper()


_AREA_OF_BLOCK = re.compile(r"^([A-Z][A-Z0-9]{1,3})[0-9][A-Z]{2}$")


def area_of(block: str) -> str:
    """The postcode area a compact postcode belongs to for near matching: the outward code
    of a UK-shaped postcode ("CV11LL" -> "CV1"), else the whole of it. The same rule in SQL
    fills the column in storage/migrations/v9_person_areas.py."""
    m = _AREA_OF_BLOCK.match(block)
    return m.group(1) if m else block


def normalise_uk(raw: str) -> str | None:
    """Return the canonical "OUTWARD INWARD" form, or None if the format is not a UK one."""
    text = compact(raw)
    m = _POSTCODE.match(text)
    if m is None:
        return None
    if m.group("gir"):
        return "GIR 0AA"
    return f"{m.group('out')} {m.group('in')}"


def problem(raw: str) -> Reason | None:
    """What is wrong with a partly typed UK postcode, as a stable code; None if it is valid."""
    if normalise_uk(raw) is not None:
        return None
    text = compact(raw)
    if not text:
        return Reason.MISSING
    if len(text) < 5:
        return Reason.INCOMPLETE
    if len(text) > 7:
        return Reason.LONGER_THAN_UK
    if not text[-3].isdigit():
        return Reason.BAD_INWARD
    return Reason.NOT_UK_POSTCODE


# The English words for each problem (the command line; screens translate their own).
HINTS = {
    Reason.MISSING: "Please enter your postcode, e.g. CV1 1LL.",
    Reason.INCOMPLETE: "A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL.",
    Reason.LONGER_THAN_UK: "That is longer than a UK postcode, e.g. CV1 1LL.",
    Reason.BAD_INWARD: "The last part of a postcode is a number then two letters, e.g. 1LL.",
    Reason.NOT_UK_POSTCODE: "That does not look like a UK postcode. Please check it, e.g. CV1 1LL.",
}
