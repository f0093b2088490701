"""The bundle panel writes a bundle from a worker thread, with progress, or says why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stallapp import rehearsal
from stallapp.capture import CaptureService
from stallapp.petition import Petition
from stallapp.printing import bundle
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.printing.bundle_panel import BundlePanel


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
    qtbot, sample_petition: Petition, tmp_path: Path
) -> None:
    vault = _vault(tmp_path, sample_petition)
    panel = BundlePanel(vault, sample_petition)
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
    qtbot, sample_petition: Petition, tmp_path: Path
) -> None:
    vault = _vault(tmp_path, sample_petition)
    panel = BundlePanel(vault, sample_petition)
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
