"""The bundle panel writes a bundle from a worker thread, with progress, or says why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stallapp.domain.petition import Petition
from stallapp.printing import bundle
from stallapp.services import rehearsal
from stallapp.services.bundles import BundleService
from stallapp.services.capture import CaptureService
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.organiser.bundle_panel import BundlePanel


def _vault(tmp_path: Path, petition: Petition) -> Vault:
    vault = Vault.create(
        tmp_path / "v",
        "correct horse battery",
        role="coordinator",
        rehearsal=True,
        cost=KdfCost.light(),
    )
    service = CaptureService(vault)
    service.add_petition(petition)
    event = service.add_event(city="Sheffield", location="Rehearsal", day="2026-11-28")
    rehearsal.generate(vault, petition, event.id, 45, seed=5)
    return vault


def test_panel_writes_the_bundle_in_a_worker(
    qtbot, jobs, sample_petition: Petition, tmp_path: Path
) -> None:
    vault = _vault(tmp_path, sample_petition)
    panel = BundlePanel(BundleService(vault), jobs, sample_petition)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.recipient, "A Member of Parliament")
    panel.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(panel.bundle_written, timeout=30_000) as done:
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
    assert done.args == ["out"]
    assert not panel.is_busy() and panel.generate.isEnabled()
    assert panel.progress.maximum() > 0 and panel.progress.value() == panel.progress.maximum()
    assert (tmp_path / "out" / bundle.MANIFEST_NAME).exists()
    assert "45" in panel.status.text()
    assert audit.entries(vault.conn)[-1].event == "bundle_written"

    # The same folder again: refused by the worker, reported, nothing overwritten.
    before = (tmp_path / "out" / bundle.PDF_NAME).read_bytes()
    with qtbot.waitSignal(panel.bundle_failed, timeout=30_000) as failed:
        panel.start()
    assert "not empty" in failed.args[0]
    assert (tmp_path / "out" / bundle.PDF_NAME).read_bytes() == before
    vault.lock()


def test_panel_checks_the_form_before_starting(
    qtbot, jobs, sample_petition: Petition, tmp_path: Path
) -> None:
    vault = _vault(tmp_path, sample_petition)
    panel = BundlePanel(BundleService(vault), jobs, sample_petition)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.bundle_failed) as failed:
        panel.start()
    assert "recipient" in failed.args[0]
    panel.recipient.setText("Someone")
    panel.folder.setText(str(tmp_path / "out"))
    panel.constituency.setText("Sheffield Central")
    with qtbot.waitSignal(panel.bundle_failed) as failed:
        panel.start()
    assert "postcode lookup" in failed.args[0]
    assert not panel.is_busy() and not (tmp_path / "out").exists()
    vault.lock()


def test_sheets_panel_marks_returns_and_reports(
    qtbot, jobs, capture, sample_petition: Petition
) -> None:
    from stallapp.printing import sheet_pdf
    from stallapp.services.sheet_tracking import SheetService
    from stallapp.ui.organiser.sheets_panel import SheetsPanel

    service = SheetService(capture.vault)
    serials = service.print_sheets(sample_petition.id, 3).serials
    panel = SheetsPanel(service)
    qtbot.addWidget(panel)
    assert "Printed: 3" in panel.summary.text() and "out: 3" in panel.summary.text()

    panel.serial.setText(sheet_pdf.qr_payload(sample_petition.content_hash, serials[1]))
    panel.count.setValue(5)
    panel.city.setText("Leeds")
    with qtbot.waitSignal(panel.sheet_returned) as done:
        qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert done.args == [serials[1]]
    assert "back: 1" in panel.summary.text()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "5"

    panel.serial.setText(serials[1])
    with qtbot.waitSignal(panel.return_failed) as failed:
        qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert "already marked" in failed.args[0]
    assert panel.table.item(0, 1).text() == "5"


def test_a_constituency_is_chosen_by_name_with_the_area_names_file(
    qtbot, jobs, sample_petition: Petition, tmp_path: Path
) -> None:
    """The ONS lookup holds codes only; the names file chosen in the panel lets the
    organiser type the constituency's name, and only its signers are in the bundle."""
    from tests.support.nspl import write_names, write_nspl

    vault = Vault.create(
        tmp_path / "v", "correct horse battery", role="coordinator", cost=KdfCost.light()
    )
    service = CaptureService(vault)
    service.add_petition(sample_petition)
    event = service.add_event(city="Sheffield", location="Fargate", day="2026-11-28")
    for name, postcode in [("Ada Chan", "S1 2HE"), ("Bo Wong", "S10 2TN"), ("Cy Lee", "S1 4PD")]:
        service.record(
            sample_petition.id,
            event.id,
            name=name,
            postcode=postcode,
            address="1 Road",
            consent=True,
        )
    rows = [
        ("S1 2HE", "E14001480", "E05010870"),
        ("S1 4PD", "E14001480", "E05010870"),
        ("S10 2TN", "E14001481", "E05010871"),
    ]
    lookup = write_nspl(tmp_path, rows, "NSPL_SYNTH")
    names = write_names(
        tmp_path,
        "pcon.csv",
        "PCON24",
        {"E14001480": "Sheffield Central", "E14001481": "Sheffield Hallam"},
    )
    panel = BundlePanel(BundleService(vault), jobs, sample_petition)
    qtbot.addWidget(panel)
    panel.recipient.setText("A Member of Parliament")
    panel.constituency.setText("Sheffield Central")
    panel.lookup.setText(str(lookup))
    panel.folder.setText(str(tmp_path / "out"))
    panel.set_area_names([])
    with qtbot.waitSignal(panel.bundle_failed, timeout=30_000) as failed:
        panel.start()  # a name the codes-only lookup cannot know
    assert "No signatures match" in failed.args[0]
    assert not (tmp_path / "out" / bundle.PDF_NAME).exists()
    panel.set_area_names([names])
    assert panel.names.text() == "pcon.csv"
    with qtbot.waitSignal(panel.bundle_written, timeout=30_000):
        panel.start()
    assert panel.status.text() == "Wrote 2 signature(s) to the folder."
    vault.lock()
