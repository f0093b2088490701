"""Export details and import refusals: re-export, forks, unknown/revoked devices, rehearsal."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.sealing.opening import decrypt
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, QUARANTINED, REFUSED, Importer
from stallapp.services.campaign_pack import enroll, export_card, read_card, revoke
from stallapp.storage import quarantine_store, sealing_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.campaign import sign, vault_hash


def test_file_is_private_and_named_by_batch_id_only(
    make_stall, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    assert done.path.name == f"{done.batch_id}.stallbatch"
    assert a.vault.device_id not in done.path.name
    assert stat.S_IMODE(os.stat(done.path).st_mode) == 0o600
    assert b"Ada" not in done.path.read_bytes()
    assert list(tmp_path.glob(".tmp-*")) == []


def test_reexport_gives_same_batch_id_and_document(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = export_batch(a.vault, tmp_path / "one")
    assert first is not None
    again = export_batch(a.vault, tmp_path / "two", seq=1)
    assert again is not None and again.unchanged
    assert again.batch_id == first.batch_id
    identity = Importer(coordinator)._identity
    # age output is randomised, the signed document inside is identical.
    assert first.path.read_bytes() != again.path.read_bytes()
    assert decrypt(first.path.read_bytes(), identity) == decrypt(again.path.read_bytes(), identity)
    importer = Importer(coordinator)
    assert importer.import_file(again.path).status == IMPORTED
    assert importer.import_file(first.path).status == ALREADY
    with pytest.raises(BadInput):
        export_batch(a.vault, tmp_path, seq=7)


def test_fork_is_quarantined(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    first = export_batch(a.vault, tmp_path)
    assert first is not None
    importer = Importer(coordinator)
    assert importer.import_file(first.path).status == IMPORTED
    # The stall's vault is restored from an old copy: batch 1 is sealed again, differently.
    with a.vault.transaction() as tx:
        tx.execute("DELETE FROM batches_out")
        tx.execute("UPDATE signatures SET batch_seq = NULL")
    sign(a, sample_petition.id, "Bo Wong", "L1 8JQ")
    (tmp_path / "x").mkdir()
    forked = export_batch(a.vault, tmp_path / "x")
    assert forked is not None and forked.batch_id == first.batch_id
    before = coordinator.conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
    outcome = importer.import_file(forked.path)
    assert outcome.status == QUARANTINED
    assert "fork" in outcome.message
    assert coordinator.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == before
    assert len(quarantine_store.quarantine_list(coordinator.conn)) == 1
    assert importer.import_file(forked.path).status == QUARANTINED
    from stallapp.services.coordination import CoordinatorService

    assert CoordinatorService(coordinator).quarantined() == 1


def test_unknown_and_revoked_devices_are_refused(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stranger = make_stall("stranger", enrol=False)
    sign(stranger, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(stranger.vault, tmp_path)
    assert done is not None
    importer = Importer(coordinator)
    snapshot = vault_hash(coordinator)
    outcome = importer.import_file(done.path)
    assert outcome.status == REFUSED and "not enrolled" in outcome.message
    assert vault_hash(coordinator) == snapshot
    enroll(coordinator, read_card(export_card(stranger.vault)))
    revoke(coordinator, stranger.vault.device_id)
    outcome = importer.import_file(done.path)
    assert outcome.status == REFUSED and "revoked" in outcome.message
    with pytest.raises(BadInput):
        revoke(coordinator, stranger.vault.device_id)


def test_batch_for_another_coordinator_is_refused(
    make_stall, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    other = Vault.create(tmp_path / "other", PASSPHRASE, role="coordinator", cost=KdfCost.light())
    try:
        enroll(other, read_card(export_card(a.vault)))
        outcome = Importer(other).import_file(done.path)
        assert outcome.status == REFUSED
        assert "another coordinator" in outcome.message
    finally:
        other.lock()


def test_rehearsal_batches_never_enter_a_real_vault(
    coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    from stallapp.sealing.envelope import Rejected
    from stallapp.services.campaign_pack import export_pack, install_pack, read_pack

    practice = Vault.create(
        tmp_path / "practice", PASSPHRASE, role="stall", rehearsal=True, cost=KdfCost.light()
    )
    try:
        with pytest.raises(Rejected, match="real campaign pack"):
            install_pack(practice, read_pack(export_pack(coordinator)))
        with pytest.raises(Rejected, match="rehearsal"):
            enroll(coordinator, read_card(export_card(practice)))
    finally:
        practice.lock()


def test_export_needs_a_pack(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, role="stall", cost=KdfCost.light())
    try:
        with pytest.raises(BadInput, match="campaign pack"):
            export_batch(vault, tmp_path)
    finally:
        vault.lock()


def _forced_enrol(coordinator: Vault, stall: Vault, rehearsal: bool) -> None:
    card = read_card(export_card(stall))
    with coordinator.transaction() as tx:
        sealing_store.enroll(
            tx,
            sealing_store.DeviceRow(
                card.device_id,
                card.device_name,
                card.signing_key,
                card.fingerprint,
                rehearsal,
                False,
            ),
        )


@pytest.mark.parametrize("batch_rehearsal", [True, False])
def test_rehearsal_flag_mismatch_refused_both_ways(
    sample_petition: Petition, tmp_path: Path, batch_rehearsal: bool
) -> None:
    from stallapp.services.campaign_pack import export_pack, install_pack, read_pack
    from stallapp.services.capture import CaptureService
    from stallapp.storage import petitions as petition_store

    def vault(name: str, role: str, rehearsal: bool) -> Vault:
        return Vault.create(
            tmp_path / name, PASSPHRASE, role=role, rehearsal=rehearsal, cost=KdfCost.light()
        )

    source = vault("source", "coordinator", batch_rehearsal)
    target = vault("target", "coordinator", not batch_rehearsal)
    stall = vault("stall", "stall", batch_rehearsal)
    try:
        with source.transaction() as tx:
            petition_store.save(tx, sample_petition)
        pack = read_pack(export_pack(source))
        install_pack(stall, pack)
        capture = CaptureService(stall)
        event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
        capture.record(
            sample_petition.id,
            event.id,
            name="Ada Chan",
            postcode="LS1 6HP",
            address="1 Mill Road",
            consent=True,
        )
        # The batch goes to both coordinators' recipients, so only the flag can stop it.
        target_keys = Importer(target)
        with stall.transaction() as tx:
            sealing_store.save_pack(
                tx,
                sealing_store.PackRow(
                    "x" * 44,
                    "0" * 24,
                    "target",
                    (target_keys_recipient(target),),
                    pack.recovery_recipient,
                ),
            )
        done = export_batch(stall, tmp_path)
        assert done is not None
        _forced_enrol(target, stall, not batch_rehearsal)
        snapshot = vault_hash(target)
        outcome = target_keys.import_file(done.path)
        assert outcome.status == REFUSED
        expected = "rehearsal batch" if batch_rehearsal else "real batch"
        assert expected in outcome.message
        assert vault_hash(target) == snapshot
    finally:
        for v in (source, target, stall):
            v.lock()


def target_keys_recipient(vault: Vault) -> str:
    from stallapp.services.keys import load_keys

    recipient = load_keys(vault).recipient
    assert recipient is not None
    return recipient
