"""The coordinator screen, driven by qtbot: drop a folder, counts, chart, review, cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Outcome, Progress
from stallapp.services.coordination import CoordinatorService
from stallapp.services.withdrawal_service import WithdrawalService
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator import CoordinatorView
from tests.support.campaign import sign


def _batches(make_stall, petition: Petition, out: Path) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a", "Coventry")
    b = make_stall("stall-b", "Leeds")
    sign(a, petition.id, "Chan Tai Man", "CV1 1LL")
    sign(a, petition.id, "Bo Wong", "CV1 2AB")
    sign(b, petition.id, "Chan TaiMan", "CV1 1LL")
    sign(b, petition.id, "Bo Wong", "CV1 2AB")
    sign(b, petition.id, "Cheuk Lam", "LS1 6HP")
    for stall in (a, b):
        assert export_batch(stall.vault, out) is not None


def test_drop_folder_imports_and_review_merges(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    _batches(make_stall, sample_petition, stick)
    view = CoordinatorView(CoordinatorService(coordinator), WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    assert view.count_labels["people"].text() == "0"
    assert CoordinatorService(coordinator).fingerprint() in view.fingerprint.code_label.text()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(stick))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.import_finished, timeout=20_000) as blocker:
        view.drop_zone.dropEvent(drop)
    assert blocker.args == [2, False]
    assert view.results.count() == 2
    assert all(": imported" in view.results.item(i).text() for i in range(2))
    assert view.progress.value() == view.progress.maximum() == 2
    assert view.count_labels["signatures"].text() == "5"
    assert view.count_labels["people"].text() == "4"
    assert view.count_labels["duplicates"].text() == "1"
    assert dict(view.chart.rows()) == {"Coventry": 2, "Leeds": 3}
    assert view.review.list.count() == 1
    assert "spacing" in view.review.list.item(0).text()
    view.grab().save(str(tmp_path / "coordinator.png"))
    with qtbot.waitSignal(view.decision_recorded):
        view.review.confirm_button.click()
    assert view.count_labels["people"].text() == "3"
    assert view.review.list.count() == 0

    # Dropping the same folder again: every file is already imported.
    with qtbot.waitSignal(view.import_finished, timeout=20_000):
        view.start_import([stick])
    assert all("already imported" in view.results.item(i).text() for i in range(2))
    assert view.count_labels["people"].text() == "3"


class _GatedService(CoordinatorService):
    """The real service, pausing after the first file until the test lets it go on."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self.first_done = threading.Event()
        self.go_on = threading.Event()

    def import_files(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[Path, Outcome]]:
        def gated(i: int, n: int, path: Path, outcome: Outcome) -> None:
            if progress is not None:
                progress(i, n, path, outcome)
            if i == 1:
                self.first_done.set()
                self.go_on.wait(20)

        return super().import_files(paths, gated, cancelled)


def test_cancel_stops_after_the_current_file(
    qtbot, jobs, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    _batches(make_stall, sample_petition, stick)
    service = _GatedService(coordinator)
    view = CoordinatorView(service, WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.busy)  # the first read of the counts
    with qtbot.waitSignal(view.import_finished, timeout=20_000) as blocker:
        view.start_import(sorted(stick.iterdir()))
        assert view.busy and view.cancel_button.isEnabled()
        assert service.first_done.wait(20)
        view.cancel_import()
        service.go_on.set()
    assert blocker.args == [1, True]
    assert not view.busy and view.choose_button.isEnabled()
    assert "Cancelled" in view.status.text()
    # Only the first file was merged (which stall's it is depends on the random batch ids).
    assert view.results.count() == 1
    first = view.results.item(0).text()
    assert f": imported, {view.count_labels['signatures'].text()} signature" in first


def test_bad_file_is_reported_in_the_list(qtbot, jobs, coordinator: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.stallbatch"
    junk.write_bytes(b"age-encryption.org/v1\ngarbage")
    view = CoordinatorView(CoordinatorService(coordinator), WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.import_finished, timeout=20_000):
        view.start_import([junk])
    assert view.results.item(0).text().startswith("junk.stallbatch: refused: ")


def test_traditional_chinese_catalogue(
    qtbot, jobs, translations, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The one translation loader (i18n.Translations) carries the coordinator's catalogue."""
    translations.set_language("zh-Hant")
    try:
        view = CoordinatorView(
            CoordinatorService(coordinator), WithdrawalService(coordinator), jobs
        )
        qtbot.addWidget(view)
        assert view.cancel_button.text() == "取消"
        assert view.drop_zone.label.text() == "把批次檔案或資料夾拖放到這裏"
        view.resize(1000, 640)
        view.grab().save(str(tmp_path / "coordinator-zh-Hant.png"))
        qtbot.waitUntil(lambda: not view.busy)
    finally:
        translations.set_language("en")
    assert translations.language == "en"


def _answer_dialog(qtbot, accept: bool) -> None:  # type: ignore[no-untyped-def]
    """Click the open modal dialog's button as soon as it shows (it runs its own loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, click)
            return
        button = dialog.accept_button if accept else dialog.reject_button  # type: ignore[attr-defined]
        button.click()

    QTimer.singleShot(0, click)


# Showing a real modal dialog on the offscreen platform logs this harmless notice.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_enrol_a_device_from_its_card(qtbot, jobs, coordinator: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from stallapp.services.campaign_pack import export_card
    from stallapp.storage.keyfile import KdfCost
    from tests.conftest import PASSPHRASE

    stall = Vault.create(
        tmp_path / "s", PASSPHRASE, role="stall", device_name="leeds-1", cost=KdfCost.light()
    )
    card = tmp_path / "leeds.card"
    card.write_bytes(export_card(stall))
    stall.lock()
    view = CoordinatorView(CoordinatorService(coordinator), WithdrawalService(coordinator), jobs)
    qtbot.addWidget(view)
    panel = view.devices
    assert panel.list.count() == 0

    _answer_dialog(qtbot, accept=False)
    panel.enrol_from_file(card)
    assert panel.list.count() == 0 and "Not enrolled" in panel.status.text()

    _answer_dialog(qtbot, accept=True)
    with qtbot.waitSignal(panel.device_enrolled):
        panel.enrol_from_file(card)
    assert panel.list.count() == 1
    assert "leeds-1" in panel.list.item(0).text()

    junk = tmp_path / "junk.card"
    junk.write_bytes(b"nonsense")
    panel.enrol_from_file(junk)
    assert "device card is damaged" in panel.status.text()
