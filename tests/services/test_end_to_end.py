"""Two stalls, one coordinator: the same people at both stalls count once, in any order."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.services import dedupe, reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, Importer, gaps
from stallapp.storage.vault import Vault
from tests.support.campaign import sign, vault_hash


def _campaign(make_stall, sample_petition: Petition, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    pid = sample_petition.id
    a = make_stall("stall-a", "Coventry")
    b = make_stall("stall-b", "Liverpool")
    # Ada and Bo sign at both stalls (with spelling variations the dedupe key absorbs).
    sign(a, pid, "Ada Chan", "CV1 1LL")
    sign(a, pid, "Bo Wong", "L1 8JQ", email="bo@example.org")
    sign(a, pid, "Cheuk Lam", "CV1 2AB")
    sign(b, pid, "chan  ada", "cv11ll")
    sign(b, pid, "Bo Wong", "L1 8JQ")
    sign(b, pid, "Daisy Ho", "L2 2DP", origin="paper", sheet_serial="S-001", sheet_row=1)
    first_a = export_batch(a.vault, out)
    first_b = export_batch(b.vault, out)
    sign(a, pid, "Eason Ng", "CV3 4EF")
    second_a = export_batch(a.vault, out)
    assert first_a and first_b and second_a
    return [first_a.path, first_b.path, second_a.path]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_any_order_twice_gives_exact_counts(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, order
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "stick"
    out.mkdir()
    files = _campaign(make_stall, sample_petition, out)
    importer = Importer(coordinator)
    ordered = [files[i] for i in order]
    first = [importer.import_file(p) for p in ordered]
    assert [o.status for o in first] == [IMPORTED] * 3, [o.message for o in first]
    snapshot = vault_hash(coordinator)
    again = [importer.import_file(p) for p in ordered]
    assert [o.status for o in again] == [ALREADY] * 3
    assert vault_hash(coordinator) == snapshot

    report = reports.build(coordinator.conn, "city")
    assert report.signatures == 7
    assert report.people == 5  # Ada, Bo, Cheuk, Daisy, Eason
    assert report.duplicates == 2
    assert (report.paper, report.kiosk) == (1, 6)
    assert {g["group"]: g["people"] for g in report.groups} == {"Coventry": 4, "Liverpool": 3}
    assert dedupe.people(coordinator.conn, sample_petition.id) == 5
    assert gaps(coordinator) == []
    # Every row keeps its provenance.
    rows = coordinator.conn.execute(
        "SELECT count(DISTINCT device_id), count(DISTINCT source_batch) FROM signatures"
    ).fetchone()
    assert tuple(rows) == (2, 3)


def test_sequence_gap_is_reported(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    paths = []
    for i in range(4):
        sign(a, sample_petition.id, f"Person Number{'x' * i}", "CV1 1LL")
        done = export_batch(a.vault, tmp_path)
        assert done is not None
        paths.append(done.path)
    importer = Importer(coordinator)
    for path in (paths[0], paths[3]):
        assert importer.import_file(path).status == IMPORTED
    [line] = gaps(coordinator)
    assert line.startswith("batches 2 and 3 from stall-a")
    assert line.endswith("are missing")
    assert importer.import_file(paths[1]).status == IMPORTED
    assert gaps(coordinator)[0].startswith("batch 3 from stall-a")


def test_nothing_new_exports_nothing(make_stall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    assert export_batch(a.vault, tmp_path) is None
    assert list(tmp_path.glob("*.stallbatch")) == []
