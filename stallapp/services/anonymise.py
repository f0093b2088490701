"""Anonymise at retention: the counts a purge keeps of a petition's signatures.

Called by the purge (services/withdrawal.py) inside its own transaction, before the rows are
deleted, so the vault holds either the signatures or their counts, never both and never
neither. Only signatures whose petition version promised it (`keep_counts`, with the
sentence in its privacy notice) are counted; the others go without a trace but the purge's
total in the audit log. Areas come from the postcode directory the coordinator gives, never
from a network look-up; without one they are kept as "unknown".
"""

from __future__ import annotations

from stallapp.domain import kept_counts
from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.kept_counts import UNKNOWN, Signed
from stallapp.domain.petition import Petition
from stallapp.storage import events as event_store
from stallapp.storage import kept_count_store
from stallapp.storage import petitions as petition_store
from stallapp.storage.connection import Connection


def keep_counts(tx: Connection, petition_id: str, lookup: PostcodeLookup | None) -> int:
    """Add the counts of this petition's signatures to the kept counts; returns how many
    signatures were counted (those whose notice said counts are kept)."""
    promised: dict[str, bool] = {}
    places: dict[str, tuple[str, str, str]] = {}
    signed: list[Signed] = []
    for person, route, event_id, postcode, version in kept_count_store.purge_rows(tx, petition_id):
        if version not in promised:
            promised[version] = _promised(petition_store.get_version(tx, version))
        if not promised[version]:
            continue
        if event_id not in places:
            event = event_store.get(tx, event_id)
            places[event_id] = (
                (event.city, event.label(), event.date) if event else (UNKNOWN, UNKNOWN, UNKNOWN)
            )
        city, label, day = places[event_id]
        signed.append(
            Signed(
                person=person,
                route=route,
                city=city,
                event_id=event_id,
                event_label=label,
                day=day,
                constituency=_area(lookup, postcode, "constituency"),
                ward=_area(lookup, postcode, "ward"),
            )
        )
    kept_count_store.add(tx, kept_counts.tally(petition_id, signed))
    return len(signed)


def _promised(version: Petition | None) -> bool:
    return version is not None and version.keep_counts


def _area(lookup: PostcodeLookup | None, postcode: str, by: str) -> str:
    if lookup is None:
        return UNKNOWN
    found = lookup.constituency(postcode) if by == "constituency" else lookup.ward(postcode)
    return found or UNKNOWN
