"""The demo vault that `make run` opens: a rehearsal vault with the sample petition.

Its passphrase is public (shown on the unlock screen), so it must never hold real data;
it is created with the rehearsal flag, so its batches can never enter a real vault.
"""

from __future__ import annotations

from pathlib import Path

from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.vault import Vault

DEMO_PASSPHRASE = "demo-stall-2026"  # noqa: S105 - public by design, demo only
DEMO_FOLDER = "demo-vault"


def demo_folder(data_dir: Path) -> Path:
    return data_dir / DEMO_FOLDER


def ensure_demo_vault(data_dir: Path) -> Path:
    """Create the demo vault (sample petition, a stall event today) if it is not there."""
    folder = demo_folder(data_dir)
    if Vault.exists(folder):
        return folder
    prepare_vault(
        folder,
        DEMO_PASSPHRASE,
        device_name="demo laptop",
        day=StallDay(group_name="Demo group"),
        rehearsal=True,
    )
    return folder
