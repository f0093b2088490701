"""Practice vaults: a separate rehearsal vault with made-up signers, for training volunteers.

Each one is a new folder under the data folder's `practice-vaults/`, created with the
rehearsal flag (its batches never enter a real vault), the sample petition, a practice stall
event today and synthetic signers from services/rehearsal.py. The real vault is untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import load_petition
from stallapp.services import rehearsal
from stallapp.services.stall_setup import StallDay, seed
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault, check_new_passphrase
from stallapp.system.paths import ensure_private_dir
from stallapp.system.resources import sample_petition_path

PRACTICE_FOLDER = "practice-vaults"
DEVICE_NAME = "practice"
MAX_SIGNERS = 2000
CHUNK = 50

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PracticeVault:
    folder: Path
    signers: int


def practice_root(data_dir: Path) -> Path:
    return data_dir / PRACTICE_FOLDER


class PracticeVaults:
    def __init__(self, data_dir: Path, *, cost: KdfCost | None = None) -> None:
        self._root = practice_root(data_dir)
        self._cost = cost

    def create(
        self,
        passphrase: str,
        signers: int,
        progress: Progress | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> PracticeVault:
        """Make a new practice vault and lock it again. `progress(done, total)` is called
        between chunks of signers (it may raise to stop; the half-made vault then stays,
        clearly a practice one, and holds only synthetic data)."""
        check_new_passphrase(passphrase)
        if not 0 <= signers <= MAX_SIGNERS:
            raise BadInput(f"Choose between 0 and {MAX_SIGNERS} practice signers.")
        ensure_private_dir(self._root)
        folder = self._new_folder(now())
        vault = Vault.create(
            folder,
            passphrase,
            role="stall",
            device_name=DEVICE_NAME,
            rehearsal=True,
            cost=self._cost,
        )
        try:
            petition = load_petition(sample_petition_path())
            event_id = seed(
                vault,
                petition,
                StallDay(location="Practice stall", group_name="Practice"),
            )
            done = 0
            while done < signers:
                if progress is not None:
                    progress(done, signers)
                step = min(CHUNK, signers - done)
                rehearsal.generate(vault, petition, event_id, step, seed=done)
                done += step
            if progress is not None:
                progress(signers, signers)
        finally:
            vault.lock()
        return PracticeVault(folder, signers)

    def _new_folder(self, when: datetime) -> Path:
        base = "practice-" + when.strftime("%Y%m%d-%H%M%S")
        folder, n = self._root / base, 2
        while folder.exists():
            folder, n = self._root / f"{base}-{n}", n + 1
        return folder
