"""The stall's export button and the pack fingerprint dialog, driven by qtbot."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtWidgets import QLabel

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.campaign_pack import export_card, export_pack, read_card, read_pack
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator.enrol_dialog import DeviceEnrolDialog
from stallapp.ui.stall.export_panel import BatchExportPanel
from stallapp.ui.stall.pack_dialog import PackImportDialog
from tests.support.campaign import sign


def test_export_button_writes_a_batch_then_has_nothing_new(
    qtbot, make_stall, jobs, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    panel = BatchExportPanel(functools.partial(export_batch, a.vault), jobs)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.exported, timeout=20_000) as blocker:
        panel.export_to(tmp_path)
    written = Path(blocker.args[0])
    assert written.exists() and written.parent == tmp_path
    assert "1 signature" in panel.status.text()
    assert panel.button.isEnabled()
    panel.export_to(tmp_path)
    qtbot.waitUntil(lambda: panel.button.isEnabled() and "Nothing new" in panel.status.text())


def test_export_failure_is_one_readable_line(qtbot, jobs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def export(folder: Path) -> None:
        raise BadInput("No campaign pack yet.")

    panel = BatchExportPanel(export, jobs)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.export_failed, timeout=20_000) as blocker:
        panel.export_to(tmp_path)
    assert blocker.args == ["No campaign pack yet."]
    assert panel.status.text() == "No campaign pack yet."


def test_pack_dialog_shows_the_fingerprint(qtbot, coordinator: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = read_pack(export_pack(coordinator))
    dialog = PackImportDialog(pack)
    qtbot.addWidget(dialog)
    assert dialog.code_label.text() == pack.fingerprint
    dialog.grab().save(str(tmp_path / "pack-dialog.png"))
    dialog.reject_button.click()
    assert dialog.result() == PackImportDialog.DialogCode.Rejected


def test_enrol_dialog_shows_the_device_fingerprint(qtbot, make_stall, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-e", enrol=False)
    card = read_card(export_card(stall.vault))
    dialog = DeviceEnrolDialog(card)
    qtbot.addWidget(dialog)
    assert dialog.code_label.text() == card.fingerprint
    assert "stall-e" in dialog.findChildren(QLabel)[1].text()
    dialog.accept_button.click()
    assert dialog.result() == DeviceEnrolDialog.DialogCode.Accepted
