"""Helpers for the vault-tool dialogs' tests: a locked coordinator folder, the open main
window's pages and its "More…" button, and waiting for the window's jobs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from stallapp.services.stall_setup import prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.ui.main_window import MainWindow
from stallapp.ui.shared.vault_menu import VaultMenuButton
from tests.support.vault_setup import PASSPHRASE


def coordinator_folder(folder: Path) -> Path:
    """A locked coordinator vault holding the sample petition."""
    return prepare_vault(
        folder,
        PASSPHRASE,
        role="coordinator",
        device_name="Leeds coordinator",
        day=None,
        cost=KdfCost.light(),
    ).folder


def menu_button(window: MainWindow) -> VaultMenuButton:
    page = window.pages[window.current_page()]
    button = page.findChild(VaultMenuButton, "vaultTools")
    assert isinstance(button, VaultMenuButton) and button.isVisibleTo(page)
    return button


def wait_jobs(qtbot, window_or_runner, owner: QWidget) -> None:  # type: ignore[no-untyped-def]
    runner = getattr(window_or_runner, "jobs", window_or_runner)
    qtbot.waitUntil(lambda: not runner.busy(owner), timeout=30_000)
