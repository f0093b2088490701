"""A vault at schema version 6 opens at version 8: its signatures are untouched and the
kept counts table is there, empty, and takes counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.kept_counts import KeptCount
from stallapp.domain.petition import Petition
from stallapp.services.capture import CaptureService
from stallapp.storage import kept_count_store
from stallapp.storage import migrate as migrate_module
from stallapp.storage import signatures as signature_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import LATEST_VERSION, MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_version_6_vault_migrates_to_version_8(
    tmp_path: Path, sample_petition: Petition, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    original = migrate_module.migrate

    def up_to_v6(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 6])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v6)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(old)
    capture.add_petition(sample_petition)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    receipt = capture.record(
        sample_petition.id,
        event.id,
        name="Synthetic Signer",
        postcode="LS1 6HP",
        address="1 Mill Road",
        consent=True,
    )
    assert schema_version(old.conn) == 6
    tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
    assert "kept_counts" not in tables
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST_VERSION >= 8
        (kept,) = signature_store.iter_all(vault.conn)
        assert kept.uid == receipt.uid and kept.name == "Synthetic Signer"
        assert kept_count_store.all_kept(vault.conn) == []
        count = KeptCount(sample_petition.id, "ward", "Little London", "Little London", 6, 5)
        with vault.transaction() as tx:
            kept_count_store.add(tx, [count])
            kept_count_store.add(tx, [count])  # a second purge adds, never replaces
        (row,) = kept_count_store.all_kept(vault.conn)
        assert (row.signatures, row.people) == (12, 10)
        assert not list((folder / "backups").glob("*.db"))  # verified, so not kept
    finally:
        vault.lock()
