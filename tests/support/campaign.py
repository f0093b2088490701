"""A small campaign: one coordinator vault, stall vaults that trust it and are enrolled."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from stallapp.domain.petition import Petition
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
from stallapp.storage import petitions as petition_store
from stallapp.storage import sheet_records as sheet_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.sheet_records import SheetRecord
from stallapp.storage.vault import Vault
from tests.support.vault_setup import PASSPHRASE


@dataclass
class Stall:
    vault: Vault
    capture: CaptureService
    event_id: str


def vault_hash(vault: Vault) -> str:
    """A content hash of every table (the audit log included), to show nothing changed."""
    digest = hashlib.sha256()
    conn = vault.conn
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for table, sql in tables:
        digest.update(table.encode())
        if "WITHOUT ROWID" in str(sql).upper():  # person_keys (schema 10) has no rowid
            rows = sorted(conn.execute(f"SELECT * FROM {table}"), key=repr)  # noqa: S608
        else:
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()  # noqa: S608
        for row in rows:
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def coordinator(tmp_path: Path, sample_petition: Petition) -> Iterator[Vault]:
    vault = Vault.create(
        tmp_path / "coordinator", PASSPHRASE, role="coordinator", cost=KdfCost.light()
    )
    with vault.transaction() as tx:
        petition_store.save(tx, sample_petition)
    yield vault
    vault.lock()


@pytest.fixture
def make_stall(tmp_path: Path, coordinator: Vault) -> Iterator[Callable[..., Stall]]:
    made: list[Vault] = []

    def make(name: str, city: str = "Coventry", *, enrol: bool = True) -> Stall:
        vault = Vault.create(
            tmp_path / name, PASSPHRASE, role="stall", device_name=name, cost=KdfCost.light()
        )
        made.append(vault)
        install_pack(vault, read_pack(export_pack(coordinator)))
        if enrol:
            enroll(coordinator, read_card(export_card(vault)))
        capture = CaptureService(vault)
        event = capture.add_event(
            city=city, location="Town square", day="2026-11-28", start="12:00", end="14:00"
        )
        return Stall(vault, capture, event.id)

    yield make
    for vault in made:
        vault.lock()


@pytest.fixture
def importer(coordinator: Vault) -> Importer:
    return Importer(coordinator)


def register_sheet(vault: Vault, petition_id: str, serial: str, rows: int = 20) -> None:
    """Register a printed sheet (as `print sheets` does) so that its rows can be typed in."""
    if sheet_store.get(vault.conn, serial) is not None:
        return
    petition = petition_store.get(vault.conn, petition_id)
    assert petition is not None
    record = SheetRecord(
        serial,
        petition_id,
        petition.content_hash,
        "continuation",
        "a4",
        rows,
        "2026-11-28T10:00:00.000000Z",
        None,
        None,
        None,
    )
    with vault.transaction() as tx:
        sheet_store.insert(tx, record)


def sign(stall: Stall, petition_id: str, name: str, postcode: str, **extra: Any) -> str:
    fields: dict[str, Any] = {"address": "1 Mill Road", "consent": True}
    fields.update(extra)
    if fields.get("origin") == "paper":
        register_sheet(stall.vault, petition_id, str(fields["sheet_serial"]))
    return stall.capture.record(
        petition_id, stall.event_id, name=name, postcode=postcode, **fields
    ).code
