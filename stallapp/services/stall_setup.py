"""A vault ready for a stall day: a petition and a stall event, in one place.

Used by the demo vault, the screenshot scripts, the benchmarks and the tests, so that a
vault prepared for practice is made the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stallapp.domain.petition import Petition, load_petition
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path


@dataclass(frozen=True)
class StallDay:
    city: str = "Coventry"
    location: str = "Broadgate, CV1 1LL"
    day: str | None = None  # today when None
    start: str | None = "12:00"
    end: str | None = "14:00"
    group_name: str | None = None


@dataclass(frozen=True)
class Prepared:
    folder: Path
    petition_id: str
    event_id: str


def seed(vault: Vault, petition: Petition | None = None, day: StallDay = StallDay()) -> str:
    """Add the petition (the sample one when None) and a stall event; the event's id."""
    service = CaptureService(vault)
    service.add_petition(petition or load_petition(sample_petition_path()))
    event = service.add_event(
        city=day.city,
        location=day.location,
        day=day.day or date.today().isoformat(),
        start=day.start,
        end=day.end,
        group_name=day.group_name,
    )
    return event.id


def prepare_vault(
    folder: Path,
    passphrase: str,
    *,
    role: str = "stall",
    device_name: str | None = None,
    petition: Petition | None = None,
    also: tuple[Petition, ...] = (),
    day: StallDay | None = StallDay(),
    rehearsal: bool = False,
    cost: KdfCost | None = None,
) -> Prepared:
    """Create a vault with the petition (and, unless `day` is None, a stall event), locked
    again afterwards. Petitions in `also` are added after it, in order."""
    vault = Vault.create(
        folder, passphrase, role=role, device_name=device_name, rehearsal=rehearsal, cost=cost
    )
    try:
        chosen = petition or load_petition(sample_petition_path())
        if day is None:
            CaptureService(vault).add_petition(chosen)
            event_id = ""
        else:
            event_id = seed(vault, chosen, day)
        for extra in also:
            CaptureService(vault).add_petition(extra)
    finally:
        vault.lock()
    return Prepared(folder, chosen.id, event_id)
