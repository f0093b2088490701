"""Lock, quit and page removal while a long job runs on its real worker thread.

Each test makes the job still running when the window locks (a costly key derivation, or a
gate the test holds inside the export), then checks: no crash, no job left, the vault closed
cleanly, and the job's output absent or complete, never partial."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.petition import load_petition
from stallapp.services.batch_export import SUFFIX
from stallapp.services.batch_import import Importer
from stallapp.services.campaign_pack import (
    enroll,
    export_card,
    export_pack,
    install_pack,
    read_card,
    read_pack,
)
from stallapp.services.capture import CaptureService
from stallapp.storage import audit, sealing_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from stallapp.ui.main_window import MainWindow
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.support.kiosk_driver import unlock
from tests.support.vault_setup import PASSPHRASE

# Costly enough that the derivation is surely still running when the test locks.
HEAVY = KdfCost(opslimit=4, memlimit=128 * 1024 * 1024)


def audit_events(folder: Path) -> list[str]:
    """The audit log's events, read by opening the vault (which appends "unlocked")."""
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return [entry.event for entry in audit.entries(vault.conn)]
    finally:
        vault.lock()


def test_lock_while_unlocking_locks_the_opened_vault(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "heavy"
    Vault.create(folder, PASSPHRASE, role="stall", cost=HEAVY).lock()
    window = make_window(folder)
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.mouseClick(window.unlock_page.unlock, Qt.MouseButton.LeftButton)
    assert window.busy and window.jobs.busy()  # the key derivation is running
    window.lock_watcher.on_prepare_for_sleep(True)
    assert not window.jobs.busy() and not window.busy
    assert window.session is None and window.current_page() == "unlock"
    assert "volunteer" not in window.pages
    assert window.unlock_page.unlock.isEnabled()
    QTest.qWait(50)  # the worker's late signals change nothing
    assert window.session is None and window.current_page() == "unlock"
    # The vault the job opened was closed cleanly: its last entry before ours is "locked".
    assert audit_events(folder)[-3:] == ["unlocked", "locked", "unlocked"]
    unlock(window)
    assert window.current_page() == "volunteer"


def start_heavy_create(window: MainWindow) -> None:
    window.kdf_cost = HEAVY
    page = window.setup_page
    assert page is not None
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    page.submit()
    assert window.jobs.busy()  # the key derivation is running


def test_quit_while_creating_leaves_a_locked_vault(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "fresh"
    window = make_window(folder)
    start_heavy_create(window)
    assert window.close()  # closeEvent -> shutdown
    assert not window.jobs.busy() and window.session is None
    QTest.qWait(50)
    assert window.session is None
    assert audit_events(folder)[-3:] == ["created", "locked", "unlocked"]


def test_lock_while_creating_shows_the_unlock_page(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "fresh"
    window = make_window(folder)
    start_heavy_create(window)
    window.lock_watcher.on_screensaver_active(True)
    assert not window.jobs.busy() and window.session is None
    assert window.current_page() == "unlock" and set(window.pages) == {"unlock"}
    assert window.setup_page is None
    assert audit_events(folder)[-3:] == ["created", "locked", "unlocked"]
    unlock(window)  # the vault made during the lock opens like any other
    assert window.current_page() == "volunteer"


@pytest.fixture
def campaign_stall(ready_folder: Path, tmp_path: Path) -> Iterator[tuple[Path, Vault]]:
    """The ready stall trusts a coordinator, is enrolled, and holds one signature."""
    coordinator = Vault.create(
        tmp_path / "coordinator", PASSPHRASE, role="coordinator", cost=KdfCost.light()
    )
    CaptureService(coordinator).add_petition(load_petition(sample_petition_path()))
    stall = Vault.unlock(ready_folder, PASSPHRASE)
    install_pack(stall, read_pack(export_pack(coordinator)))
    enroll(coordinator, read_card(export_card(stall)))
    capture = CaptureService(stall)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    capture.record(
        "protect-hongkongers-uk",
        event.id,
        name="Ada Chan",
        postcode="LS1 6AB",
        address="1 Briggate",
        consent=True,
    )
    stall.lock()
    yield ready_folder, coordinator
    coordinator.lock()


def start_gated_export(
    window: MainWindow, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> threading.Event:
    """Open the campaign dialog from the volunteer page and start an export that waits at a
    gate the test holds (before the real export runs)."""
    unlock(window)
    assert window.session is not None
    link = window.session.stall_link
    real = link.export_batch
    started, gate = threading.Event(), threading.Event()

    def gated(folder: Path):  # type: ignore[no-untyped-def]
        started.set()
        assert gate.wait(20)
        return real(folder)

    monkeypatch.setattr(link, "export_batch", gated)
    volunteer = window.pages["volunteer"]
    assert isinstance(volunteer, VolunteerPage)
    dialog = CampaignDialog(link, window.jobs, volunteer)  # as open_campaign makes it
    dialog.show()
    dialog.export.export_to(usb)
    assert started.wait(20) and window.jobs.busy()
    return gate


def check_one_complete_batch(usb: Path, folder: Path, coordinator: Vault) -> None:
    names = sorted(p.name for p in usb.iterdir())
    assert len(names) == 1 and names[0].endswith(SUFFIX)  # no temp file left beside it
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        batches = sealing_store.out_batches(vault.conn)
    finally:
        vault.lock()
    assert [b.batch_id + SUFFIX for b in batches] == names  # the vault recorded it
    assert Importer(coordinator).import_file(usb / names[0]).status == "imported"


def test_lock_during_batch_export_waits_for_a_complete_batch(  # type: ignore[no-untyped-def]
    make_window, campaign_stall, tmp_path: Path, monkeypatch
) -> None:
    folder, coordinator = campaign_stall
    usb = tmp_path / "usb"
    usb.mkdir()
    window = make_window(folder)
    gate = start_gated_export(window, usb, monkeypatch)
    threading.Timer(0.2, gate.set).start()  # the export goes on while Lock waits for it
    QTest.mouseClick(window.pages["volunteer"].lock, Qt.MouseButton.LeftButton)
    assert not window.jobs.busy()
    assert window.session is None and window.current_page() == "unlock"
    QTest.qWait(50)  # the deleted dialog gets no late result
    check_one_complete_batch(usb, folder, coordinator)


def test_removing_a_page_waits_for_its_dialog_job(  # type: ignore[no-untyped-def]
    make_window, campaign_stall, tmp_path: Path, monkeypatch
) -> None:
    folder, coordinator = campaign_stall
    usb = tmp_path / "usb"
    usb.mkdir()
    window = make_window(folder)
    gate = start_gated_export(window, usb, monkeypatch)
    threading.Timer(0.2, gate.set).start()
    window.remove_page("volunteer")  # the export panel lives in a dialog over this page
    assert not window.jobs.busy()
    QTest.qWait(50)  # the page and its dialog are deleted; no callback reaches them
    window.lock()
    assert window.session is None and window.current_page() == "unlock"
    check_one_complete_batch(usb, folder, coordinator)
