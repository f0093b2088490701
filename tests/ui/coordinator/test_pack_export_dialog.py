"""Export the campaign pack from the coordinator screen: the file, its fingerprint and QR."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.sealing.fingerprint import qr_text
from stallapp.services.campaign_pack import install_pack, read_pack
from stallapp.services.capture import CaptureService
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.coordinator.pack_export_dialog import PackExportDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import coordinator_folder, menu_button, wait_jobs


def test_export_pack_shows_fingerprint_and_writes_the_file(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(coordinator_folder(tmp_path / "coordinator"))
    unlock(window)
    button = menu_button(window)
    assert button.pack_action is not None and button.practice_action is None
    button.pack_action.trigger()
    dialog = button.dialog
    assert isinstance(dialog, PackExportDialog) and dialog.isVisible()
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    code = dialog.code_label.text()
    assert code == window.session.coordination.fingerprint()
    # The QR reads back as the fingerprint the stall's scanner compares.
    image_path = tmp_path / "qr.png"
    assert dialog.qr.grab().save(str(image_path))
    with Image.open(image_path) as image:
        found = zxingcpp.read_barcodes(image.convert("L"))
    assert [r.text for r in found] == [qr_text(code)]
    # A folder that is not there: one message, nothing written.
    dialog.export_to(tmp_path / "missing" / "campaign.pack")
    wait_jobs(qtbot, window, dialog)
    assert "does not exist" in dialog.status.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / "campaign.pack"
    with qtbot.waitSignal(dialog.pack_saved, timeout=30_000) as blocker:
        dialog.export_to(out)
    wait_jobs(qtbot, window, dialog)
    assert blocker.args == [str(out)]
    assert sorted(p.name for p in stick.iterdir()) == ["campaign.pack"]  # no temporary left
    assert code in dialog.status.text()
    pack = read_pack(out.read_bytes())
    assert pack.fingerprint == code
    assert [p.id for p in pack.petitions] == ["protect-hongkongers-uk"]
    # A stall installs it: the petition and the recovery key arrive.
    stall = Vault.create(tmp_path / "stall", PASSPHRASE, role="stall", cost=KdfCost.light())
    install_pack(stall, pack)
    assert [p.id for p in CaptureService(stall).petitions()] == ["protect-hongkongers-uk"]
    assert stall.recovery_recipients == [pack.recovery_recipient]
    stall.lock()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # after saving, Enter closes
    assert not dialog.isVisible()
