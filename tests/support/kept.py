"""A stall vault full of synthetic signers in two wards, and the postcode directory that
places them, for the tests of counts kept by a purge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stallapp.domain import ink as inklib
from stallapp.domain.petition import Petition
from stallapp.services.capture import CaptureService
from stallapp.services.rehearsal import ink as synthetic_ink
from tests.support.nspl import write_names, write_nspl

# Six signers from one ward (kept by name), two from another (folded into "other areas").
BIG = [f"LS2 {i}AB" for i in range(1, 7)]
SMALL = ["LS6 1AB", "LS6 2AB"]
BIG_WARD, SMALL_WARD = "Little London and Woodhouse", "Headingley and Hyde Park"
CONSTITUENCY = "Leeds Central and Headingley"


@dataclass(frozen=True)
class Signer:
    name: str
    address: str
    postcode: str
    email: str
    ink: bytes


def canary(i: int, postcode: str) -> Signer:
    """A signer whose every field is a string found nowhere else (a canary)."""
    import random

    return Signer(
        name=f"Canaryname Qx{i:02d}vel",
        address=f"{i} Canarystreet Zq{i:02d}ot",
        postcode=postcode,
        email=f"canary.zq{i:02d}@example.org",
        ink=inklib.encode(synthetic_ink(random.Random(1000 + i))),
    )


def fill(capture: CaptureService, petition: Petition) -> list[Signer]:
    """Eight signers over two stall days (kiosk and paper-free), returned as signed."""
    first = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    second = capture.add_event(city="Leeds", location="Briggate", day="2026-12-05")
    signers = [canary(i, code) for i, code in enumerate(BIG + SMALL)]
    for i, s in enumerate(signers):
        capture.record(
            petition.id,
            (first if i % 3 else second).id,
            name=s.name,
            postcode=s.postcode,
            address=s.address,
            email=s.email,
            consent=True,
            ink=s.ink,
        )
    return signers


def lookup_files(folder: Path) -> tuple[Path, tuple[Path, ...]]:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [(code, "E14001316", "E05011400") for code in BIG]
    rows += [(code, "E14001316", "E05011399") for code in SMALL]
    nspl = write_nspl(folder, rows, "NSPL_TEST_2025")
    names = (
        write_names(folder, "pcon.csv", "PCON24", {"E14001316": CONSTITUENCY}),
        write_names(folder, "wards.csv", "WD24", {"E05011400": BIG_WARD, "E05011399": SMALL_WARD}),
    )
    return nspl, names


def after_retention(petition: Petition) -> date:
    return date(petition.retention_until.year + 1, 1, 2)
