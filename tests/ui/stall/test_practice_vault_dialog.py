"""Make a practice vault from the volunteer screen: a separate rehearsal vault with made-up
signers; the real vault is untouched and the practice one opens in a new window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.cli import build_parser
from stallapp.services.capture import CaptureService
from stallapp.services.practice_vault import practice_root
from stallapp.storage.vault import Vault
from stallapp.ui.stall.practice_vault_dialog import PracticeVaultDialog, gui_command
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import menu_button, wait_jobs

PRACTICE = "practice stall passphrase"


def test_make_a_practice_vault(qtbot, make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    real_count = window.session.capture.count()
    button = menu_button(window)
    assert button.practice_action is not None and button.pack_action is None
    button.practice_action.trigger()
    dialog = button.dialog
    assert isinstance(dialog, PracticeVaultDialog) and dialog.isVisible()
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    launched: list[Path] = []
    dialog.launch = lambda folder: launched.append(folder) or True
    assert not dialog.open_button.isEnabled()
    dialog.signers.setCurrentIndex(dialog.signers.findData(25))
    QTest.keyClicks(dialog.fields.passphrase, PRACTICE)
    QTest.keyClicks(dialog.fields.confirm, PRACTICE + "!")
    QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    assert "different" in dialog.message.text() and not dialog.busy
    assert not practice_root(ready_folder).exists()
    QTest.keyClicks(dialog.fields.confirm, PRACTICE)
    with qtbot.waitSignal(dialog.practice_made, timeout=60_000) as blocker:
        QTest.keyClick(dialog.fields.confirm, Qt.Key.Key_Return)
    wait_jobs(qtbot, window, dialog)
    made = blocker.args[0]
    assert made.folder.parent == practice_root(ready_folder) and made.signers == 25
    assert "25" in dialog.message.text()
    # The practice vault: rehearsal, its own passphrase, 25 made-up signers at a practice stall.
    practice = Vault.unlock(made.folder, PRACTICE)
    try:
        assert practice.rehearsal and practice.role == "stall"
        assert CaptureService(practice).count() == 25
        events = CaptureService(practice).events()
        assert [e.location for e in events] == ["Practice stall"]
    finally:
        practice.lock()
    # The real vault holds what it held; it is not a rehearsal vault.
    assert window.session.capture.count() == real_count and not window.session.rehearsal
    # Enter now opens it in a new window.
    assert dialog.open_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert launched == [made.folder]
    assert "new window" in dialog.message.text()


def test_new_window_command_opens_that_folder(tmp_path: Path) -> None:
    folder = tmp_path / "practice-vaults" / "practice-1"
    argv = gui_command(folder)
    assert argv[1:3] == ["-m", "stallapp"]
    args = build_parser().parse_args(argv[3:])
    assert args.data_dir == folder and args.verb == "gui" and not args.demo
