"""A vault made at schema version 1 opens at version 2 with its signatures kept."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.domain.signer import Signature, build_signature
from stallapp.services.capture import CaptureService
from stallapp.storage import migrate as migrate_module
from stallapp.storage import signatures as signature_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import LATEST_VERSION, MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def insert_old_row(vault: Vault, sig: Signature, likely_duplicate: bool = False) -> None:
    """A signature as a vault before schema version 6 stored it (no connection column)."""
    columns = signature_store._COLUMNS.replace(", connection", "")
    row = signature_store.values(sig)[:-1]
    with vault.transaction() as tx:
        marks = ",".join("?" * len(row))
        sql = (
            f"INSERT INTO signatures ({columns}, device_id, likely_duplicate) VALUES ({marks},?,?)"  # noqa: S608 (fixed column names)
        )
        tx.execute(sql, (*row, vault.device_id, int(likely_duplicate)))


def test_version_1_vault_migrates_to_version_2(
    tmp_path: Path, sample_petition: Petition, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "old"
    original = migrate_module.migrate

    def only_v1(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, migrations[:1])

    monkeypatch.setattr("stallapp.storage.vault.migrate", only_v1)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(old)
    capture.add_petition(sample_petition)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    insert_old_row(
        old,
        build_signature(
            sample_petition,
            event_id=event.id,
            name="Ada Chan",
            postcode="LS1 6HP",
            address="1 Mill Road",
            consent=True,
        ),
    )
    assert schema_version(old.conn) == 1
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST_VERSION
        row = vault.conn.execute(
            "SELECT batch_seq, source_batch, person_id FROM signatures"
        ).fetchone()
        assert tuple(row) == (None, None, None)
        for table in (
            "device_keys",
            "campaign_packs",
            "enrolled_devices",
            "batches_out",
            "batches_in",
            "quarantine",
            "persons",
            "near_matches",
            "erased",
        ):
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0  # noqa: S608
        # The backup was made, then deleted once the migrated vault checked out.
        assert list((folder / "backups").glob("vault-schema1-*.db")) == []
        assert vault.integrity_problems() == []
    finally:
        vault.lock()
