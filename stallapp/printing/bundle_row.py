"""One line of a submission bundle: a signer as the bundle lists them.

The bundle's renderers take these; services/bundle_rows.py reads them from the vault.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BundleRow:
    name: str
    address_lines: tuple[str, ...]
    postcode: str
    date: str  # YYYY-MM-DD of capture
    city: str
    origin: str  # kiosk | paper
    ink: bytes | None  # the drawn signature, or None (paper, or read later by `ink_id`)
    sheet_serial: str | None = None
    sheet_row: int | None = None
    constituency: str | None = None
    ward: str | None = None
    connection: str | None = None  # live | work | study, on a council petition that asks
    ink_id: int | None = None  # with `ink` None: where the renderer's ink reader finds it
