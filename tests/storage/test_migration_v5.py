"""A vault made before schema version 5 opens with the new signature indexes, rows and
counts kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.domain.signer import build_signature
from stallapp.services import reports
from stallapp.services.capture import CaptureService
from stallapp.storage import migrate as migrate_module
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import LATEST_VERSION, MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.storage.test_migration_v2 import insert_old_row


def _indexes(vault: Vault) -> dict[str, str]:
    rows = vault.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signatures' "
        "AND sql IS NOT NULL"
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def test_vault_before_version_5_migrates(
    tmp_path: Path, sample_petition: Petition, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    original = migrate_module.migrate
    before = tuple(m for m in MIGRATIONS if m.version < 5)

    def only_before(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, before)

    monkeypatch.setattr("stallapp.storage.vault.migrate", only_before)
    old = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(old)
    capture.add_petition(sample_petition)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    seen: set[str] = set()
    for name in ("Ada Chan", "Bo Wong", "Ada Chan"):  # rows as a version-4 vault stored them
        sig = build_signature(
            sample_petition, event_id=event.id, name=name, postcode="LS1 6HP",
            address="1 Mill Road", consent=True,
        )  # fmt: skip
        insert_old_row(old, sig, likely_duplicate=sig.dedupe_key in seen)
        seen.add(sig.dedupe_key)
    assert schema_version(old.conn) == before[-1].version
    assert "signatures_event" in _indexes(old)
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST_VERSION
        indexes = _indexes(vault)
        assert "signatures_event" not in indexes and "signatures_unexported" not in indexes
        assert "WHERE person_id IS NOT NULL" in indexes["signatures_person"]
        assert "signatures_report" in indexes
        report = reports.build(vault.conn, "city")
        assert (report.signatures, report.people, report.kiosk) == (3, 2, 3)
        assert report.groups == [{"group": "Leeds", "signatures": 3, "people": 2, "paper": 0}]
        assert capture_count(vault, sample_petition.id, event.id) == 3
        assert vault.integrity_problems() == []
    finally:
        vault.lock()


def capture_count(vault: Vault, petition_id: str, event_id: str) -> int:
    return CaptureService(vault).count(petition_id=petition_id, event_id=event_id)
