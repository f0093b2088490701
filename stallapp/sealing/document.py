"""The inner batch document: its strict schema, and records to and from signatures.

See docs/batch-format.md for the same definition in prose.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from stallapp.domain.errors import Field, FieldError, Reason, StallappError
from stallapp.domain.event import StallEvent, build_event
from stallapp.domain.ink import MAGIC_V2 as INK_V2
from stallapp.domain.ink import MAGIC_V3 as INK_V3
from stallapp.domain.petition import LANGUAGES, Petition, petition_from_dict
from stallapp.domain.signer import (
    CONNECTIONS,
    MAX_ADDRESS_LINE,
    MAX_ADDRESS_LINES,
    MAX_EMAIL,
    MAX_NAME,
    ORIGINS,
    Signature,
    clean_address,
    clean_country,
    clean_email,
    clean_name,
    clean_postcode,
    dedupe_key,
)
from stallapp.sealing.envelope import DAMAGED, RECORD_RULE, Rejected
from stallapp.sealing.schema import (
    B64KEY,
    FINGERPRINT,
    HEX16,
    HEX32,
    HEX64,
    STAMP,
    any_object,
    boolean,
    const,
    integer,
    list_of,
    obj,
    text,
    validate,
)

KIND = "stallapp-batch"
# Document version 2 (issue 12) is version 1 with ink blobs that may be in ink encoding
# version 2 (stallapp.domain.ink_columns). The version says which an importer must read, so
# an older coordinator refuses such a batch instead of storing ink it cannot draw; a batch
# whose ink is all version 1 (made before the change, or exported again) stays version 1,
# byte for byte, so its document hash, and the chain through it, do not change.
# Document version 3 (issue 12, branch ink7) is the same again with ink that may be in ink
# encoding version 3 (stallapp.domain.ink_sextets), by the same rule.
FORMAT_VERSION = 3
MAX_RECORDS = 100_000
MAX_INK_B64 = 400_000
WHAT = "batch"

_RECORD = obj(
    {
        "uid": text(32, HEX32),
        "petition_id": text(64),
        "petition_hash": text(64, HEX64),
        "event_id": text(40),
        "name": text(MAX_NAME),
        "address_lines": list_of(text(MAX_ADDRESS_LINE), MAX_ADDRESS_LINES),
        "postcode": text(16),
        "country": text(2, r"[A-Z]{2}"),
        "email": text(MAX_EMAIL, optional=True),
        "consent_hash": text(64, HEX64),
        "consent_at": text(40, STAMP),
        "contact_consent": boolean(),
        "contact_consent_hash": text(64, HEX64, optional=True),
        "language": text(8, "|".join(LANGUAGES)),
        "origin": text(8, "|".join(ORIGINS)),
        "sheet_serial": text(40, r"[A-Za-z0-9][A-Za-z0-9-]{0,39}", optional=True),
        "sheet_row": integer(1, 1000, optional=True),
        "captured_at": text(40, STAMP),
        "receipt_code": text(9, r"[0-9A-Z]{4}-[0-9A-Z]{4}"),
        "ink": text(MAX_INK_B64, r"[A-Za-z0-9+/]*={0,2}", optional=True),
        # Added with the council route; a batch from an older stall has no such key.
        "connection": text(8, "|".join(CONNECTIONS), optional=True),
    },
    may_omit=frozenset({"connection"}),
)
_EVENT = obj(
    {
        "id": text(40),
        "city": text(100),
        "location": text(100),
        "date": text(10, r"\d{4}-\d{2}-\d{2}"),
        "start": text(5, r"\d{2}:\d{2}", optional=True),
        "end": text(5, r"\d{2}:\d{2}", optional=True),
        "group_name": text(100, optional=True),
    }
)
_PETITION = obj({"hash": text(64, HEX64), "definition": any_object()})
DOCUMENT = obj(
    {
        "format": const(KIND),
        "version": integer(1, FORMAT_VERSION),
        "batch_id": text(32, HEX32),
        "device_id": text(16, HEX16),
        "device_key": text(44, B64KEY),
        "sequence": integer(1, 10**9),
        "previous_hash": text(64, HEX64),
        "created_at": text(40, STAMP),
        "rehearsal": boolean(),
        "recipients": list_of(text(29, FINGERPRINT), 8, 1),
        "record_count": integer(0, MAX_RECORDS),
        "petitions": list_of(_PETITION, 20),
        "events": list_of(_EVENT, 2000),
        "records": list_of(_RECORD, MAX_RECORDS),
    }
)
GENESIS = "0" * 64


def batch_id(signing_seed: bytes, device_id: str, seq: int) -> str:
    """The same device and sequence number always give the same batch id, and nobody
    without the device's secret key can tell which device a batch file came from."""
    key = hashlib.sha256(b"stallapp-batch-id-key\x00" + signing_seed).digest()
    return hmac.new(key, f"{device_id}\x00{seq}".encode(), hashlib.sha256).hexdigest()[:32]


def version_for(rows: list[Signature]) -> int:
    """The document version a batch of these rows is written in (see FORMAT_VERSION)."""
    inks = [s.ink for s in rows if s.ink is not None]
    if any(ink.startswith(INK_V3) for ink in inks):
        return 3
    return 2 if any(ink.startswith(INK_V2) for ink in inks) else 1


def record_of(sig: Signature) -> dict[str, Any]:
    out: dict[str, Any] = {
        "uid": sig.uid,
        "petition_id": sig.petition_id,
        "petition_hash": sig.petition_hash,
        "event_id": sig.event_id,
        "name": sig.name,
        "address_lines": list(sig.address_lines),
        "postcode": sig.postcode,
        "country": sig.country,
        "email": sig.email,
        "consent_hash": sig.consent_hash,
        "consent_at": sig.consent_at,
        "contact_consent": sig.contact_consent,
        "contact_consent_hash": sig.contact_consent_hash,
        "language": sig.language,
        "origin": sig.origin,
        "sheet_serial": sig.sheet_serial,
        "sheet_row": sig.sheet_row,
        "captured_at": sig.captured_at,
        "receipt_code": sig.receipt_code,
        "ink": None if sig.ink is None else base64.b64encode(sig.ink).decode("ascii"),
    }
    if sig.connection is not None:  # only then, so other batches read as before
        out["connection"] = sig.connection
    return out


def event_of(event: StallEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "city": event.city,
        "location": event.location,
        "date": event.date,
        "start": event.start,
        "end": event.end,
        "group_name": event.group_name,
    }


@dataclass(frozen=True)
class BatchContent:
    """A verified batch document, turned back into domain objects."""

    batch_id: str
    device_id: str
    device_key: str
    sequence: int
    previous_hash: str
    rehearsal: bool
    recipients: tuple[str, ...]
    petitions: tuple[Petition, ...]
    events: tuple[StallEvent, ...]
    records: tuple[Signature, ...]


def _bad(detail: str) -> Rejected:
    return Rejected(f"The batch is damaged ({detail}).", DAMAGED)


class RecordRejected(Rejected):
    """A record of a correctly signed batch breaks one of the capture rules. The message
    names the record's number and the rule (field and reason codes), never the value."""

    def __init__(self, number: int, field: Field, reason: Reason) -> None:
        super().__init__(
            f"The batch was refused: record {number} breaks a capture rule "
            f"({field.value}: {reason.value}). Nothing was imported.",
            RECORD_RULE,
        )
        self.number = number
        self.field = field
        self.reason = reason


def check_capture_rules(r: dict[str, Any], petition: Petition) -> None:
    """The rules build_signature applies at the stall, applied again to a stored record:
    every field must be valid and already in the normal form capture would have stored."""

    def same(field: Field, ok: bool) -> None:
        if not ok:
            raise FieldError(field, "not in normal form", reason=Reason.BAD_FORMAT)

    same(Field.NAME, clean_name(r["name"]) == r["name"])
    lines = clean_address("\n".join(r["address_lines"]))
    same(Field.ADDRESS, list(lines) == r["address_lines"])
    if petition.address_mode == "full" and not lines:
        raise FieldError(Field.ADDRESS, "missing", reason=Reason.MISSING)
    if petition.address_mode == "postcode_only" and lines:
        raise FieldError(Field.ADDRESS, "not collected", reason=Reason.NOT_ACCEPTED)
    country = clean_country(r["country"])
    same(Field.COUNTRY, country == r["country"])
    postcode = clean_postcode(r["postcode"], petition.allow_non_uk, country)
    same(Field.POSTCODE, postcode == r["postcode"])
    if r["email"] is not None:
        same(Field.EMAIL, clean_email(r["email"], petition.email_mode) == r["email"])
    if r["origin"] not in petition.routes:
        raise FieldError(Field.ORIGIN, "not a route of this petition", reason=Reason.NOT_ACCEPTED)
    if r["origin"] == "paper" and r["email"] is not None:
        raise FieldError(Field.EMAIL, "not on a paper sheet", reason=Reason.NOT_ACCEPTED)
    if r["origin"] == "paper" and r["contact_consent"]:
        raise FieldError(Field.CONTACT_CONSENT, "not on a paper sheet", reason=Reason.NOT_ACCEPTED)
    if r.get("connection") is not None and not petition.live_work_study:
        raise FieldError(Field.CONNECTION, "not asked", reason=Reason.NOT_ACCEPTED)


def _petitions(items: list[dict[str, Any]]) -> dict[str, Petition]:
    out: dict[str, Petition] = {}
    for item in items:
        try:
            petition = petition_from_dict(item["definition"])
        except (StallappError, ValueError, TypeError, KeyError, AttributeError):
            raise _bad("a petition definition is not valid") from None
        if petition.content_hash != item["hash"] or item["hash"] in out:
            raise _bad("a petition definition does not match its hash")
        out[item["hash"]] = petition
    return out


def _events(items: list[dict[str, Any]]) -> dict[str, StallEvent]:
    out: dict[str, StallEvent] = {}
    for item in items:
        try:
            event = build_event(
                city=item["city"],
                location=item["location"],
                day=item["date"],
                start=item["start"],
                end=item["end"],
                group_name=item["group_name"],
                event_id=item["id"],
            )
        except StallappError:
            raise _bad("a stall event is not valid") from None
        if event_of(event) != item or event.id in out:
            raise _bad("a stall event is not valid")
        out[event.id] = event
    return out


_CONSENT_CACHE: dict[tuple[str, str, bool, str], str] = {}


def _consent_hash(petition: Petition, language: str, contact: bool, origin: str = "kiosk") -> str:
    """Petition.consent_hash, remembered: the content hash fixes every text it covers."""
    key = (petition.content_hash, language, contact, origin)
    found = _CONSENT_CACHE.get(key)
    if found is None:
        if len(_CONSENT_CACHE) > 1024:
            _CONSENT_CACHE.clear()
        found = _CONSENT_CACHE[key] = petition.consent_hash(
            language, contact=contact, origin=origin
        )
    return found


def _signature(
    number: int,
    r: dict[str, Any],
    petitions: dict[str, Petition],
    events: dict[str, StallEvent],
) -> Signature:
    petition = petitions.get(r["petition_hash"])
    if petition is None or petition.id != r["petition_id"] or r["event_id"] not in events:
        raise _bad("a record refers to a petition or event that is not in the batch")
    try:
        check_capture_rules(r, petition)
    except FieldError as exc:
        raise RecordRejected(number, exc.field, exc.reason) from None
    origin = "paper" if r["origin"] == "paper" else "kiosk"
    if r["consent_hash"] != _consent_hash(petition, r["language"], False, origin):
        raise _bad("a record's consent does not match the petition")
    contact = r["contact_consent_hash"]
    if r["contact_consent"] != (contact is not None) or (
        contact is not None
        and (
            petition.contact_consent is None
            or contact != _consent_hash(petition, r["language"], True)
        )
    ):
        raise _bad("a record's contact consent does not match the petition")
    paper = r["origin"] == "paper"
    if paper != (r["sheet_serial"] is not None) or paper != (r["sheet_row"] is not None):
        raise _bad("a record's paper sheet fields are inconsistent")
    ink = None
    if r["ink"] is not None:
        try:
            ink = base64.b64decode(r["ink"], validate=True)
        except (binascii.Error, ValueError):
            raise _bad("a record's ink is not valid") from None
    return Signature(
        uid=r["uid"],
        petition_id=r["petition_id"],
        petition_hash=r["petition_hash"],
        event_id=r["event_id"],
        name=r["name"],
        address_lines=tuple(r["address_lines"]),
        postcode=r["postcode"],
        country=r["country"],
        email=r["email"],
        consent_hash=r["consent_hash"],
        consent_at=r["consent_at"],
        contact_consent=r["contact_consent"],
        contact_consent_hash=contact,
        language=r["language"],
        origin=r["origin"],
        sheet_serial=r["sheet_serial"],
        sheet_row=r["sheet_row"],
        captured_at=r["captured_at"],
        receipt_code=r["receipt_code"],
        dedupe_key=dedupe_key(r["name"], r["postcode"]),
        ink=ink,
        connection=r.get("connection"),
    )


def parse_document(doc: Any) -> BatchContent:
    """Check a decoded document against the schema and the domain rules."""
    validate(DOCUMENT, doc, WHAT)
    if doc["record_count"] != len(doc["records"]):
        raise _bad("the record count does not match the records")
    petitions = _petitions(doc["petitions"])
    events = _events(doc["events"])
    records = [
        _signature(number, r, petitions, events) for number, r in enumerate(doc["records"], start=1)
    ]
    if len({s.uid for s in records}) != len(records):
        raise _bad("a record appears twice")
    if doc["version"] < version_for(records):
        raise _bad("a record's ink is newer than the document's version")
    return BatchContent(
        batch_id=doc["batch_id"],
        device_id=doc["device_id"],
        device_key=doc["device_key"],
        sequence=doc["sequence"],
        previous_hash=doc["previous_hash"],
        rehearsal=doc["rehearsal"],
        recipients=tuple(doc["recipients"]),
        petitions=tuple(petitions.values()),
        events=tuple(events.values()),
        records=tuple(records),
    )
