"""The unlock screen is painted without the code it does not need (issue 12's cold start):
the vault and its crypto are loaded when a vault is opened, the kiosk and role pages after
unlocking, QtDBus after the first paint. Checked in a fresh process, by module names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from stallapp.ui.app import build_window
window = build_window(Path(sys.argv[1]))
window.show()
app.processEvents()
assert window.current_page() == sys.argv[2], window.current_page()
print(" ".join(sorted(sys.modules)))
window.shutdown()
"""

NOT_AT_START = (
    "sqlcipher3",
    "nacl",
    "pyrage",
    "qrcode",
    "PIL",
    "PySide6.QtDBus",
    "stallapp.storage.vault",
    "stallapp.storage.keyfile",
    "stallapp.services.kiosk_session",
    "stallapp.services.capture",
    "stallapp.ui.role_pages",
    "stallapp.ui.kiosk.kiosk_page",
)


def _modules_at_start(folder: Path, page: str, tmp_path: Path) -> set[str]:
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), page],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return set(done.stdout.split())


def test_the_unlock_screen_loads_no_vault_crypto_kiosk_or_dbus(ready_folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    loaded = _modules_at_start(ready_folder, "unlock", tmp_path)
    assert "stallapp.ui.stall.unlock_page" in loaded  # the walk saw the real start
    assert sorted(m for m in NOT_AT_START if m in loaded) == []
    assert "stallapp.ui.stall.setup_page" not in loaded  # there is a vault: no setup page


def test_the_setup_screen_is_loaded_where_there_is_no_vault(tmp_path) -> None:  # type: ignore[no-untyped-def]
    loaded = _modules_at_start(tmp_path / "new", "setup", tmp_path)
    assert "stallapp.ui.stall.setup_page" in loaded
    assert sorted(m for m in NOT_AT_START if m in loaded) == []
