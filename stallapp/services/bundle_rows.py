"""The rows a submission bundle lists, read through one function.

`load_rows` is the single place the bundle reads signatures from. On a coordinator, each
merged signature belongs to a person (exact matches merged on import, near matches merged
when the coordinator confirms them; see dedupe.py), and the bundle lists each person once,
with their first signature. Rows not yet assigned to a person (a stall's own vault) fall
back to the dedupe key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.postcode import compact
from stallapp.printing.bundle_row import BundleRow
from stallapp.storage import audit, bundle_reads
from stallapp.storage import events as event_store
from stallapp.storage.vault import Vault


def load_rows(vault: Vault, petition_id: str) -> list[BundleRow]:
    """One row per person who signed `petition_id`, in the order they signed. Rows carry
    their ink's row id, not the ink: `ink_reader` gives it a page at a time."""
    conn = vault.conn
    cities = {e.id: e.city for e in event_store.all_events(conn)}
    seen: set[object] = set()
    rows = []
    for sig in bundle_reads.listed_rows(conn, petition_id):
        who = sig.person_id
        key: object = ("person", who) if who is not None else ("key", sig.dedupe_key)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            BundleRow(
                name=sig.name,
                address_lines=tuple(sig.address.split("\n")) if sig.address else (),
                postcode=sig.postcode,
                date=sig.captured_at[:10],
                city=cities.get(sig.event_id, ""),
                origin=sig.origin,
                ink=None,
                sheet_serial=sig.sheet_serial,
                sheet_row=sig.sheet_row,
                connection=sig.connection,
                ink_id=sig.id if sig.has_ink else None,
            )
        )
    return rows


def ink_reader(vault: Vault) -> Callable[[list[int]], dict[int, bytes]]:
    """Reads the ink of the rows whose `ink_id`s it is given (one page's at a time)."""
    return lambda ids: bundle_reads.inks(vault.conn, ids)


def with_ink(vault: Vault, rows: list[BundleRow]) -> list[BundleRow]:
    """The rows with every ink read in now (for a caller that renders with the vault
    closed, such as the benchmark; the bundle itself reads a page's ink at a time)."""
    found = ink_reader(vault)([r.ink_id for r in rows if r.ink_id is not None])
    return [replace(r, ink=found[r.ink_id]) if r.ink_id in found else r for r in rows]


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
