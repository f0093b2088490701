"""Counts for coordinators: totals, duplicates, paper vs kiosk, by city/event/day/device.

Reports hold numbers and place names only, never a signer's data. People are counted once:
on a coordinator by person (see dedupe.py), on a stall by leaving out likely duplicates.
Constituencies come only from a lookup file the coordinator provides (ONSPD/NSPL extract);
there is never any network lookup.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stallapp.domain import postcode as pc
from stallapp.domain.errors import BadInput
from stallapp.storage import events as event_store
from stallapp.storage import petitions as petition_store
from stallapp.storage import report_queries as queries
from stallapp.storage import sealing_store as device_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault

GROUPINGS = ("city", "event", "day", "device", "constituency")
UNKNOWN = "unknown"
MAX_LOOKUP = 2 * 1024 * 1024 * 1024


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
        return out


def load_lookup(path: Path) -> dict[str, str]:
    """Read a postcode,constituency CSV (a header row naming both columns)."""
    try:
        if path.stat().st_size > MAX_LOOKUP:
            raise BadInput("The postcode lookup file is too large.")
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"The postcode lookup file cannot be read ({exc.strerror}).") from None
    try:
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
        names = {n.strip().lower(): n for n in reader.fieldnames or []}
        pcol = names.get("postcode") or names.get("pcds") or names.get("pcd")
        ccol = names.get("constituency") or names.get("pcon")
        if pcol is None or ccol is None:
            raise BadInput("The postcode lookup needs 'postcode' and 'constituency' columns.")
        out = {}
        for row in reader:
            code, place = (row.get(pcol) or "").strip(), (row.get(ccol) or "").strip()
            if code and place:
                out[pc.compact(code)] = place
    except (UnicodeDecodeError, csv.Error):
        raise BadInput("The postcode lookup file is not a readable UTF-8 CSV file.") from None
    return out


def build(
    conn: Connection,
    by: str | None = None,
    *,
    lookup: dict[str, str] | None = None,
    device_names: dict[str, str] | None = None,
) -> Report:
    if by is not None and by not in GROUPINGS:
        raise BadInput(f"--by must be one of: {', '.join(GROUPINGS)}.")
    per_petition = queries.by_petition(conn)
    t = queries.totals(conn, per_petition)
    report = Report(t["signatures"], t["people"], t["paper"], t["kiosk"], t["near_matches_open"])
    for petition in petition_store.all_current(conn):
        people = per_petition.get(petition.id, (0, 0, 0, 0))[1]
        target = petition.signature_target
        report.petitions.append(
            {
                "id": petition.id,
                "people": people,
                "target": target,
                "percent": round(100 * people / target, 1) if target else None,
            }
        )
    if by is not None:
        report.by = by
        report.groups = _groups(conn, by, lookup, device_names or {})
    return report


def for_vault(
    vault: Vault, by: str | None = None, *, lookup: dict[str, str] | None = None
) -> Report:
    """The report of an unlocked vault, with enrolled devices shown by name."""
    names = {d.device_id: d.name for d in device_store.devices(vault.conn)}
    return build(vault.conn, by, lookup=lookup, device_names=names)


def _groups(
    conn: Connection, by: str, lookup: dict[str, str] | None, names: dict[str, str]
) -> list[dict[str, Any]]:
    if by == "constituency":
        counts: dict[str, set[int]] = {}
        for code, person in queries.person_postcodes(conn):
            place = (lookup or {}).get(pc.compact(code), UNKNOWN)
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
        lines.append(f"Petition {p['id']}: {p['people']}{goal}")
    if report.by is not None:
        lines.append(f"By {report.by}:")
        for g in report.groups:
            lines.append(f"  {g['group']}: {g['people']}")
    return "\n".join(lines)
