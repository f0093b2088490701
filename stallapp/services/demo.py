"""The demo vault that `make run` opens: a rehearsal vault with the campaign's petitions.

It carries a council petition (Sheffield) that takes signatures at the kiosk, first so
that the kiosk opens on it, and the national House of Commons petition, which takes
handwritten paper sheets only.

Its passphrase is public (shown on the unlock screen), so it must never hold real data;
it is created with the rehearsal flag, so its batches can never enter a real vault.
"""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition, load_petition
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.vault import Vault
from stallapp.system.resources import resource

DEMO_PASSPHRASE = "demo-stall-2026"  # noqa: S105 - public by design, demo only
DEMO_FOLDER = "demo-vault"
KIOSK_PETITION = "council-sheffield.toml"  # the kiosk route
PAPER_PETITION = "commons-city-diplomacy.toml"  # the paper route


def demo_petitions() -> tuple[Petition, Petition]:
    """The council petition (kiosk) and the Commons petition (paper), from resources."""
    return (
        load_petition(resource("petitions", KIOSK_PETITION)),
        load_petition(resource("petitions", PAPER_PETITION)),
    )


def demo_folder(data_dir: Path) -> Path:
    return data_dir / DEMO_FOLDER


def ensure_demo_vault(data_dir: Path) -> Path:
    """Create the demo vault (the campaign's petitions, a stall event today) if it is not
    there."""
    folder = demo_folder(data_dir)
    if Vault.exists(folder):
        return folder
    kiosk, paper = demo_petitions()
    prepare_vault(
        folder,
        DEMO_PASSPHRASE,
        device_name="demo laptop",
        petition=kiosk,
        also=(paper,),
        day=StallDay(city="Sheffield", location="Fargate, S1 2HE", group_name="Demo group"),
        rehearsal=True,
    )
    return folder
