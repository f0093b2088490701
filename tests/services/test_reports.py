"""Reports: groupings, constituencies from a local lookup file, counts only in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services import reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


@pytest.fixture
def merged(make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path) -> Vault:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a", "Coventry")
    b = make_stall("stall-b", "Leeds")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(
        a, sample_petition.id, "Bo Wong", "CV1 2AB", origin="paper", sheet_serial="S-1", sheet_row=1
    )
    sign(b, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(b, sample_petition.id, "Cheuk Lam", "LS1 6HP")
    importer = Importer(coordinator)
    for stall in (a, b):
        done = export_batch(stall.vault, tmp_path)
        assert done is not None
        assert importer.import_file(done.path).status == "imported"
    return coordinator


def test_groupings(merged: Vault) -> None:
    r = reports.build(merged.conn, "device", device_names={})
    assert sorted(g["people"] for g in r.groups) == [2, 2]
    assert sum(g["signatures"] for g in r.groups) == 4
    day = reports.build(merged.conn, "day")
    assert day.groups == [{"group": "2026-11-28", "signatures": 4, "people": 3, "paper": 1}]
    event = reports.build(merged.conn, "event")
    assert sorted(g["group"] for g in event.groups) == [
        "2026-11-28 12:00-14:00 · Town square, Coventry",
        "2026-11-28 12:00-14:00 · Town square, Leeds",
    ]
    [petition] = r.petitions
    assert petition["people"] == 3 and petition["target"] == 5000
    assert petition["percent"] == 0.1


def test_constituency_unknown_without_lookup_and_from_file(merged: Vault, tmp_path: Path) -> None:
    r = reports.build(merged.conn, "constituency")
    assert r.groups == [{"group": "unknown", "people": 3}]
    lookup = tmp_path / "l.csv"
    lookup.write_text("pcds,pcon\nCV1 1LL,Coventry South\nLS1 6HP,Leeds Central\n")
    r = reports.build(merged.conn, "constituency", lookup=reports.load_lookup(lookup))
    assert r.groups == [
        {"group": "Coventry South", "people": 1},
        {"group": "Leeds Central", "people": 1},
        {"group": "unknown", "people": 1},
    ]
    text = json.dumps(r.to_dict())
    assert "Ada" not in text and "CV1" not in text


def test_bad_lookup_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(BadInput, match="not a postcode directory layout"):
        reports.load_lookup(bad)
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BadInput):
        reports.load_lookup(bad)
    with pytest.raises(BadInput):
        reports.load_lookup(tmp_path / "missing.csv")


def test_text_rendering_has_no_personal_data(merged: Vault) -> None:
    text = reports.render_text(reports.build(merged.conn, "city"))
    assert "People (each counted once): 3" in text and "Coventry: 2" in text
    assert "Ada" not in text
