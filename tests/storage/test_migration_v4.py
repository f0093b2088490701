"""A vault at schema version 3 opens at version 4: batches already sealed count as written,
a batch quarantined earlier waits for a decision (its file can be imported again to keep it)."""

from __future__ import annotations

from pathlib import Path

from stallapp.storage import migrate as migrate_module
from stallapp.storage import quarantine_store as qstore
from stallapp.storage import sealing_store as store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_version_3_vault_migrates_to_version_4(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "old"
    original = migrate_module.migrate

    def up_to_v3(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 3])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v3)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    assert schema_version(old.conn) == 3
    with old.transaction() as tx:
        tx.execute(
            "INSERT INTO batches_out (seq, batch_id, prev_hash, doc_hash, record_count, "
            "recipients, created_at) VALUES (1, 'b1', 'p', 'd', 2, '[]', '2026-11-28T14:00:00Z')"
        )
        tx.execute(
            "INSERT INTO quarantine (batch_id, device_id, seq, doc_hash, reason, received_at) "
            "VALUES ('b1', 'dev', 1, 'd2', 'a fork', '2026-11-29T10:00:00Z')"
        )
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) >= 4
        (batch,) = store.out_batches(vault.conn)
        assert batch.written_at == "2026-11-28T14:00:00Z"
        (entry,) = qstore.quarantine_entries(vault.conn)
        assert (entry.status, entry.sealed, entry.reason) == ("open", None, "a fork")
    finally:
        vault.lock()
