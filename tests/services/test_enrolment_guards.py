"""A revoked device stays revoked: enrolling its card again is refused, not taken as
"already enrolled", and its batches stay out (a survivor of removing the check by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.sealing.envelope import Rejected
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import REFUSED, Importer
from stallapp.services.campaign_pack import enroll, export_card, read_card, revoke
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign


def test_revoked_device_cannot_be_enrolled_again(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    revoke(coordinator, a.vault.device_id)
    with pytest.raises(Rejected, match="revoked"):
        enroll(coordinator, read_card(export_card(a.vault)))
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    outcome = Importer(coordinator).import_file(done.path)
    assert outcome.status == REFUSED and "revoked" in outcome.message
