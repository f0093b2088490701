"""Change passphrase from the volunteer and coordinator screens' "More…" menu, on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.errors import WrongPassphrase
from stallapp.storage.vault import Vault
from stallapp.ui.shared.change_passphrase_dialog import ChangePassphraseDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import coordinator_folder, menu_button, wait_jobs

NEW = "lantern orchard pebble swift"


def _fill(dialog: ChangePassphraseDialog, current: str, new: str, confirm: str) -> None:
    for field, text in (
        (dialog.current, current),
        (dialog.fields.passphrase, new),
        (dialog.fields.confirm, confirm),
    ):
        field.clear()
        QTest.keyClicks(field, text)


def _open(window) -> ChangePassphraseDialog:  # type: ignore[no-untyped-def]
    button = menu_button(window)
    button.change_action.trigger()
    dialog = button.dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    assert "passphrase" in dialog.windowTitle().lower()
    return dialog


def test_stall_changes_its_passphrase(qtbot, make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    dialog = _open(window)
    key_before = (ready_folder / "vault.key").read_bytes()
    # The two new ones differ: one message, no job, nothing changed.
    _fill(dialog, PASSPHRASE, NEW, NEW + "x")
    QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert "different" in dialog.message.text() and not dialog.busy
    # A wrong current passphrase, submitted with Enter: the job runs and changes nothing.
    _fill(dialog, "not the passphrase", NEW, NEW)
    QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert dialog.busy and not dialog.change.isEnabled()
    dialog.reject()  # refused while the job runs
    assert dialog.isVisible()
    wait_jobs(qtbot, window, dialog)
    assert "current passphrase is not right" in dialog.message.text()
    assert dialog.current.text() == ""
    assert (ready_folder / "vault.key").read_bytes() == key_before
    # The right one: the vault opens with the new passphrase only.
    _fill(dialog, PASSPHRASE, NEW, NEW)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
        QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    wait_jobs(qtbot, window, dialog)
    assert "was changed" in dialog.message.text()
    assert dialog.fields.passphrase.text() == "" and dialog.fields.confirm.text() == ""
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter now closes the dialog
    assert not dialog.isVisible()
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(ready_folder, PASSPHRASE)
    unlock(window, NEW)
    assert window.current_page() == "volunteer"


def test_coordinator_changes_its_passphrase(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = coordinator_folder(tmp_path / "coordinator")
    window = make_window(folder)
    unlock(window)
    assert window.current_page() == "coordinator"
    dialog = _open(window)
    _fill(dialog, PASSPHRASE, "short", "short")
    QTest.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    assert "longer passphrase" in dialog.message.text() and not dialog.busy
    _fill(dialog, PASSPHRASE, NEW, NEW)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=30_000):
        QTest.mouseClick(dialog.change, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window, dialog)
    window.lock()
    unlock(window, NEW)
    assert window.current_page() == "coordinator"
