"""A signature captured on a coordinator's own vault, by someone already merged from a stall,
is flagged as a likely duplicate and not counted as a second person (schema 10 keeps merged
rows out of the index the capture checks, so the check also asks the persons)."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services import reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from tests.support.campaign import sign


def test_a_coordinator_capture_of_a_merged_signer_is_a_likely_duplicate(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    sign(stall, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(stall.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == "imported"
    capture = CaptureService(coordinator)
    event = capture.add_event(city="Coventry", location="Office", day="2026-11-28")
    fields = {"name": "Ada Chan", "postcode": "CV1 1LL", "address": "1 Mill Road"}
    capture.record(sample_petition.id, event.id, consent=True, **fields)
    other = {"name": "Bo Wong", "postcode": "B5 4QR", "address": "2 Hill Street"}
    capture.record(sample_petition.id, event.id, consent=True, **other)
    report = reports.for_vault(coordinator, None)
    assert (report.signatures, report.people, report.duplicates) == (3, 2, 1)
