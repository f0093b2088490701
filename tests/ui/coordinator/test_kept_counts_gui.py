"""Purge from the coordinator screen with the postcode directory chosen, then the counts,
the chart by day and the area counts still show every signer, labelled as kept counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, Importer
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from tests.support.kept import BIG_WARD, after_retention, fill, lookup_files
from tests.ui.coordinator.test_withdrawal_panel import Answers


def test_purge_from_the_screen_keeps_the_counts_it_shows(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a", "Leeds")
    signers = fill(stall.capture, sample_petition)
    (tmp_path / "stick").mkdir()
    done = export_batch(stall.vault, tmp_path / "stick")
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == IMPORTED

    answers = Answers(True)
    today = after_retention(sample_petition)
    view = CoordinatorView(
        CoordinatorService(coordinator),
        WithdrawalService(coordinator),
        jobs,
        confirm=answers,
        today=lambda: today,
    )
    qtbot.addWidget(view)
    view.resize(1000, 640)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    view.grouping.setCurrentIndex(view.grouping.findData("day"))
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    days_before = view.chart.rows()
    assert view.count_labels["signatures"].text() == "8"
    assert view.kept_label.text() == ""

    nspl, names = lookup_files(tmp_path / "ons")
    view.areas.set_files(nspl, names)
    panel = view.withdrawal
    view.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.purged, timeout=20_000) as blocker:
        qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert blocker.args == [8]
    assert "by constituency and ward too (from NSPL_TEST_2025.csv)" in answers.questions[0]
    assert panel.purge_status.text() == "Deleted 8 signature(s); kept anonymous counts of 8."
    assert coordinator.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0

    assert view.count_labels["signatures"].text() == "8"
    assert view.count_labels["people"].text() == "8"
    assert view.kept_label.text() == (
        "Of which 8 people (8 signatures) from before the purge: kept counts, no personal data."
    )
    assert view.chart.rows() == days_before

    view.areas.area.setCurrentIndex(view.areas.area.findData("ward"))
    qtbot.mouseClick(view.areas.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.areas.chart.rows()), timeout=20_000)
    assert view.areas.chart.rows() == [
        (BIG_WARD, 6),
        ("Other areas, kept together (fewer than 5 people each)", 2),
    ]
    shown = " ".join(
        w.text() for w in view.findChildren(type(view.kept_label)) if hasattr(w, "text")
    )
    for signer in signers:
        assert signer.name not in shown and signer.postcode not in shown
