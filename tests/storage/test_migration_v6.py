"""A vault at schema version 5 opens at version 6: its signatures keep no connection, and
the council e-petition counts table is there, empty."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.capture import CaptureService
from stallapp.storage import migrate as migrate_module
from stallapp.storage import signatures as signature_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.storage.test_migration_v2 import insert_old_row


def test_version_5_vault_migrates_to_version_6(
    tmp_path: Path, sample_petition: Petition, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from stallapp.domain.signer import build_signature

    folder = tmp_path / "old"
    original = migrate_module.migrate

    def up_to_v5(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 5])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v5)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(old)
    capture.add_petition(sample_petition)
    event = capture.add_event(city="Sheffield", location="Fargate", day="2026-11-28")
    sig = build_signature(
        sample_petition,
        event_id=event.id,
        name="Synthetic Signer",
        postcode="S1 2HE",
        address="1 Mill Road",
        consent=True,
    )
    insert_old_row(old, sig)
    assert schema_version(old.conn) == 5
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) >= 6
        (kept,) = signature_store.iter_all(vault.conn)
        assert kept.uid == sig.uid and kept.connection is None
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "epetition_counts" in tables
    finally:
        vault.lock()
