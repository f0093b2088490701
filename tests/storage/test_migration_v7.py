"""A stall vault at schema version 6, with a batch exported, opens at version 7: the batch
is there, not yet received, and a receipt can then be confirmed and its signers erased."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.campaign_pack import (
    enroll,
    export_card,
    export_pack,
    install_pack,
    read_card,
    read_pack,
)
from stallapp.services.capture import CaptureService
from stallapp.services.receipt_confirm import confirm_receipt
from stallapp.services.receipt_writer import receipt_for
from stallapp.services.received_erasure import batch_states, erase_received
from stallapp.storage import migrate as migrate_module
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import LATEST_VERSION, MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_version_6_stall_vault_migrates_to_version_7(
    tmp_path: Path, sample_petition: Petition, coordinator: Vault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "old-stall"
    original = migrate_module.migrate

    def up_to_v6(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 6])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v6)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    install_pack(old, read_pack(export_pack(coordinator)))
    enroll(coordinator, read_card(export_card(old)))
    capture = CaptureService(old)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    capture.record(
        sample_petition.id,
        event.id,
        name="Synthetic Signer",
        postcode="LS1 6HP",
        address="1 Mill Road",
        consent=True,
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    done = export_batch(old, stick)
    assert done is not None
    assert schema_version(old.conn) == 6
    tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
    assert "batches_received" not in tables
    old.lock()
    monkeypatch.undo()

    assert Importer(coordinator).import_file(done.path).status == "imported"
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST_VERSION >= 7
        (state,) = batch_states(vault)
        assert (state.seq, state.received, state.on_device, state.erased) == (1, False, 1, 0)
        assert confirm_receipt(vault, receipt_for(coordinator, vault.device_id)).newly_received == 1
        assert erase_received(vault).count == 1
        (state,) = batch_states(vault)
        assert (state.received, state.on_device, state.erased) == (True, 0, 1)
    finally:
        vault.lock()
