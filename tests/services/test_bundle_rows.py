"""A coordinator's bundle lists each merged person once, confirmed near matches included."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services import dedupe
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.bundle_rows import load_rows
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


def test_bundle_rows_follow_persons(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = make_stall("stall-a"), make_stall("stall-b", city="Leeds")
    sign(a, sample_petition.id, "Chan Tai Man", "CV1 1LL")
    sign(a, sample_petition.id, "Lee Ka Yan", "B5 4QR")
    sign(b, sample_petition.id, "Chan Tai Man", "CV1 1LL")  # exact: the same person
    sign(b, sample_petition.id, "Chan TaiMan", "CV1 1LL")  # near: spacing
    for stall in (a, b):
        done = export_batch(stall.vault, tmp_path)
        assert done is not None
        assert Importer(coordinator).import_file(done.path).status == "imported"
    names = sorted(r.name for r in load_rows(coordinator, sample_petition.id))
    assert names == ["Chan Tai Man", "Chan TaiMan", "Lee Ka Yan"]
    (match,) = dedupe.pending(coordinator.conn)
    with coordinator.transaction() as tx:
        dedupe.decide(tx, match.id, confirm=True)
    names = sorted(r.name for r in load_rows(coordinator, sample_petition.id))
    assert names == ["Chan Tai Man", "Lee Ka Yan"]
