"""Revoke a stall device from the coordinator's devices panel; its batches are refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.services.batch_export import export_batch
from stallapp.services.campaign_pack import (
    enroll,
    export_card,
    export_pack,
    install_pack,
    read_card,
    read_pack,
)
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator.page import CoordinatorPage
from stallapp.ui.coordinator.revoke_device_dialog import RevokeDeviceDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import coordinator_folder


def _stall_with_batch(tmp_path: Path, coordinator_dir: Path, name: str) -> Path:
    """An enrolled stall (named `name`) and one sealed batch of it on a stick."""
    coordinator = Vault.unlock(coordinator_dir, PASSPHRASE)
    stall = Vault.create(
        tmp_path / name, PASSPHRASE, role="stall", device_name=name, cost=KdfCost.light()
    )
    install_pack(stall, read_pack(export_pack(coordinator)))
    enroll(coordinator, read_card(export_card(stall)))
    coordinator.lock()
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
    stick = tmp_path / f"stick-{name}"
    stick.mkdir()
    exported = export_batch(stall, stick)
    stall.lock()
    assert exported is not None
    return next(stick.iterdir())


def test_revoke_a_device_and_its_batches_are_refused(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = coordinator_folder(tmp_path / "coordinator")
    lost = _stall_with_batch(tmp_path, folder, "Leeds tablet")
    kept = _stall_with_batch(tmp_path, folder, "Coventry laptop")
    window = make_window(folder)
    unlock(window)
    page = window.pages["coordinator"]
    assert isinstance(page, CoordinatorPage) and page.view is not None
    panel = page.view.devices
    assert panel.revoke_button.isVisibleTo(panel)
    QTest.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in panel.findChildren(RevokeDeviceDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    assert dialog.device.count() == 2
    dialog.device.setCurrentIndex(
        dialog.device.findText("Leeds tablet", Qt.MatchFlag.MatchStartsWith)
    )
    assert "Leeds tablet" in dialog.prompt.text()
    # Enter with the wrong name (or none): a message, nothing revoked.
    QTest.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert "not the device's name" in dialog.message.text() and dialog.isVisible()
    QTest.keyClicks(dialog.typed, "Coventry laptop")
    QTest.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert "not the device's name" in dialog.message.text() and dialog.isVisible()
    assert all(not d.revoked for d in window.session.coordination.devices())
    # The right name (spacing and case aside), then Enter: revoked.
    dialog.typed.clear()
    QTest.keyClicks(dialog.typed, "  leeds  TABLET ")
    with qtbot.waitSignal(dialog.device_revoked, timeout=5_000):
        QTest.keyClick(dialog.typed, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    states = {d.name: d.revoked for d in window.session.coordination.devices()}
    assert states == {"Leeds tablet": True, "Coventry laptop": False}
    assert any(
        "Leeds tablet" in panel.list.item(i).text() and "revoked" in panel.list.item(i).text()
        for i in range(panel.list.count())
    )
    # Its batch is refused from now on; the other stall's batch still comes in.
    results = dict(window.session.coordination.import_files([lost, kept]))
    assert results[lost].status == "refused"
    assert results[kept].status == "imported"
    # The next dialog offers only the device still enrolled.
    again = panel.open_revoke()
    assert again is not None and again.device.count() == 1
    again.reject()
