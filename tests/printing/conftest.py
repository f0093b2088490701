"""A rehearsal coordinator vault with synthetic signers, for the bundle tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.services import rehearsal
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def rehearsal_vault(tmp_path: Path, sample_petition: Petition):  # type: ignore[no-untyped-def]
    vault = Vault.create(
        tmp_path / "rv", PASSPHRASE, role="coordinator", rehearsal=True, cost=KdfCost.light()
    )
    service = CaptureService(vault)
    service.add_petition(sample_petition)
    for city, n, seed in (("Coventry", 30, 1), ("Leeds", 12, 2)):
        event = service.add_event(city=city, location="Rehearsal", day="2026-11-28")
        rehearsal.generate(vault, sample_petition, event.id, n, seed=seed, repeat_rate=0.1)
    yield vault
    vault.lock()
