"""The demo vault that `make run` opens: a rehearsal vault with the sample petition.

Its passphrase is public (shown on the unlock screen), so it must never hold real data;
it is created with the rehearsal flag, so its batches can never enter a real vault.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stallapp.domain.petition import load_petition
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path

DEMO_PASSPHRASE = "demo-stall-2026"  # noqa: S105 - public by design, demo only
DEMO_FOLDER = "demo-vault"


def demo_folder(data_dir: Path) -> Path:
    return data_dir / DEMO_FOLDER


def ensure_demo_vault(data_dir: Path) -> Path:
    """Create the demo vault (sample petition, a stall event today) if it is not there."""
    folder = demo_folder(data_dir)
    if Vault.exists(folder):
        return folder
    vault = Vault.create(
        folder, DEMO_PASSPHRASE, role="stall", device_name="demo laptop", rehearsal=True
    )
    try:
        service = CaptureService(vault)
        service.add_petition(load_petition(sample_petition_path()))
        service.add_event(
            city="Coventry",
            location="Broadgate, CV1 1LL",
            day=date.today().isoformat(),
            start="12:00",
            end="14:00",
            group_name="Demo group",
        )
    finally:
        vault.lock()
    return folder
