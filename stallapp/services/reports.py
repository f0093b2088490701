"""Counts for coordinators: totals, duplicates, paper vs kiosk, by city/event/day/device.

Reports hold numbers and place names only, never a signer's data. People are counted once:
on a coordinator by person (see dedupe.py), on a stall by leaving out likely duplicates.
Constituencies come only from a lookup file the coordinator provides (ONSPD/NSPL extract);
there is never any network lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stallapp.domain import postcode as pc
from stallapp.domain.constituency import PostcodeLookup
from stallapp.domain.errors import BadInput
from stallapp.services import kept_report
from stallapp.storage import epetition_store
from stallapp.storage import events as event_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import report_queries as queries
from stallapp.storage import sealing_store as device_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault

GROUPINGS = ("city", "event", "day", "device", "constituency", "ward")
UNKNOWN = "unknown"


@dataclass
class Report:
    signatures: int
    people: int
    paper: int
    kiosk: int
    near_matches_open: int
    petitions: list[dict[str, Any]] = field(default_factory=list)
    by: str | None = None
    groups: list[dict[str, Any]] = field(default_factory=list)
    lookup_release: str | None = None
    # Of the totals above, what comes from kept counts of purged signatures (anonymise.py).
    kept_signatures: int = 0
    kept_people: int = 0

    @property
    def duplicates(self) -> int:
        return self.signatures - self.people

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "signatures": self.signatures,
            "people": self.people,
            "duplicates": self.duplicates,
            "paper": self.paper,
            "kiosk": self.kiosk,
            "near_matches_open": self.near_matches_open,
            "petitions": self.petitions,
        }
        if self.by is not None:
            out["by"] = self.by
            out["groups"] = self.groups
        if self.lookup_release is not None:
            out["lookup_release"] = self.lookup_release
        if self.kept_signatures:
            out["kept_before_purge"] = {
                "signatures": self.kept_signatures,
                "people": self.kept_people,
            }
        return out


def load_lookup(
    path: Path, names: tuple[Path, ...] = (), conn: Connection | None = None
) -> PostcodeLookup:
    """The postcode directory (NSPL/ONSPD layout) and code-to-name files; with `conn`, only
    the postcodes this vault holds are kept (see domain/constituency.py)."""
    wanted = None if conn is None else {pc.compact(c) for c, _ in queries.person_postcodes(conn)}
    return PostcodeLookup.load(path, names, wanted)


def build(
    conn: Connection,
    by: str | None = None,
    *,
    lookup: PostcodeLookup | None = None,
    device_names: dict[str, str] | None = None,
) -> Report:
    if by is not None and by not in GROUPINGS:
        raise BadInput(f"--by must be one of: {', '.join(GROUPINGS)}.")
    per_petition = queries.by_petition(conn)
    t = queries.totals(conn, per_petition)
    report = Report(t["signatures"], t["people"], t["paper"], t["kiosk"], t["near_matches_open"])
    kept = kept_report.Kept.read(conn)
    kept.add_to_totals(report)
    for petition in petition_store.all_current(conn):
        people = per_petition.get(petition.id, (0, 0, 0, 0))[1] + kept.people_of(petition.id)
        target = petition.signature_target
        entry: dict[str, Any] = {
            "id": petition.id,
            "people": people,
            "target": target,
            "percent": round(100 * people / target, 1) if target else None,
        }
        if kept.people_of(petition.id) or kept.signatures_of(petition.id):
            entry["kept_people"] = kept.people_of(petition.id)
        report.petitions.append(entry)
    for entry in report.petitions:  # shown apart, never added to paper and kiosk
        found = epetition_store.latest(conn, entry["id"])
        if found is not None:
            entry["council_epetition"] = {"count": found.count, "date": found.counted_on}
    if by is not None:
        report.by = by
        report.groups = kept.add_to_groups(by, _groups(conn, by, lookup, device_names or {}))
    report.lookup_release = lookup.release if lookup is not None else None
    return report


def for_vault(
    vault: Vault, by: str | None = None, *, lookup: PostcodeLookup | None = None
) -> Report:
    """The report of an unlocked vault, with enrolled devices shown by name."""
    names = {d.device_id: d.name for d in device_store.devices(vault.conn)}
    return build(vault.conn, by, lookup=lookup, device_names=names)


def _groups(
    conn: Connection, by: str, lookup: PostcodeLookup | None, names: dict[str, str]
) -> list[dict[str, Any]]:
    if by in ("constituency", "ward"):
        counts: dict[str, set[int]] = {}
        for code, person in queries.person_postcodes(conn):
            place = _area(lookup, by, code)
            if person is not None:
                counts.setdefault(place, set()).add(person)
        found = [{"group": k, "people": len(v)} for k, v in counts.items()]
        return sorted(found, key=lambda g: (-g["people"], g["group"]))
    out: list[dict[str, Any]] = []
    for key, sigs, people, paper in queries.grouped(conn, by):
        label = key
        if by == "device" and key in names:
            label = f"{names[key]} ({key})"
        elif by == "event":
            event = event_store.get(conn, key)
            label = event.label() if event is not None else key
        out.append({"group": label, "signatures": sigs, "people": people, "paper": paper})
    return out


def _area(lookup: PostcodeLookup | None, by: str, postcode: str) -> str:
    if lookup is None:
        return UNKNOWN
    found = lookup.constituency(postcode) if by == "constituency" else lookup.ward(postcode)
    return found or UNKNOWN


def render_text(report: Report) -> str:
    lines = [
        f"Signatures: {report.signatures}",
        f"People (each counted once): {report.people}",
        f"Duplicates found: {report.duplicates}",
        f"Paper: {report.paper}  Kiosk: {report.kiosk}",
        f"Near matches to review: {report.near_matches_open}",
    ]
    for p in report.petitions:
        goal = f" of {p['target']} ({p['percent']}%)" if p["target"] else ""
        lines.append(f"Petition {p['id']}: {p['people']}{goal}{_before_purge(p)}")
        council = p.get("council_epetition")
        if council:
            lines.append(
                f"  Council e-petition (its own count, not added): {council['count']} "
                f"on {council['date']}"
            )
    if report.by is not None:
        lines.append(f"By {report.by}:")
        for g in report.groups:
            lines.append(f"  {g['group']}: {g['people']}{_before_purge(g)}")
    if report.lookup_release:
        lines.append(f"Postcode lookup: {report.lookup_release}")
    if report.kept_signatures:
        lines.append(
            f"Kept counts of purged signatures (no personal data): {report.kept_signatures} "
            f"signature(s), {report.kept_people} people, included above."
        )
    return "\n".join(lines)


def _before_purge(entry: dict[str, Any]) -> str:
    kept = entry.get("kept_people")
    return f" (of which {kept} from before the purge)" if kept else ""
