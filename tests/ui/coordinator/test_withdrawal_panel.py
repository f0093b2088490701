"""The withdrawal tab of the coordinator screen, driven by qtbot on a real merged vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, Importer
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal import count_for_receipt, purgeable
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage import audit
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from tests.support.campaign import sign, vault_hash


class Answers:
    """A confirmation stand-in: records each question and gives a set answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, text: str) -> bool:
        self.questions.append(text)
        return self.answer


def _merged(make_stall, petition: Petition, coordinator: Vault, out: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Two stalls, Bo Wong at both (one person), imported into the coordinator."""
    a = make_stall("stall-a", "Coventry")
    b = make_stall("stall-b", "Leeds")
    codes = {
        "ada": sign(a, petition.id, "Ada Quennell", "CV1 1LL"),
        "bo_a": sign(a, petition.id, "Bo Wong", "CV1 2AB"),
        "bo_b": sign(b, petition.id, "Bo Wong", "CV1 2AB"),
        "cheuk": sign(b, petition.id, "Cheuk Lam", "LS1 6HP"),
    }
    importer = Importer(coordinator)
    for stall, folder in ((a, out / "a"), (b, out / "b")):
        folder.mkdir()
        done = export_batch(stall.vault, folder)
        assert done is not None
        assert importer.import_file(done.path).status == IMPORTED
    return codes


def _texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree can show."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            out.extend(w.item(i).text() for i in range(w.count()))
        if isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
    return out


def _signatures(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0])


def _view(
    qtbot, jobs, coordinator: Vault, answers: Answers, today: date | None = None
) -> CoordinatorView:  # type: ignore[no-untyped-def]
    kwargs = {} if today is None else {"today": lambda: today}
    view = CoordinatorView(
        CoordinatorService(coordinator),
        WithdrawalService(coordinator),
        jobs,
        confirm=answers,
        **kwargs,
    )
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.tabs.setCurrentWidget(view.withdrawal)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)  # the first read of the counts
    return view


def test_count_for_receipt_counts_without_changing_anything(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    codes = _merged(make_stall, sample_petition, coordinator, tmp_path)
    before = vault_hash(coordinator)
    assert count_for_receipt(coordinator, codes["ada"]) == 1
    assert count_for_receipt(coordinator, codes["ada"], whole_person=True) == 1
    assert count_for_receipt(coordinator, codes["bo_a"]) == 1
    assert count_for_receipt(coordinator, codes["bo_b"], whole_person=True) == 2
    assert count_for_receipt(coordinator, " " + codes["bo_a"].lower().replace("-", " ")) == 1
    with pytest.raises(BadInput, match="8 letters"):
        count_for_receipt(coordinator, "12")
    with pytest.raises(BadInput, match="No signature"):
        count_for_receipt(coordinator, "AAAA-AAAA")
    assert vault_hash(coordinator) == before


def test_purgeable_lists_only_petitions_past_their_retention_date(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    assert purgeable(coordinator, sample_petition.retention_until) == []
    after = date(sample_petition.retention_until.year + 1, 1, 1)
    [row] = purgeable(coordinator, after)
    assert (row.petition.id, row.count) == (sample_petition.id, 4)


def test_erase_one_signature_by_a_sloppily_typed_code(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    codes = _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers)
    panel = view.withdrawal
    assert view.count_labels["signatures"].text() == "4"
    assert view.count_labels["people"].text() == "3"  # Bo Wong still counted once
    assert view.count_labels["people"].text() == "3"

    # Lower case, a space for the dash, O for 0 and l for 1: all forgiven.
    sloppy = codes["ada"].lower().replace("-", " ").replace("0", "o").replace("1", "l")
    panel.code_edit.setText("  " + sloppy + " ")
    with qtbot.waitSignal(panel.erased) as blocker:
        qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert blocker.args == [1]
    assert len(answers.questions) == 1
    assert "1 signature" in answers.questions[0]
    assert "Ada" not in answers.questions[0] and "CV1" not in answers.questions[0]
    assert panel.erase_status.text() == "Erased 1 signature(s)."
    assert panel.code_edit.text() == ""
    assert view.count_labels["signatures"].text() == "3"
    assert view.count_labels["people"].text() == "2"
    assert _signatures(coordinator) == 3
    assert (
        coordinator.conn.execute(
            "SELECT count(*) FROM signatures WHERE name = 'Ada Quennell'"
        ).fetchone()[0]
        == 0
    )

    entries = audit.entries(coordinator.conn)
    erased = [e for e in entries if e.event == "erased"]
    assert len(erased) == 1 and erased[0].detail == {"count": 1, "exported": 0}
    for entry in entries:
        flat = repr(entry.detail)
        assert "Ada" not in flat and "Quennell" not in flat and "CV1 1LL" not in flat
        assert codes["ada"] not in flat

    shown = "\n".join(_texts(view))
    assert "Quennell" not in shown and "Ada" not in shown
    assert codes["ada"] not in shown


def test_erase_the_whole_person_across_stalls(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    codes = _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers)
    panel = view.withdrawal

    # Without the box ticked only the one signature goes; the other one is reported as kept.
    panel.code_edit.setText(codes["bo_a"])
    panel.erase()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert "1 signature" in answers.questions[-1]
    assert panel.erase_status.text() == (
        "Erased 1 signature(s). 1 other signature(s) of the same person are still kept."
    )
    assert _signatures(coordinator) == 3

    panel.code_edit.setText(codes["bo_b"])
    panel.whole_person.setChecked(True)
    panel.erase()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert "1 signature" in answers.questions[-1]
    assert _signatures(coordinator) == 2

    # The box is cleared after each erasure, so it is never left ticked for the next code.
    assert not panel.whole_person.isChecked()
    shown = "\n".join(_texts(view))
    assert "Bo Wong" not in shown and "CV1 2AB" not in shown


def test_whole_person_erases_both_signatures_at_once(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    codes = _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers)
    panel = view.withdrawal
    panel.code_edit.setText(codes["bo_a"])
    panel.whole_person.setChecked(True)
    panel.erase()
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert len(answers.questions) == 1 and "2 signature" in answers.questions[0]
    assert panel.erase_status.text() == "Erased 2 signature(s)."
    assert _signatures(coordinator) == 2
    assert view.count_labels["people"].text() == "2"
    assert "Bo Wong" not in "\n".join(_texts(view))
    erased = [e for e in audit.entries(coordinator.conn) if e.event == "erased"]
    assert [e.detail for e in erased] == [{"count": 2, "exported": 0}]


def test_a_refused_confirmation_changes_nothing(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    codes = _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(False)
    view = _view(qtbot, jobs, coordinator, answers)
    panel = view.withdrawal
    before = vault_hash(coordinator)
    panel.code_edit.setText(codes["bo_a"])
    panel.whole_person.setChecked(True)
    with qtbot.assertNotEmitted(panel.erased):
        panel.erase()
        qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert len(answers.questions) == 1 and "2 signature" in answers.questions[0]
    assert panel.erase_status.text() == "Nothing was erased."
    assert vault_hash(coordinator) == before
    assert view.count_labels["signatures"].text() == "4"
    assert view.count_labels["people"].text() == "3"  # Bo Wong still counted once


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "A receipt code has 8 letters and digits, like 7KQ2-M9XD."),
        ("7KQ2", "A receipt code has 8 letters and digits, like 7KQ2-M9XD."),
        ("Ada Quennell", "A receipt code has 8 letters and digits, like 7KQ2-M9XD."),
        ("AAAA-AAAA", "No signature with that receipt code is in this vault."),
    ],
)
def test_malformed_and_unknown_codes_change_nothing(
    qtbot,
    jobs,
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
    typed: str,
    message: str,
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers)
    panel = view.withdrawal
    before = vault_hash(coordinator)
    panel.code_edit.setText(typed)
    with qtbot.assertNotEmitted(panel.erased):
        qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    assert panel.erase_status.text() == message
    assert answers.questions == []
    assert vault_hash(coordinator) == before


def test_purge_is_impossible_before_the_retention_date(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    answers = Answers(True)
    view = _view(qtbot, jobs, coordinator, answers, today=sample_petition.retention_until)
    panel = view.withdrawal
    before = vault_hash(coordinator)
    assert panel.petition_choice.count() == 0
    assert not panel.petition_choice.isEnabled()
    assert not panel.purge_button.isEnabled()
    assert panel.purge_status.text() == "No petition is past its retention date."
    panel.purge()  # even called directly, nothing is chosen, so nothing happens
    assert answers.questions == []
    assert vault_hash(coordinator) == before


def test_purge_after_the_retention_date_asks_then_deletes(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _merged(make_stall, sample_petition, coordinator, tmp_path)
    after = date(sample_petition.retention_until.year + 1, 1, 2)
    answers = Answers(False)
    view = _view(qtbot, jobs, coordinator, answers, today=after)
    panel = view.withdrawal
    assert panel.petition_choice.count() == 1
    assert "4 signature" in panel.petition_choice.itemText(0)
    assert sample_petition.retention_until.isoformat() in panel.petition_choice.itemText(0)
    assert panel.purge_button.isEnabled()

    before = vault_hash(coordinator)
    qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert len(answers.questions) == 1 and "4 signature" in answers.questions[0]
    assert panel.purge_status.text() == "Nothing was deleted."
    assert vault_hash(coordinator) == before

    answers.answer = True
    with qtbot.waitSignal(panel.purged) as blocker:
        qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    assert blocker.args == [4]
    assert panel.purge_status.text() == "Deleted 4 signature(s); kept anonymous counts of 4."
    assert _signatures(coordinator) == 0
    # The counts outlive the rows, labelled as kept counts of purged signatures.
    assert view.count_labels["signatures"].text() == "4"
    assert view.count_labels["people"].text() == "3"  # Bo Wong still counted once
    assert "from before the purge" in view.kept_label.text()
    assert not panel.purge_button.isEnabled()
    assert "0 signature" in panel.petition_choice.itemText(0)
    purged = [e for e in audit.entries(coordinator.conn) if e.event == "purged"]
    assert [e.detail for e in purged] == [
        {"petition_id": sample_petition.id, "count": 4, "kept": 4}
    ]
    shown = "\n".join(_texts(view))
    for name in ("Ada Quennell", "Bo Wong", "Cheuk Lam"):
        assert name not in shown


# The offscreen platform logs this harmless notice when a shown window changes its hints.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_columns_stack_on_a_portrait_screen(qtbot, jobs, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    view = CoordinatorView(
        CoordinatorService(coordinator),
        WithdrawalService(coordinator),
        jobs,
        confirm=Answers(False),
    )
    layout.addWidget(view)
    # As narrow as one column allows: too narrow for two side by side.
    narrow = view.minimumSizeHint().width() + 40
    holder.resize(narrow, 1280)
    holder.show()
    qtbot.waitExposed(holder)
    assert holder.width() == narrow
    assert view.width() <= narrow
    people = view.count_labels["people"]
    qtbot.waitUntil(
        lambda: view.tabs.geometry().top() > people.mapTo(view, people.rect().topLeft()).y()
    )
    holder.resize(1366, 768)
    qtbot.waitUntil(lambda: view.tabs.geometry().left() > view.width() // 2)
