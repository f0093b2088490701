"""A copy of everything held about one signer, for them (UK GDPR Article 15).

One section per signature: the petition, what was recorded, how consent was given (what
the signer actually saw), where and when, and the drawn signature where there is one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm

from stallapp.domain import ink as inklib
from stallapp.domain.errors import StallappError
from stallapp.printing import inkvector, layout

CONNECTION_WORDS = {"live": "lives there", "work": "works there", "study": "studies there"}


@dataclass(frozen=True)
class HeldSignature:
    petition_id: str
    petition_title: str
    recipient: str
    name: str
    address_lines: tuple[str, ...]
    postcode: str
    country: str
    email: str | None
    language: str
    origin: str
    how_consent_was_given: str
    consent_version: str
    consent_at: str
    contact_consent: bool
    connection: str | None
    sheet_serial: str | None
    sheet_row: int | None
    captured_at: str
    stall: str
    receipt_code: str
    ink: bytes | None


@dataclass(frozen=True)
class PersonRecord:
    person_id: str
    prepared_at: str
    controller: tuple[str, str]  # name, contact
    signatures: tuple[HeldSignature, ...]


def _lines(h: HeldSignature) -> list[tuple[str, str]]:
    how = "on paper, signed by hand" if h.origin == "paper" else "on a tablet at a stall"
    out = [
        ("Petition", f"{h.petition_title} ({h.petition_id}), to {h.recipient}"),
        ("Name", h.name),
        ("Address", ", ".join(h.address_lines) or "(not recorded)"),
        ("Postcode", f"{h.postcode} ({h.country})"),
        ("Email", h.email or "(not recorded)"),
        ("Signed", f"{how}, {h.stall}, {h.captured_at[:16].replace('T', ' ')} UTC"),
        ("Consent", f"{h.how_consent_was_given}; recorded {h.consent_at[:10]}"),
        ("Contact about future campaigns", "yes" if h.contact_consent else "no"),
        ("Language", h.language),
        (
            "Receipt code" if h.origin == "kiosk" else "Internal reference (no slip on paper)",
            h.receipt_code,
        ),
    ]
    if h.connection:
        out.append(("Connection to the area", CONNECTION_WORDS.get(h.connection, h.connection)))
    if h.sheet_serial:
        out.append(("Paper sheet", f"{h.sheet_serial}, row {h.sheet_row}"))
    return out


def render(record: PersonRecord) -> bytes:
    size = layout.paper("a4")
    w, h = size
    inner = w - 2 * layout.MARGIN
    out = io.BytesIO()
    c = layout.new_canvas(out, size, "Your data")
    y = h - layout.MARGIN

    def block(text: str, size_pt: float = 10, bold: bool = False, gap: float = 2 * mm) -> None:
        nonlocal y
        if y - layout.block_height(text, inner, size_pt, bold) < layout.MARGIN:
            c.showPage()
            y = h - layout.MARGIN
        y = layout.draw_block(c, text, layout.MARGIN, y, inner, size_pt, bold) - gap

    name, contact = record.controller
    block("The data we hold about you", 16, bold=True, gap=3 * mm)
    block(
        f"Prepared on {record.prepared_at[:10]} by {name} ({contact}) for reference "
        f"{record.person_id}. It lists every signature of yours held in this copy of "
        f"the campaign's records: {len(record.signatures)} in all.",
        10,
        gap=4 * mm,
    )
    for number, held in enumerate(record.signatures, start=1):
        block(f"Signature {number}", 12, bold=True)
        for label, value in _lines(held):
            block(f"{label}: {value}", 9.5, gap=1 * mm)
        if held.ink:
            if y - 28 * mm < layout.MARGIN:
                c.showPage()
                y = h - layout.MARGIN
            block("Drawn signature:", 9.5, gap=1 * mm)
            try:
                inkvector.draw(
                    c, inklib.decode(held.ink), layout.MARGIN, y - 24 * mm, 70 * mm, 24 * mm
                )
            except StallappError:
                block("(the drawn signature is damaged and cannot be shown)", 9)
            y -= 26 * mm
        y -= 3 * mm
    block(
        "You can ask us to erase these signatures, or withdraw your consent, at any time "
        "before they are handed over; sheets already handed to an MP or council cannot be "
        "recalled. You can complain to the Information Commissioner's Office (ico.org.uk).",
        9.5,
    )
    c.showPage()
    c.save()
    return out.getvalue()
