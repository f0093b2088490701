"""import_files opens and verifies the next file on a worker thread while the current one
is written: outcomes, order and refusals are those of importing one file at a time."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, REFUSED, Importer, Outcome
from stallapp.services.campaign_pack import revoke
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


def _batch(stall, petition: Petition, name: str, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    sign(stall, petition.id, name, "CV1 1LL")
    folder.mkdir()
    done = export_batch(stall.vault, folder)
    assert done is not None
    return done.path


def test_outcomes_follow_the_files_in_order(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = make_stall("stall-a"), make_stall("stall-b")
    stranger = make_stall("stranger", enrol=False)
    a1 = _batch(a, sample_petition, "Ada Chan", tmp_path / "a1")
    b1 = _batch(b, sample_petition, "Bo Wong", tmp_path / "b1")
    s1 = _batch(stranger, sample_petition, "Cy Lee", tmp_path / "s1")
    a2 = _batch(a, sample_petition, "Di Ho", tmp_path / "a2")
    damaged = tmp_path / "damaged.stallbatch"
    damaged.write_bytes(b"not a batch")
    missing = tmp_path / "missing.stallbatch"
    seen: list[tuple[int, int, str]] = []
    done = Importer(coordinator).import_files(
        [a1, damaged, s1, b1, missing, a2, a1],
        lambda i, n, path, outcome: seen.append((i, n, outcome.status)),
    )
    assert [p for p, _ in done] == [a1, damaged, s1, b1, missing, a2, a1]
    got = [o.status for _, o in done]
    assert got == [IMPORTED, REFUSED, REFUSED, IMPORTED, REFUSED, IMPORTED, ALREADY]
    assert "not enrolled" in done[2][1].message
    assert done[4][1].reason == "unreadable"
    assert [s for *_, s in seen] == got and seen[-1][:2] == (7, 7)
    names = {r[0] for r in coordinator.conn.execute("SELECT name FROM signatures")}
    assert names == {"Ada Chan", "Bo Wong", "Di Ho"}


def test_a_device_revoked_during_the_import_is_refused_after_it(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = make_stall("stall-a"), make_stall("stall-b")
    b1 = _batch(b, sample_petition, "Bo Wong", tmp_path / "b1")
    a1 = _batch(a, sample_petition, "Ada Chan", tmp_path / "a1")

    def revoke_after_first(i: int, n: int, path: Path, outcome: Outcome) -> None:
        # By now the worker has opened and verified a1 with stall-a still enrolled.
        if i == 1:
            revoke(coordinator, a.vault.device_id)

    done = Importer(coordinator).import_files([b1, a1], revoke_after_first)
    assert done[0][1].status == IMPORTED
    assert done[1][1].status == REFUSED and "revoked" in done[1][1].message
    names = {r[0] for r in coordinator.conn.execute("SELECT name FROM signatures")}
    assert names == {"Bo Wong"}


def test_a_cancel_writes_nothing_of_the_file_opened_ahead(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    a1 = _batch(a, sample_petition, "Ada Chan", tmp_path / "a1")
    a2 = _batch(a, sample_petition, "Di Ho", tmp_path / "a2")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first file

    importer = Importer(coordinator)
    done = importer.import_files([a1, a2], cancelled=cancelled)
    assert [o.status for _, o in done] == [IMPORTED]
    names = {r[0] for r in coordinator.conn.execute("SELECT name FROM signatures")}
    assert names == {"Ada Chan"}
