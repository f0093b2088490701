"""The council route end to end: live/work/study asked, typed, sealed, merged and bundled;
counts by ward and constituency from one lookup; the council e-petition count shown apart."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput, Field, FieldError
from stallapp.domain.petition import Petition, load_petition
from stallapp.printing import bundle as bundle_files
from stallapp.services import reports
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.bundles import BundleRequest, BundleService
from stallapp.services.council_counts import CouncilCounts
from stallapp.services.sheet_tracking import SheetService
from stallapp.storage import petitions as petition_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.vault import Vault
from stallapp.system.resources import resource
from tests.support.campaign import sign
from tests.support.nspl import write_names, write_nspl


@pytest.fixture
def sheffield() -> Petition:
    return load_petition(resource("petitions", "council-sheffield.toml"))


@pytest.fixture
def merged(make_stall, coordinator: Vault, sheffield: Petition, tmp_path: Path) -> Vault:  # type: ignore[no-untyped-def]
    with coordinator.transaction() as tx:
        petition_store.save(tx, sheffield)
    stall = make_stall("stall-s", "Sheffield")
    pid = sheffield.id
    sign(stall, pid, "Ada Chan", "S1 2HE", connection="live")
    sign(stall, pid, "Bo Wong", "S10 2TN", connection="study")
    serial = SheetService(stall.vault).print_sheets(pid, 1).serials[0]
    sign(stall, pid, "Cheuk Lam", "S1 2HE", origin="paper", sheet_serial=serial, sheet_row=1,
         connection="work")  # fmt: skip
    sign(stall, pid, "Daisy Ho", "CV1 1LL", origin="paper", sheet_serial=serial, sheet_row=2)
    done = export_batch(stall.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == "imported"
    return coordinator


def test_the_kiosk_must_ask_and_paper_may_be_blank(make_stall, coordinator, sheffield) -> None:  # type: ignore[no-untyped-def]
    with coordinator.transaction() as tx:
        petition_store.save(tx, sheffield)
    stall = make_stall("stall-k", "Sheffield")
    with pytest.raises(FieldError) as missing:
        sign(stall, sheffield.id, "Ada Chan", "S1 2HE")
    assert missing.value.field == Field.CONNECTION
    with pytest.raises(FieldError):
        sign(stall, sheffield.id, "Ada Chan", "S1 2HE", connection="visit")
    # A petition that does not ask refuses one.
    with pytest.raises(FieldError) as refused:
        sign(stall, "protect-hongkongers-uk", "Ada Chan", "CV1 1LL", connection="live")
    assert refused.value.field == Field.CONNECTION


def test_connection_survives_sealing_and_merge(merged: Vault) -> None:
    got = {s.name: s.connection for s in signature_store.iter_all(merged.conn)}
    assert got == {"Ada Chan": "live", "Bo Wong": "study", "Cheuk Lam": "work", "Daisy Ho": None}


def test_epetition_count_is_checked_and_kept_apart(merged: Vault, sheffield: Petition) -> None:
    counts = CouncilCounts(merged)
    with pytest.raises(BadInput, match="Only a council petition"):
        counts.enter("protect-hongkongers-uk", 10, date(2026, 11, 1))
    with pytest.raises(BadInput, match="future"):
        counts.enter(sheffield.id, 10, date(2026, 12, 2), today=date(2026, 12, 1))
    with pytest.raises(BadInput, match="whole number"):
        counts.enter(sheffield.id, -1, date(2026, 11, 1))
    counts.enter(sheffield.id, 812, date(2026, 11, 30))
    report = reports.for_vault(merged)
    entry = next(p for p in report.petitions if p["id"] == sheffield.id)
    assert entry["people"] == 4  # ours only: the council's 812 is never added
    assert entry["council_epetition"] == {"count": 812, "date": "2026-11-30"}
    assert report.signatures == 4
    assert "Council e-petition (its own count, not added): 812 on 2026-11-30" in (
        reports.render_text(report)
    )


def _lookup(folder: Path) -> tuple[Path, tuple[Path, ...]]:
    data = write_nspl(
        folder,
        [
            ("S1 2HE", "E14001490", "E05010863"),
            ("S10 2TN", "E14001489", "E05010870"),
        ],
        "NSPL_SYNTH_2026_UK",
    )
    seats = write_names(
        folder,
        "seats.csv",
        "PCON24",
        {"E14001490": "Sheffield Central (synthetic)", "E14001489": "Sheffield Hallam (synthetic)"},
    )
    wards = write_names(
        folder, "wards.csv", "WD24", {"E05010863": "City (synthetic)", "E05010870": "Broomhill"}
    )
    return data, (seats, wards)


def test_sheffield_bundle(merged: Vault, sheffield: Petition, tmp_path: Path, pdf) -> None:  # type: ignore[no-untyped-def]
    CouncilCounts(merged).enter(sheffield.id, 812, date(2026, 11, 30))
    data, names = _lookup(tmp_path)
    out = tmp_path / "bundle"
    BundleService(merged).write(
        BundleRequest(
            sheffield.id,
            "Sheffield City Council",
            out,
            postcode_lookup=data,
            area_names=names,
            today=date(2026, 12, 1),
        )
    )
    pages = pdf.pages(out / bundle_files.PDF_NAME)
    text = "\n".join(pages)
    flat = pdf.squash(text)
    assert "House of Commons" not in text and "the petitioners therefore" not in text.lower()
    assert pdf.squash("To Sheffield City Council:") in flat
    assert pdf.squash(sheffield.prayer.get("en")) in flat
    # The organiser block, on the cover letter and the summary.
    assert flat.count(pdf.squash("Sheffield Hong Kongers stall organiser (sample)")) >= 2
    assert pdf.squash("c/o 1 Example Street") in flat
    # Live/work/study, by ward and constituency, the release, the e-petition apart.
    assert "L/W/S" in pages[-1] and "study" in pages[-1]
    assert "By council ward (where known)" in text and "Broomhill" in text
    assert "Sheffield Central (synthetic)" in text
    assert "NSPL_SYNTH_2026_UK" in text
    assert pdf.squash("not added to the totals above") in flat and "812" in text
    # The CSV and `report` put the same constituency beside the same people.
    table = list(csv.DictReader(io.StringIO((out / "signatures.csv").read_text("utf-8-sig"))))
    by_csv: dict[str, int] = {}
    for row in table:
        by_csv[row["constituency"] or "unknown"] = (
            by_csv.get(row["constituency"] or "unknown", 0) + 1
        )
    assert {r["live_work_study"] for r in table} == {"live", "study", "work", ""}
    lookup = reports.load_lookup(data, names, merged.conn)
    report = reports.build(merged.conn, "constituency", lookup=lookup)
    assert {g["group"]: g["people"] for g in report.groups} == by_csv
    assert report.lookup_release == "NSPL_SYNTH_2026_UK"
    wards = reports.build(merged.conn, "ward", lookup=lookup)
    assert {g["group"]: g["people"] for g in wards.groups} == {
        "City (synthetic)": 2,
        "Broomhill": 1,
        "unknown": 1,
    }
