"""Forgot passphrase: recover a stall vault from the unlock page with the campaign's recovery
key file and a new passphrase; the vault then opens."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.errors import WrongPassphrase
from stallapp.services.campaign_pack import export_pack, install_pack, read_pack
from stallapp.services.vault_keys import VaultKeys
from stallapp.storage.vault import Vault
from stallapp.ui.stall.recover_dialog import RecoverDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import coordinator_folder, wait_jobs

NEW = "lantern orchard pebble swift"


def _campaign(tmp_path: Path, stall_folder: Path) -> Path:
    """The stall trusts the coordinator's pack; the coordinator saved its recovery key."""
    coordinator = Vault.unlock(coordinator_folder(tmp_path / "coordinator"), PASSPHRASE)
    identity = tmp_path / "recovery-key.txt"
    VaultKeys(coordinator).export_recovery_identity(identity)
    pack = read_pack(export_pack(coordinator))
    coordinator.lock()
    stall = Vault.unlock(stall_folder, PASSPHRASE)
    install_pack(stall, pack)
    stall.lock()
    return identity


def _open(window) -> RecoverDialog:  # type: ignore[no-untyped-def]
    page = window.unlock_page
    assert page.forgot.isVisibleTo(page)
    QTest.mouseClick(page.forgot, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(RecoverDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    return dialog


def _type_new(dialog: RecoverDialog, new: str, confirm: str) -> None:
    for field, text in ((dialog.fields.passphrase, new), (dialog.fields.confirm, confirm)):
        field.clear()
        QTest.keyClicks(field, text)


def test_recover_from_the_unlock_page(qtbot, make_window, ready_folder: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    identity = _campaign(tmp_path, ready_folder)
    window = make_window(ready_folder)
    assert window.current_page() == "unlock"
    dialog = _open(window)
    key_before = (ready_folder / "vault.key").read_bytes()
    # No file yet, then a file that holds no key: one message each, nothing runs.
    _type_new(dialog, NEW, NEW)
    QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert "choose the recovery key file" in dialog.message.text() and not dialog.busy
    junk = tmp_path / "notes.txt"
    junk.write_text("nothing secret here\n", encoding="utf-8")
    assert not dialog.use_identity_file(junk)
    assert "holds no recovery key" in dialog.message.text()
    # Somebody else's key: the job runs, says so and changes nothing.
    other = tmp_path / "other-key.txt"
    other.write_text(f"{pyrage.x25519.Identity.generate()}\n", encoding="ascii")
    assert dialog.use_identity_file(other)
    _type_new(dialog, NEW, NEW)
    QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert dialog.busy
    wait_jobs(qtbot, window, dialog)
    assert "does not open this vault" in dialog.message.text()
    assert (ready_folder / "vault.key").read_bytes() == key_before
    assert window.current_page() == "unlock" and window.session is None
    # The campaign's key and a new passphrase (Enter): the vault opens.
    assert dialog.use_identity_file(identity)
    _type_new(dialog, NEW, NEW)
    with qtbot.waitSignal(dialog.recovered, timeout=30_000):
        QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert window.current_page() == "volunteer" and window.session is not None
    assert not dialog.isVisible()
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(ready_folder, PASSPHRASE)
    unlock(window, NEW)
    assert window.current_page() == "volunteer"


def test_vault_without_recovery_key_says_so(
    qtbot, make_window, ready_folder: Path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    dialog = _open(window)
    key = tmp_path / "key.txt"
    key.write_text(f"{pyrage.x25519.Identity.generate()}\n", encoding="ascii")
    assert dialog.use_identity_file(key)
    _type_new(dialog, NEW, NEW)
    QTest.mouseClick(dialog.recover, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window, dialog)
    assert "no recovery key set" in dialog.message.text()
    QTest.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    unlock(window)
    assert window.current_page() == "volunteer"


def test_lock_while_recovering_closes_the_vault_again(
    qtbot, make_window, ready_folder, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    identity = _campaign(tmp_path, ready_folder)
    window = make_window(ready_folder)
    dialog = _open(window)
    assert dialog.use_identity_file(identity)
    _type_new(dialog, NEW, NEW)
    opened: list[object] = []
    dialog.recovered.connect(opened.append)
    QTest.mouseClick(dialog.recover, Qt.MouseButton.LeftButton)
    assert dialog.busy
    window.lock("idle")  # waits for the job; its vault is locked by the job's discard
    assert window.session is None and window.current_page() == "unlock" and opened == []
    unlock(window, NEW)  # the recovery itself completed: the new passphrase opens it
    assert window.current_page() == "volunteer"
