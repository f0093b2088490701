"""A stall belongs to one campaign: another coordinator key is refused unless the volunteer
deliberately switches; the current coordinator may add or rotate keys."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.domain.petition import Petition
from stallapp.sealing.opening import decrypt
from stallapp.services.batch_export import export_batch
from stallapp.services.campaign_pack import (
    OtherCampaign,
    campaign_keys,
    export_pack,
    install_pack,
    read_pack,
    switch_campaign,
)
from stallapp.services.keys import load_keys, recipient_fingerprint
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.campaign import sign, vault_hash


@pytest.fixture
def impostor(tmp_path: Path, coordinator: Vault, sample_petition: Petition):  # type: ignore[no-untyped-def]
    """Another coordinator vault with the same display name as the real one."""
    vault = Vault.create(
        tmp_path / "impostor",
        PASSPHRASE,
        role="coordinator",
        device_name=coordinator.device_name,
        cost=KdfCost.light(),
    )
    with vault.transaction() as tx:
        petition_store.save(tx, sample_petition)
    yield vault
    vault.lock()


def key_file(stall: Vault) -> KeyFile:
    return KeyFile.load(stall.folder / "vault.key")


def test_pack_from_another_key_with_the_same_name_is_refused(
    make_stall, coordinator: Vault, impostor: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    pack = read_pack(export_pack(impostor))
    assert pack.coordinator_name == coordinator.device_name
    trusted = load_keys(coordinator).fingerprint("coordinator")
    before, key_bytes = vault_hash(a.vault), (a.vault.folder / "vault.key").read_bytes()
    with pytest.raises(OtherCampaign) as refused:
        install_pack(a.vault, pack)
    assert trusted in refused.value.message and pack.fingerprint in refused.value.message
    assert vault_hash(a.vault) == before
    assert (a.vault.folder / "vault.key").read_bytes() == key_bytes
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    with pytest.raises(Exception):  # noqa: B017 - the impostor cannot open it
        decrypt(done.path.read_bytes(), load_keys(impostor).age_identity or "")


def test_switch_needs_the_passphrase_and_exported_signatures_then_drops_the_old_keys(
    make_stall, coordinator: Vault, impostor: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    new = read_pack(export_pack(impostor))
    old_recovery = load_keys(coordinator).recipient
    assert a.vault.recovery_recipients == [old_recovery]
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    before = vault_hash(a.vault)
    with pytest.raises(WrongPassphrase):
        switch_campaign(a.vault, new, "not the passphrase")
    with pytest.raises(BadInput, match="Export them"):
        switch_campaign(a.vault, new, PASSPHRASE)
    assert vault_hash(a.vault) == before
    assert export_batch(a.vault, tmp_path) is not None

    switch_campaign(a.vault, new, PASSPHRASE)
    signing = [k for k in campaign_keys(a.vault) if k.kind == "signing"]
    assert [k.fingerprint for k in signing] == [new.fingerprint]
    assert a.vault.recovery_recipients == [new.recovery_recipient]
    assert [r["recipient"] for r in key_file(a.vault).recovery] == [new.recovery_recipient]
    switched = [e for e in audit.entries(a.vault.conn) if e.event == "campaign_switched"]
    assert len(switched) == 1
    assert switched[0].detail["new_key_id"] == new.fingerprint.replace(" ", "")
    # Batches now go to the new coordinator only, and the old recovery key opens nothing.
    sign(a, sample_petition.id, "Bo Wong", "L1 8JQ")
    (tmp_path / "two").mkdir()
    done = export_batch(a.vault, tmp_path / "two")
    assert done is not None
    assert decrypt(done.path.read_bytes(), load_keys(impostor).age_identity or "")
    with pytest.raises(Exception):  # noqa: B017
        decrypt(done.path.read_bytes(), load_keys(coordinator).age_identity or "")
    a.vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.recover(a.vault.folder, load_keys(coordinator).age_identity or "", "new passphrase 1")
    with pytest.raises(BadInput):  # the same pack again is not a switch
        again = Vault.unlock(a.vault.folder, PASSPHRASE)
        try:
            switch_campaign(again, new, PASSPHRASE)
        finally:
            again.lock()


def test_current_coordinator_adds_a_backup_and_rotates_the_recovery_key(
    make_stall, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    backup = pyrage.x25519.Identity.generate()
    recovery = pyrage.x25519.Identity.generate()
    rotated = read_pack(
        export_pack(
            coordinator, also=(str(backup.to_public()),), recovery=str(recovery.to_public())
        )
    )
    install_pack(a.vault, rotated)
    kinds = [(k.kind, k.fingerprint) for k in campaign_keys(a.vault)]
    assert ("recipient", recipient_fingerprint(str(backup.to_public()))) in kinds
    assert ("recovery", recipient_fingerprint(str(recovery.to_public()))) in kinds
    assert [k for k, _ in kinds].count("signing") == 1
    assert [r["recipient"] for r in key_file(a.vault).recovery] == [str(recovery.to_public())]
    assert a.vault.recovery_recipients == [str(recovery.to_public())]
