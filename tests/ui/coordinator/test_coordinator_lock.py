"""Lock while each long job of the coordinator screen runs (import, reports, purge), in the
real main window with a real worker thread: no crash, the job stops, the vault is locked
and holds whole batches / a whole purge or none of it."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Outcome, Progress
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator.page import CoordinatorPage
from tests.support.campaign import sign
from tests.support.kiosk_driver import unlock
from tests.support.vault_setup import PASSPHRASE

PER_BATCH = 3


def _campaign(make_stall, petition: Petition, out: Path, batches: int) -> None:  # type: ignore[no-untyped-def]
    """`batches` sealed batches of PER_BATCH signatures each, from two stalls."""
    stalls = [make_stall("stall-a", "Coventry"), make_stall("stall-b", "Leeds")]
    for n in range(batches):
        stall = stalls[n % 2]
        for k in range(PER_BATCH):
            sign(stall, petition.id, f"Signer {n} {k}", "CV1 1LL")
        assert export_batch(stall.vault, out) is not None


def _page(make_window, coordinator: Vault) -> tuple[Any, CoordinatorPage]:  # type: ignore[no-untyped-def]
    folder = coordinator.folder
    coordinator.lock()
    window = make_window(folder)
    unlock(window)
    page = window.pages["coordinator"]
    assert isinstance(page, CoordinatorPage) and page.view is not None
    _wait(lambda: not page.view.busy)
    return window, page


def _wait(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline
        QApplication.processEvents()
        time.sleep(0.005)


def _locked_and_idle(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.jobs.busy()
    assert window.current_page() == "unlock"
    assert window.session is None or window.session.is_locked


def test_lock_while_an_import_runs_keeps_whole_batches_only(
    make_window, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    _campaign(make_stall, sample_petition, stick, batches=12)
    window, page = _page(make_window, coordinator)
    service = window.session.coordination
    real = service.import_files
    first_done = threading.Event()

    def slow_import(
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        def step(i: int, n: int, path: Path, outcome: Outcome) -> None:
            assert progress is not None
            progress(i, n, path, outcome)
            first_done.set()
            while True:  # a slow disk: the next file waits until Lock stops the job
                progress(i, n, path, outcome)
                time.sleep(0.01)

        return real(paths, step, cancelled)

    service.import_files = slow_import  # type: ignore[method-assign]
    page.view.start_import([stick])
    assert first_done.wait(20)
    assert page.view.busy
    window.lock("button")
    _locked_and_idle(window)

    vault = Vault.unlock(coordinator.folder, PASSPHRASE)
    try:
        imported = sum(len(seqs) for seqs in store.sequences(vault.conn).values())
        rows = vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
    finally:
        vault.lock()
    assert imported == 1  # stopped after the first file
    assert rows == PER_BATCH * imported  # whole batches only


def test_lock_while_the_reports_refresh(
    make_window, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = _page(make_window, coordinator)
    view = page.view
    service = window.session.coordination
    real = service.report
    started, release = threading.Event(), threading.Event()
    shown: list[bool] = []
    view.refreshed.connect(lambda: shown.append(True))

    def slow_report(by: str | None = None) -> Any:
        started.set()
        assert release.wait(20)
        return real(by)

    service.report = slow_report  # type: ignore[method-assign]
    view.refresh()
    assert started.wait(20)
    timer = threading.Timer(0.3, release.set)  # the read ends while Lock waits for it
    timer.start()
    window.lock("button")
    timer.join()
    _locked_and_idle(window)
    QApplication.processEvents()
    assert shown == []  # nothing was filled in after Lock


def _accept_question() -> None:
    """Answer Yes to the confirmation box as soon as it shows."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        button = box.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_lock_while_a_purge_runs_deletes_all_or_nothing(
    make_window, make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    _campaign(make_stall, sample_petition, stick, batches=2)
    from stallapp.services.batch_import import Importer

    Importer(coordinator).import_files([stick])
    past = dataclasses.replace(sample_petition, retention_until=date(2024, 1, 31))
    with coordinator.transaction() as tx:  # the retention date has passed since
        petition_store.save(tx, past)
    window, page = _page(make_window, coordinator)
    panel = page.view.withdrawal
    assert panel.purge_button.isEnabled()
    withdrawal = window.session.withdrawal
    real = withdrawal.purge
    started, release = threading.Event(), threading.Event()

    def slow_purge(petition_id: str, today: date | None = None, *more: Any) -> Any:
        started.set()
        assert release.wait(20)
        return real(petition_id, today, *more)

    withdrawal.purge = slow_purge  # type: ignore[method-assign]
    _accept_question()
    panel.purge()
    assert started.wait(20)
    assert panel.busy and not panel.purge_button.isEnabled()
    timer = threading.Timer(0.3, release.set)
    timer.start()
    window.lock("button")
    timer.join()
    _locked_and_idle(window)

    vault = Vault.unlock(coordinator.folder, PASSPHRASE)
    try:
        rows = vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
        purged = [e for e in audit.entries(vault.conn) if e.event == "purged"]
    finally:
        vault.lock()
    assert rows == 2 * PER_BATCH and purged == []  # stopped before its one transaction
