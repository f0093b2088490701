"""Signers' rights for paper and kiosk rows alike: find a person by name and postcode,
erase all of their signatures, export everything held about them.

A paper signer has no receipt code, so a coordinator finds them by what they give: their
name and postcode (DOMAIN.md). A person is every row with the same normalised name and
postcode, with the rows merged into the same persons on a coordinator; their id (P and a
number) is opaque and lasts while their first row does. Listings carry counts and petition
ids only, never an address.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from stallapp.domain import postcode as pc
from stallapp.domain.errors import BadInput, FieldError
from stallapp.domain.signer import clean_name, consent_record, dedupe_key, utc_now
from stallapp.domain.textnorm import collapse_spaces, fold_for_matching, nfkc
from stallapp.printing import person_pdf
from stallapp.printing.person_pdf import HeldSignature, PersonRecord
from stallapp.services import dedupe
from stallapp.storage import audit, erasure, provenance
from stallapp.storage import events as event_store
from stallapp.storage import person_rows as store
from stallapp.storage import petitions as petition_store
from stallapp.storage.connection import Connection
from stallapp.storage.migrate import delete_backups
from stallapp.storage.person_rows import HeldRow
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_write, ensure_private_dir

NEAR_SAME_POSTCODE = 75  # name similarity (0-100) for a near match at the same postcode
NEAR_SAME_DISTRICT = 92  # and within the same postcode district
JSON_NAME = "your-data.json"
PDF_NAME = "your-data.pdf"


@dataclass(frozen=True)
class PersonMatch:
    person_id: str
    exact: bool
    name: str  # as first recorded, so the coordinator can tell near matches apart
    signatures: int
    paper: int
    kiosk: int
    petitions: tuple[str, ...]


def _person_id(rows: list[HeldRow]) -> str:
    return f"P{min(r.row_id for r in rows)}"


def _closure(conn: Connection, seed: list[HeldRow]) -> list[HeldRow]:
    """The seed rows' person: same dedupe keys and same merged persons, until stable."""
    rows = seed
    while True:
        keys = {r.signature.dedupe_key for r in rows}
        persons = {r.person_id for r in rows if r.person_id is not None}
        grown = store.group(conn, keys, persons)
        if len(grown) == len(rows):
            return grown
        rows = grown


def _match(conn: Connection, rows: list[HeldRow], exact: bool) -> PersonMatch:
    person = _closure(conn, rows)
    origins = [r.signature.origin for r in person]
    return PersonMatch(
        person_id=_person_id(person),
        exact=exact,
        name=person[0].signature.name,
        signatures=len(person),
        paper=origins.count("paper"),
        kiosk=origins.count("kiosk"),
        petitions=tuple(sorted({r.signature.petition_id for r in person})),
    )


def find(vault: Vault, name: str, postcode: str) -> list[PersonMatch]:
    """Exact matches (same name and postcode after normalisation) first, then near ones."""
    try:
        clean = clean_name(name)
    except FieldError:
        raise BadInput("Give the person's name as they wrote it.") from None
    text = nfkc(postcode or "").strip()
    canonical = pc.normalise_uk(text)
    code = canonical or collapse_spaces(text).upper()
    if not code:
        raise BadInput("Give the person's postcode.")
    key = dedupe_key(clean, code)
    outward = canonical.split(" ")[0] if canonical else None
    candidates = store.near_postcode(vault.conn, code, outward)
    wanted = fold_for_matching(clean)
    exact = [r for r in candidates if r.signature.dedupe_key == key]
    out: list[PersonMatch] = []
    seen: set[int] = set()
    if exact:
        match = _match(vault.conn, exact, True)
        out.append(match)
        seen.update(r.row_id for r in _closure(vault.conn, exact))
    near: dict[str, list[HeldRow]] = {}
    for row in candidates:
        if row.row_id in seen:
            continue
        score = fuzz.token_sort_ratio(wanted, fold_for_matching(row.signature.name))
        limit = NEAR_SAME_POSTCODE if row.signature.postcode == code else NEAR_SAME_DISTRICT
        if score >= limit:
            near.setdefault(row.signature.dedupe_key, []).append(row)
    for rows in near.values():
        if rows[0].row_id in seen:
            continue
        match = _match(vault.conn, rows, False)
        seen.update(r.row_id for r in _closure(vault.conn, rows))
        out.append(match)
    return out


def _rows_of(conn: Connection, person_id: str) -> list[HeldRow]:
    text = (person_id or "").strip().upper()
    if not text.startswith("P") or not text[1:].isdigit() or len(text) > 20:
        raise BadInput("A person id looks like P123 (from `stallapp person find`).")
    seed = store.by_id(conn, int(text[1:]))
    if seed is None:
        raise BadInput("No person with that id is in this vault (find them again).")
    rows = _closure(conn, [seed])
    if _person_id(rows) != text:
        raise BadInput("No person with that id is in this vault (find them again).")
    return rows


def count_of(vault: Vault, person_id: str) -> int:
    """How many signatures `erase` would delete (changes nothing)."""
    return len(_rows_of(vault.conn, person_id))


def erase(vault: Vault, person_id: str) -> int:
    """Erase every signature of this person, leaving a tombstone for each so that a batch
    imported again cannot bring them back. Returns how many were erased."""
    with vault.transaction() as tx:
        rows = _rows_of(tx, person_id)
        for row in rows:
            erasure.delete_signature(tx, row.row_id)
            provenance.add_tombstone(tx, row.signature.uid)
        for person in {r.person_id for r in rows if r.person_id is not None}:
            dedupe.drop_person_if_empty(tx, person)
        exported = sum(1 for r in rows if r.batch_seq is not None and vault.role == "stall")
        audit.append(tx, "person_erased", count=len(rows), exported=exported)
    vault.truncate_wal()
    delete_backups(vault.folder)
    return len(rows)


def record_for(vault: Vault, person_id: str) -> PersonRecord:
    """Everything this vault holds about the person, for them."""
    conn = vault.conn
    rows = _rows_of(conn, person_id)
    held = []
    for row in rows:
        sig = row.signature
        petition = petition_store.get(conn, sig.petition_id)
        event = event_store.get(conn, sig.event_id)
        held.append(
            HeldSignature(
                petition_id=sig.petition_id,
                petition_title=petition.title.get("en") if petition else sig.petition_id,
                recipient=petition.target_name if petition else "",
                name=sig.name,
                address_lines=sig.address_lines,
                postcode=sig.postcode,
                country=sig.country,
                email=sig.email,
                language=sig.language,
                origin=sig.origin,
                how_consent_was_given=consent_record(sig.origin, sig.consent_hash),
                consent_version=sig.consent_hash,
                consent_at=sig.consent_at,
                contact_consent=sig.contact_consent,
                connection=sig.connection,
                sheet_serial=sig.sheet_serial,
                sheet_row=sig.sheet_row,
                captured_at=sig.captured_at,
                stall=event.label() if event else "",
                receipt_code=sig.receipt_code,
                ink=sig.ink,
            )
        )
    first = petition_store.get(conn, rows[0].signature.petition_id)
    controller = (first.controller_name, first.controller_contact) if first else ("", "")
    return PersonRecord(person_id.strip().upper(), utc_now(), controller, tuple(held))


def to_json(record: PersonRecord) -> bytes:
    def one(h: HeldSignature) -> dict[str, object]:
        out = {k: v for k, v in h.__dict__.items() if k != "ink"}
        out["address_lines"] = list(h.address_lines)
        out["drawn_signature"] = None if h.ink is None else base64.b64encode(h.ink).decode()
        return out

    doc = {
        "kind": "stallapp-personal-data",
        "person_id": record.person_id,
        "prepared_at": record.prepared_at,
        "controller": {"name": record.controller[0], "contact": record.controller[1]},
        "signatures": [one(h) for h in record.signatures],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def export(vault: Vault, person_id: str, folder: Path) -> list[Path]:
    """Write the person's data as PDF and JSON into a new or empty private folder."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInput("The output folder is not empty; choose a new or empty folder.")
    record = record_for(vault, person_id)
    files = {PDF_NAME: person_pdf.render(record), JSON_NAME: to_json(record)}
    ensure_private_dir(folder)
    written = []
    for name, data in files.items():
        atomic_write(folder / name, data)
        written.append(folder / name)
    with vault.transaction() as tx:
        audit.append(tx, "person_exported", count=len(record.signatures))
    return written
