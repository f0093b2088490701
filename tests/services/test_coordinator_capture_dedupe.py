"""A signature captured on a coordinator's own vault joins the persons its merges keep: the
same signer is counted once whether their stall row was merged before or after the entry."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services import dedupe, reports
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


def test_a_coordinator_capture_then_the_same_signer_from_a_stall_counts_once(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The other order: the coordinator's own entry makes a person, and the stall's row of
    the same signer joins it when it is merged (it used to be counted as a second person)."""
    capture = CaptureService(coordinator)
    event = capture.add_event(city="Coventry", location="Office", day="2026-11-28")
    fields = {"name": "Ada Chan", "postcode": "CV1 1LL", "address": "1 Mill Road"}
    capture.record(sample_petition.id, event.id, consent=True, **fields)
    stall = make_stall("stall-a")
    sign(stall, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(stall, sample_petition.id, "Ada Chen", "CV1 1LL")  # a near match: kept apart
    done = export_batch(stall.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == "imported"
    report = reports.for_vault(coordinator, None)
    assert (report.signatures, report.people, report.duplicates) == (3, 2, 1)
    assert len(dedupe.pending(coordinator.conn)) == 1  # Ada Chen, for the coordinator's review
