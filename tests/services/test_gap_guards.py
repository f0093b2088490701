"""The sequence-gap report, the retention date at import and an unreadable file: each test
fails when its check is removed or shifted by one (survivors of `make mutation`)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, REFUSED, Importer, gaps
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign


def _batches(stall: Stall, petition: Petition, folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        sign(stall, petition.id, f"Person Number{'x' * i}", "CV1 1LL")
        done = export_batch(stall.vault, folder)
        assert done is not None
        paths.append(done.path)
    return paths


def test_gap_report_names_every_missing_batch_of_every_device(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Batch 1 missing counts too; a device without gaps listed first does not end the
    report; three missing numbers read "1, 2 and 3"."""
    one: Stall = make_stall("stall-one")
    two: Stall = make_stall("stall-two")
    # The report goes through devices in id order: the first one has no gap.
    whole, gappy = sorted((one, two), key=lambda s: s.vault.device_id)
    importer = Importer(coordinator)
    for path in _batches(whole, sample_petition, tmp_path / "whole", 1):
        assert importer.import_file(path).status == IMPORTED
    paths = _batches(gappy, sample_petition, tmp_path / "gappy", 4)
    assert importer.import_file(paths[3]).status == IMPORTED
    name, device = gappy.vault.device_name, gappy.vault.device_id
    assert gaps(coordinator) == [f"batches 1, 2 and 3 from {name} ({device}) are missing"]
    assert importer.import_file(paths[0]).status == IMPORTED
    assert importer.import_file(paths[2]).status == IMPORTED
    assert gaps(coordinator) == [f"batch 2 from {name} ({device}) is missing"]


def test_batch_is_accepted_on_its_petitions_last_day_of_retention(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    [path] = _batches(a, sample_petition, tmp_path / "out", 1)
    last = sample_petition.retention_until
    importer = Importer(coordinator)
    late = importer.import_bytes(path.read_bytes(), today=last + timedelta(days=1))
    assert late.status == REFUSED and "retention" in late.message
    assert importer.import_bytes(path.read_bytes(), today=last).status == IMPORTED
    assert isinstance(last, date)


def test_unreadable_file_is_refused_with_one_line(coordinator: Vault, tmp_path: Path) -> None:
    folder_not_file = tmp_path / "looks-like.stallbatch"
    folder_not_file.mkdir()
    outcome = Importer(coordinator).import_file(folder_not_file)
    assert outcome.status == REFUSED
    assert outcome.message.startswith("The file cannot be read")
