"""The rows a submission bundle lists, read through one function.

`load_rows` is the single place the bundle reads signatures from. On a coordinator, each
merged signature belongs to a person (exact matches merged on import, near matches merged
when the coordinator confirms them; see dedupe.py), and the bundle lists each person once,
with their first signature. Rows not yet assigned to a person (a stall's own vault) fall
back to the dedupe key.
"""

from __future__ import annotations

from dataclasses import replace

from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.postcode import compact
from stallapp.printing.bundle_row import BundleRow
from stallapp.storage import audit
from stallapp.storage import events as event_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault


def load_rows(vault: Vault, petition_id: str) -> list[BundleRow]:
    """One row per person who signed `petition_id`, in the order they signed."""
    conn = vault.conn
    cities = {e.id: e.city for e in event_store.all_events(conn)}
    person_of = signature_store.persons_of(conn, petition_id)
    seen: set[object] = set()
    rows = []
    for sig in signature_store.iter_all(conn, petition_id):
        who = person_of.get(sig.uid)
        key: object = ("person", who) if who is not None else ("key", sig.dedupe_key)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            BundleRow(
                name=sig.name,
                address_lines=sig.address_lines,
                postcode=sig.postcode,
                date=sig.captured_at[:10],
                city=cities.get(sig.event_id, ""),
                origin=sig.origin,
                ink=sig.ink,
                sheet_serial=sig.sheet_serial,
                sheet_row=sig.sheet_row,
                connection=sig.connection,
            )
        )
    return rows


def select(
    rows: list[BundleRow],
    lookup: PostcodeLookup | None = None,
    constituency: str | None = None,
    omit_street: bool = False,
) -> list[BundleRow]:
    """Per-recipient minimisation: constituencies and wards filled in (from the same lookup
    as `report`), only the constituency asked for, and street lines dropped when asked (the
    postcode stays)."""
    wanted = " ".join(constituency.split()).casefold() if constituency else None
    out = []
    for row in rows:
        seat = lookup.constituency(row.postcode) if lookup else None
        if wanted is not None and (seat is None or seat.casefold() != wanted):
            continue
        out.append(
            replace(
                row,
                constituency=seat,
                ward=lookup.ward(row.postcode) if lookup else None,
                address_lines=() if omit_street else row.address_lines,
            )
        )
    return out


def postcodes(rows: list[BundleRow]) -> set[str]:
    """The compact postcodes of the rows: all a lookup needs to keep from a large file."""
    return {compact(r.postcode) for r in rows}


def record_written(vault: Vault, petition_id: str, count: int) -> None:
    """Note in the vault's audit log that a bundle left it (how many rows, not who)."""
    with vault.transaction() as tx:
        audit.append(tx, "bundle_written", petition_id=petition_id, count=count)
