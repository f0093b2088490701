"""The coordinator screen: a signer found by name and postcode, erased or exported; people
by constituency and ward from a synthetic NSPL file; the council e-petition count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from stallapp.domain.petition import Petition
from stallapp.storage import audit
from stallapp.storage.vault import Vault
from tests.support.nspl import write_names, write_nspl
from tests.ui.coordinator.test_withdrawal_panel import Answers, _merged, _signatures, _view


def test_find_export_and_erase_a_signer(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers)
    person = view.withdrawal.person
    person.name_edit.setText("bo  WONG")
    person.postcode_edit.setText("cv12ab")
    qtbot.mouseClick(person.find_button, Qt.MouseButton.LeftButton)
    assert person.matches.count() == 1
    line = person.matches.item(0).text()
    assert "2 signature(s), 0 on paper, 2 at the kiosk" in line and "1 Mill Road" not in line

    folder = tmp_path / "for-bo"
    person._choose_folder = lambda: folder
    with qtbot.waitSignal(person.person_exported, timeout=20_000):
        qtbot.mouseClick(person.export_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in folder.iterdir()) == ["your-data.json", "your-data.pdf"]

    with qtbot.waitSignal(person.person_erased, timeout=20_000) as blocker:
        qtbot.mouseClick(person.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert blocker.args == [2]
    assert "2 signature(s)" in answers.questions[-1] and "Bo" not in answers.questions[-1]
    assert _signatures(coordinator) == 2
    assert person.matches.count() == 0 and person.name_edit.text() == ""
    assert view.count_labels["signatures"].text() == "2"
    assert [e.detail for e in audit.entries(coordinator.conn) if e.event == "person_erased"] == [
        {"count": 2, "exported": 0}
    ]


def test_a_refused_erase_changes_nothing(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    view = _view(qtbot, jobs, coordinator, Answers(False))
    person = view.withdrawal.person
    person.name_edit.setText("Cheuk Lam")
    person.postcode_edit.setText("LS1 6HP")
    person.look_up()
    person.erase()
    assert person.status.text() == "Nothing was erased."
    assert _signatures(coordinator) == 4


def test_counts_by_ward_and_the_council_count(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    view = _view(qtbot, jobs, coordinator, Answers(True), today=date(2026, 12, 1))
    data = write_nspl(
        tmp_path,
        [("CV1 1LL", "E14001180", "E05001218"), ("CV1 2AB", "E14001180", "E05001219")],
        "NSPL_SYNTH_2026_UK",
    )
    wards = write_names(tmp_path, "wards.csv", "WD24", {"E05001218": "St Michael's (synthetic)"})
    areas = view.areas
    areas.set_files(data, (wards,))
    areas.area.setCurrentIndex(areas.area.findData("ward"))
    qtbot.mouseClick(areas.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(areas.chart.rows()), timeout=20_000)
    assert dict(areas.chart.rows()) == {
        "St Michael's (synthetic)": 1,
        "E05001219": 1,
        "Not known": 1,
    }
    assert "NSPL_SYNTH_2026_UK" in areas.status.text()
    # The sample petition is a Commons petition: no council e-petition count for it.
    assert view.epetition.petition.count() == 0
    assert not view.epetition.save.isEnabled()


def test_the_coordinator_enters_a_council_epetition_count(qtbot, jobs, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    from stallapp.domain.petition import load_petition
    from stallapp.storage import petitions as petition_store
    from stallapp.system.resources import resource

    sheffield = load_petition(resource("petitions", "council-sheffield.toml"))
    with coordinator.transaction() as tx:
        petition_store.save(tx, sheffield)
    view = _view(qtbot, jobs, coordinator, Answers(True), today=date(2026, 12, 1))
    panel = view.epetition
    assert panel.petition.currentData() == sheffield.id
    assert panel.status.text() == "No council e-petition count entered yet."
    panel.count.setValue(812)
    with qtbot.waitSignal(panel.count_saved):
        qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert panel.status.text() == (
        "Latest: 812 on 2026-12-01, shown apart and never added to ours."
    )
    assert view.count_labels["signatures"].text() == "0"
