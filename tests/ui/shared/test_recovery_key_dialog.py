"""The recovery key dialog: a coordinator saves the campaign's recovery identity (after the
warnings), a stall shows the one its campaign pack brought."""

from __future__ import annotations

import stat
from pathlib import Path

import pyrage
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from stallapp.services.campaign_pack import export_pack, read_pack
from stallapp.services.keys import recipient_fingerprint
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.shared.recovery_key_dialog import RecoveryKeyDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock
from tests.support.vault_tools import coordinator_folder, menu_button, wait_jobs


def _open(window) -> RecoveryKeyDialog:  # type: ignore[no-untyped-def]
    button = menu_button(window)
    button.recovery_action.trigger()
    dialog = button.dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    assert not dialog.windowFlags() & Qt.WindowType.WindowMinimizeButtonHint
    return dialog


def test_coordinator_saves_the_recovery_key(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []  # a file chooser opened by Enter would be a step towards writing
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("save") or ("", "")
    )
    folder = coordinator_folder(tmp_path / "coordinator")
    window = make_window(folder)
    unlock(window)
    dialog = _open(window)
    assert "No recovery key is set" in dialog.state.text()
    assert "master key" in dialog.findChild(type(dialog.state), "recoveryWarning").text()
    out = tmp_path / "safe" / "recovery-key.txt"
    out.parent.mkdir()
    # Not before the warning is acknowledged; and Enter closes, it never writes the secret.
    assert dialog.save_button is not None and not dialog.save_button.isEnabled()
    dialog.save_to(out)
    assert not dialog.busy and not out.exists()
    assert dialog.understood is not None
    dialog.understood.setChecked(True)
    assert dialog.save_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and not out.exists() and asked == []
    dialog = _open(window)
    assert dialog.understood is not None
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.identity_saved, timeout=30_000):
        dialog.save_to(out)
    wait_jobs(qtbot, window, dialog)
    text = out.read_text(encoding="ascii")
    identity = next(ln for ln in text.splitlines() if ln.startswith("AGE-SECRET-KEY-1"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "A recovery key is set" in dialog.state.text()
    recipient = str(pyrage.x25519.Identity.from_str(identity).to_public())
    assert recipient_fingerprint(recipient) in dialog.state.text()
    # An existing file is never overwritten: one message, the file as it was.
    with qtbot.waitSignal(window.jobs.job_ended, timeout=30_000):
        dialog.save_to(out)
    assert "exists already" in dialog.status.text()
    assert out.read_text(encoding="ascii") == text
    window.lock()
    # The saved file now recovers this coordinator vault too.
    vault = Vault.recover(folder, identity, "a brand new passphrase")
    vault.lock()


def test_stall_shows_the_recovery_key_from_its_pack(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = Vault.unlock(coordinator_folder(tmp_path / "coordinator"), PASSPHRASE)
    pack = read_pack(export_pack(coordinator))
    coordinator.lock()
    stall_folder = tmp_path / "stall"
    Vault.create(stall_folder, PASSPHRASE, role="stall", cost=KdfCost.light()).lock()
    window = make_window(stall_folder)
    unlock(window)
    dialog = _open(window)
    assert "No recovery key is set" in dialog.state.text()
    assert dialog.save_button is None and dialog.understood is None  # a stall has no secret
    dialog.reject()
    window.session.stall_link.install(pack)  # as the Campaign dialog does
    dialog = _open(window)
    assert "A recovery key is set" in dialog.state.text()
    assert recipient_fingerprint(pack.recovery_recipient) in dialog.state.text()
