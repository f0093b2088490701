"""Settling a fork: accept one batch or set it aside; later batches then flow; all audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services import quarantine
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, QUARANTINED, SET_ASIDE, WAITING, Importer
from stallapp.services.campaign_pack import revoke
from stallapp.storage import audit
from stallapp.storage import quarantine_store as qstore
from stallapp.storage.vault import Vault
from tests.support.campaign import vault_hash
from tests.support.forks import make_fork


def merged(coordinator: Vault) -> list[str]:
    return sorted(r[0] for r in coordinator.conn.execute("SELECT uid FROM signatures"))


def events(vault: Vault) -> list[str]:
    return [e.event for e in audit.entries(vault.conn)]


def test_cases_show_both_sides_without_names(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    first, second = quarantine.cases(coordinator)
    assert (first.entry.batch.seq, first.entry.batch.record_count) == (1, 2)
    assert first.holder is not None and first.holder.record_count == 1
    assert first.entry.sealed is not None and b"Ada" not in first.entry.sealed
    assert (second.entry.batch.seq, second.holder) == (2, None)
    assert first.device_name == "stall-a"


@pytest.mark.parametrize("via_files", [False, True], ids=["one by one", "as the screen"])
def test_accept_merges_each_signature_once_and_releases_later_batches(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path, via_files: bool
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path, via_files=via_files)
    importer = Importer(coordinator)
    entry = quarantine.cases(coordinator)[0].entry
    done = quarantine.accept(importer, entry.id, "the stall's vault was restored from a copy")
    assert (done.added, done.released) == (1, 1)
    assert merged(coordinator) == sorted(fork.uids.values())
    assert qstore.quarantine_entries(coordinator.conn) == []
    statuses = sorted(
        (q.batch.seq, q.batch.record_count, q.status)
        for q in qstore.quarantine_entries(coordinator.conn, only_open=False)
    )
    assert statuses == [(1, 1, "set_aside"), (1, 2, "accepted"), (2, 1, "released")]
    log = events(coordinator)
    for name in ("quarantine_accepted", "quarantine_set_aside", "quarantine_released"):
        assert name in log
    released = [
        e.detail for e in audit.entries(coordinator.conn) if e.event == "quarantine_released"
    ]
    later = [q.batch for q in qstore.quarantine_entries(coordinator.conn, only_open=False)]
    assert released == [{"batch_id": b.batch_id, "seq": 2} for b in later if b.seq == 2]
    assert audit.verify(coordinator.conn) is None
    # The batch set aside stays aside; the accepted one is now simply imported.
    again = export_batch(fork.stall.vault, tmp_path / "fork-stick0", seq=1)
    assert again is not None and importer.import_file(again.path).status == ALREADY
    with pytest.raises(BadInput):
        quarantine.accept(importer, entry.id, "twice")


def test_reject_sets_aside_with_reason_and_later_batches_flow(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    importer = Importer(coordinator)
    entry = quarantine.cases(coordinator)[0].entry
    done = quarantine.reject(importer, entry.id, "duplicate of the batch already merged")
    assert (done.added, done.released) == (0, 1)
    assert merged(coordinator) == sorted([fork.uids["Ada Chan"], fork.uids["Cy Lam"]])
    aside = qstore.quarantine_entry(coordinator.conn, entry.id)
    assert aside is not None and aside.status == "set_aside"
    assert aside.decision_reason == "duplicate of the batch already merged"
    assert "quarantine_set_aside" in events(coordinator)
    again = importer.import_bytes(aside.sealed or b"")
    assert (again.status, again.reason) == (QUARANTINED, SET_ASIDE) and again.message


def test_a_waiting_batch_from_an_older_version_gets_its_file_kept_on_import(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Quarantine entries written before the sealed file was stored have none; importing
    the file again keeps it, so the case can be settled (it is the file accept merges)."""
    make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    entry = quarantine.cases(coordinator)[0].entry
    sealed = entry.sealed
    assert sealed is not None
    with coordinator.transaction() as tx:  # as an older version left it
        tx.execute("UPDATE quarantine SET sealed = NULL WHERE id = ?", (entry.id,))
    again = Importer(coordinator).import_bytes(sealed)
    assert (again.status, again.reason) == (QUARANTINED, WAITING)
    kept = qstore.quarantine_entry(coordinator.conn, entry.id)
    assert kept is not None and kept.sealed == sealed


def test_bad_decisions_change_nothing(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    importer = Importer(coordinator)
    entry = quarantine.cases(coordinator)[0].entry
    before = vault_hash(coordinator)
    for bad in ("", "   ", "x" * 201, "bell\x07"):
        with pytest.raises(BadInput):
            quarantine.reject(importer, entry.id, bad)
    with pytest.raises(BadInput):
        quarantine.accept(importer, 999, "no such entry")
    revoke(coordinator, fork.stall.vault.device_id)
    after_revoke = vault_hash(coordinator)
    assert after_revoke != before
    with pytest.raises(BadInput, match="revoked"):
        quarantine.accept(importer, entry.id, "a revoked device's batch is never accepted")
    assert vault_hash(coordinator) == after_revoke
