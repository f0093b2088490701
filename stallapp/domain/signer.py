"""A signer's entry: validation, normalisation, receipt codes and the dedupe key.

Error messages name the field and the rule, never the value typed, so that nothing a
signer wrote can reach a log or a screen through an exception.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from stallapp.domain import postcode as pc
from stallapp.domain.errors import BadInput, Field, FieldError, Reason
from stallapp.domain.petition import LANGUAGES, Petition
from stallapp.domain.textnorm import (
    FORMULA_PREFIXES,
    collapse_spaces,
    fold_for_matching,
    has_control,
    nfkc,
)

MAX_NAME = 120
MAX_ADDRESS_LINE = 120
MAX_ADDRESS_LINES = 5
MAX_EMAIL = 254
MAX_POSTCODE = 16
MAX_ROW = 1000
ORIGINS = ("kiosk", "paper")
# How a signer is connected to a council's area, for a scheme open to people who live,
# work or study there (e.g. Sheffield's).
CONNECTIONS = ("live", "work", "study")
RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$")
_SERIAL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Signature:
    uid: str
    petition_id: str
    petition_hash: str
    event_id: str
    name: str
    address_lines: tuple[str, ...]
    postcode: str
    country: str
    email: str | None
    consent_hash: str
    consent_at: str
    contact_consent: bool
    contact_consent_hash: str | None
    language: str
    origin: str
    sheet_serial: str | None
    sheet_row: int | None
    captured_at: str
    receipt_code: str
    dedupe_key: str
    ink: bytes | None
    connection: str | None = None  # live | work | study, on a petition that asks


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_receipt_code() -> str:
    """Eight characters from an unambiguous alphabet, shown as XXXX-XXXX (40 random bits).

    One read of 5 random bytes, cut into eight 5-bit digits: each of the 32 characters is
    equally likely, as with eight `secrets.choice` calls, for one system call instead of eight.
    """
    bits = int.from_bytes(secrets.token_bytes(5), "big")
    chars = "".join(RECEIPT_ALPHABET[(bits >> shift) & 31] for shift in range(35, -1, -5))
    return f"{chars[:4]}-{chars[4:]}"


_CONSENT_CACHE: dict[tuple[int, str, bool, str], tuple[Petition, str]] = {}
_CONSENT_CACHE_SIZE = 64


def _consent_hash(
    petition: Petition, lang: str, contact: bool = False, origin: str = "kiosk"
) -> str:
    """`petition.consent_hash`, computed once per petition object, language and kind.

    Keyed by the object's identity; the entry holds the petition itself, so that identity
    cannot be reused by another object while the entry exists.
    """
    key = (id(petition), lang, contact, origin)
    hit = _CONSENT_CACHE.get(key)
    if hit is not None and hit[0] is petition:
        return hit[1]
    value = petition.consent_hash(lang, contact=contact, origin=origin)
    if len(_CONSENT_CACHE) >= _CONSENT_CACHE_SIZE:
        _CONSENT_CACHE.clear()
    _CONSENT_CACHE[key] = (petition, value)
    return value


def normalise_receipt_code(raw: str) -> str | None:
    text = "".join(raw.split()).replace("-", "").upper()
    text = text.translate(str.maketrans("OILU", "011V"))
    if len(text) != 8 or any(ch not in RECEIPT_ALPHABET for ch in text):
        return None
    return f"{text[:4]}-{text[4:]}"


def clean_name(raw: str) -> str:
    text = collapse_spaces(nfkc(raw or ""))
    if not text:
        raise FieldError(Field.NAME, "Please enter your name.", reason=Reason.MISSING)
    _check_text(Field.NAME, "name", text, MAX_NAME)
    return text


def _check_text(field: Field, label: str, text: str, limit: int) -> None:
    if has_control(text):
        raise FieldError(
            field,
            f"The {label} contains characters that are not allowed.",
            reason=Reason.CONTROL_CHARACTERS,
        )
    if text.startswith(FORMULA_PREFIXES):
        raise FieldError(field, f"The {label} cannot start with = + - or @.", reason=Reason.FORMULA)
    if len(text) > limit:
        raise FieldError(
            field,
            f"The {label} is too long (at most {limit} characters).",
            reason=Reason.TOO_LONG,
        )


def clean_address(raw: str) -> tuple[str, ...]:
    lines = [collapse_spaces(nfkc(line)) for line in (raw or "").splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_ADDRESS_LINES:
        raise FieldError(
            Field.ADDRESS,
            f"Please use at most {MAX_ADDRESS_LINES} address lines.",
            reason=Reason.TOO_MANY_LINES,
        )
    for line in lines:
        _check_text(Field.ADDRESS, "address", line, MAX_ADDRESS_LINE)
    return tuple(lines)


# ISO 3166-1 keeps these two-letter codes for private use: no country has one.
_USER_ASSIGNED = re.compile(r"^(AA|Q[M-Z]|X[A-Z]|ZZ)$")


def clean_country(raw: str) -> str:
    """A two-letter ISO 3166-1 code, upper-case; private-use codes (e.g. ZZ) are refused."""
    country = (raw or "GB").strip().upper()
    if not re.match(r"^[A-Z]{2}$", country) or _USER_ASSIGNED.match(country):
        raise FieldError(Field.COUNTRY, "Please choose a country.", reason=Reason.UNKNOWN)
    return country


def clean_postcode(raw: str, allow_non_uk: bool, country: str) -> str:
    text = nfkc(raw or "").strip()
    if len(text) > MAX_POSTCODE:
        raise FieldError(Field.POSTCODE, "The postcode is too long.", reason=Reason.TOO_LONG)
    if country == "GB":
        canonical = pc.normalise_uk(text)
        if canonical is None:
            why = pc.problem(text) or Reason.NOT_UK_POSTCODE
            raise FieldError(Field.POSTCODE, pc.HINTS[why], reason=why)
        return canonical
    if not allow_non_uk:
        raise FieldError(
            Field.COUNTRY, "This petition is for UK addresses only.", reason=Reason.NOT_ACCEPTED
        )
    text = collapse_spaces(text).upper()
    if text and not re.match(r"^[A-Z0-9][A-Z0-9 -]*$", text):
        raise FieldError(
            Field.POSTCODE,
            "The postal code may hold only letters, digits and spaces.",
            reason=Reason.BAD_CHARACTERS,
        )
    return text


def clean_email(raw: str | None, mode: str) -> str | None:
    text = nfkc(raw or "").strip()
    if not text:
        return None
    if mode == "off":
        raise FieldError(
            Field.EMAIL,
            "This petition does not collect email addresses.",
            reason=Reason.NOT_ACCEPTED,
        )
    if len(text) > MAX_EMAIL or has_control(text) or not _EMAIL_RE.match(text):
        raise FieldError(
            Field.EMAIL,
            "Please check the email address (like name@example.org).",
            reason=Reason.BAD_FORMAT,
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def dedupe_key(name: str, postcode: str) -> str:
    """Normalised name tokens (order-free) and the compact postcode: one person, one key."""
    tokens = sorted(fold_for_matching(name).split())
    return " ".join(tokens) + "|" + pc.compact(postcode)


def build_signature(
    petition: Petition,
    *,
    event_id: str,
    name: str,
    postcode: str,
    address: str = "",
    email: str | None = None,
    country: str = "GB",
    consent: bool,
    contact_consent: bool = False,
    language: str = "en",
    origin: str = "kiosk",
    sheet_serial: str | None = None,
    sheet_row: int | None = None,
    ink: bytes | None = None,
    now: str | None = None,
    connection: str | None = None,
    receipt_code: str | None = None,
) -> Signature:
    """Validate one entry against the petition's rules and return the record to store.

    `receipt_code` is one drawn earlier by `new_receipt_code` (the kiosk draws the next
    signer's while the form is filled, so its QR is ready at Sign); by default a new one.
    The store still replaces it if it is already in use."""
    if receipt_code is not None and normalise_receipt_code(receipt_code) != receipt_code:
        raise BadInput("A receipt code must be one drawn by new_receipt_code.")
    if language not in LANGUAGES:
        raise FieldError(Field.LANGUAGE, "Unknown language.", reason=Reason.UNKNOWN)
    if origin not in ORIGINS:
        raise FieldError(Field.ORIGIN, "Unknown origin.", reason=Reason.UNKNOWN)
    if origin not in petition.routes:
        raise FieldError(
            Field.ORIGIN,
            "This petition does not collect signatures that way (see its routes).",
            reason=Reason.NOT_ACCEPTED,
        )
    country = clean_country(country)
    clean = clean_name(name)
    lines = clean_address(address)
    if petition.address_mode == "full" and not lines:
        raise FieldError(Field.ADDRESS, "Please enter your address.", reason=Reason.MISSING)
    if petition.address_mode == "postcode_only":
        lines = ()
    code = clean_postcode(postcode, petition.allow_non_uk, country)
    mail = clean_email(email, petition.email_mode)
    if not consent:
        raise FieldError(
            Field.CONSENT, "Please tick the box to agree before signing.", reason=Reason.MISSING
        )
    if contact_consent and petition.contact_consent is None:
        raise FieldError(
            Field.CONTACT_CONSENT,
            "This petition does not ask for contact consent.",
            reason=Reason.NOT_ACCEPTED,
        )
    if origin == "paper":
        # The printed sheet has no email column and no contact box: a paper row cannot
        # carry what the signer was never asked.
        if mail is not None:
            raise FieldError(
                Field.EMAIL, "A paper sheet has no email column.", reason=Reason.NOT_ACCEPTED
            )
        if contact_consent:
            raise FieldError(
                Field.CONTACT_CONSENT,
                "A paper sheet has no contact box.",
                reason=Reason.NOT_ACCEPTED,
            )
        serial = (sheet_serial or "").strip().upper()
        if not _SERIAL_RE.match(serial):
            raise FieldError(
                Field.SHEET, "Please enter the sheet's serial number.", reason=Reason.BAD_FORMAT
            )
        if sheet_row is None or not 1 <= sheet_row <= MAX_ROW:
            raise FieldError(
                Field.ROW,
                f"The row number must be between 1 and {MAX_ROW}.",
                reason=Reason.OUT_OF_RANGE,
            )
        sheet_serial = serial
        lang_for_consent = language
    else:
        if sheet_serial or sheet_row is not None:
            raise FieldError(
                Field.SHEET,
                "Only paper entries carry a sheet and row.",
                reason=Reason.NOT_ACCEPTED,
            )
        lang_for_consent = language
    link = clean_connection(petition, connection, origin)
    stamp = now or utc_now()
    return Signature(
        uid=uuid.uuid4().hex,
        petition_id=petition.id,
        petition_hash=petition.content_hash,
        event_id=event_id,
        name=clean,
        address_lines=lines,
        postcode=code,
        country=country,
        email=mail,
        consent_hash=_consent_hash(petition, lang_for_consent, origin=origin),
        consent_at=stamp,
        contact_consent=contact_consent,
        contact_consent_hash=(
            _consent_hash(petition, lang_for_consent, contact=True) if contact_consent else None
        ),
        language=language,
        origin=origin,
        sheet_serial=sheet_serial if origin == "paper" else None,
        sheet_row=sheet_row if origin == "paper" else None,
        captured_at=stamp,
        receipt_code=receipt_code or new_receipt_code(),
        dedupe_key=dedupe_key(clean, code),
        ink=ink,
        connection=link,
    )


def clean_connection(petition: Petition, raw: str | None, origin: str) -> str | None:
    """Live, work or study: asked at the kiosk of a petition that requires it; typed from
    the sheet's column on paper, where a signer may have left it blank."""
    value = (raw or "").strip().lower() or None
    if not petition.live_work_study:
        if value is not None:
            raise FieldError(
                Field.CONNECTION,
                "This petition does not ask whether signers live, work or study in the area.",
                reason=Reason.NOT_ACCEPTED,
            )
        return None
    if value is None:
        if origin == "paper":
            return None
        raise FieldError(
            Field.CONNECTION,
            "Please choose whether you live, work or study in the area.",
            reason=Reason.MISSING,
        )
    if value not in CONNECTIONS:
        raise FieldError(Field.CONNECTION, "Choose live, work or study.", reason=Reason.UNKNOWN)
    return value


def consent_record(origin: str, consent_hash: str) -> str:
    """What a signer actually saw, in words, from a stored row (for exports and audits)."""
    version = consent_hash[:12]
    if origin == "paper":
        return f"paper sheet; notice version {version} shown at the stall"
    return f"kiosk screen; consent statement and notice {version} agreed on screen"
