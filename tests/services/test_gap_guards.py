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


def test_refusals_carry_their_code_for_the_screens(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Screens word a refusal from its code, never from the English: each refusal the
    importer makes itself, and each one the sealing layer raises, carries its code."""
    import os

    from stallapp.sealing import envelope as refusal
    from stallapp.sealing.opening import MAX_BATCH_BYTES
    from stallapp.services.batch_import import PAST_RETENTION, TOO_LARGE, UNREADABLE, expand
    from tests.support.resealing import Doc, reseal

    a: Stall = make_stall("stall-a")
    [path] = _batches(a, sample_petition, tmp_path / "out", 1)
    importer = Importer(coordinator)
    late = sample_petition.retention_until + timedelta(days=1)
    assert importer.import_bytes(path.read_bytes(), today=late).reason == PAST_RETENTION
    big = tmp_path / "big.stallbatch"
    with big.open("wb") as f:
        os.truncate(f.fileno(), MAX_BATCH_BYTES + 1)
    assert importer.import_file(big).reason == TOO_LARGE
    folder_not_file = tmp_path / "dir.stallbatch"
    folder_not_file.mkdir()
    assert importer.import_file(folder_not_file).reason == UNREADABLE
    plain = tmp_path / "notes.stallbatch"
    plain.write_bytes(b"just notes")
    assert importer.import_file(plain).reason == refusal.NOT_SEALED
    assert importer.import_file(plain).rule is None  # only a record rule names a record

    def miscounted(doc: Doc) -> None:
        doc["record_count"] = len(doc["records"]) + 1

    damaged = importer.import_bytes(reseal(coordinator, a.vault, path.read_bytes(), miscounted))
    assert (damaged.status, damaged.reason) == (REFUSED, refusal.DAMAGED)

    def bad_email(doc: Doc) -> None:
        doc["records"][0]["email"] = "not-an-email"

    broken = reseal(coordinator, a.vault, path.read_bytes(), bad_email)
    (tmp_path / "b.stallbatch").write_bytes(broken)
    outcome = importer.import_bytes(broken)
    assert (outcome.status, outcome.reason) == (REFUSED, refusal.RECORD_RULE)
    assert outcome.rule is not None and outcome.rule[:2] == (1, "email")
    # The screens import through import_files, which verifies ahead: the same codes.
    reasons = [o.reason for _, o in importer.import_files([big, plain, tmp_path / "b.stallbatch"])]
    assert reasons == [TOO_LARGE, refusal.NOT_SEALED, refusal.RECORD_RULE]
    # Folders given to import become the batch files inside them, files stay as given.
    assert expand([tmp_path / "out", plain]) == [path, plain]
