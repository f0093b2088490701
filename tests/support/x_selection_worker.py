"""Run under a real X server (Xvfb, platform xcb) by tests/ui/kiosk/test_x_selection.py.

Drives the real main window: a signer types and selects their name, another X client reads
the PRIMARY selection; the volunteer leaves kiosk mode; a middle click in the next signer's
name field. Prints one `key=value` line per observation for the test to check.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QProcess, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.ui.main_window import MainWindow
from stallapp.ui.shared.i18n import Translations
from tests.support.kiosk_driver import start_kiosk, unlock
from tests.support.vault_setup import PASSPHRASE

NAME = "Zhuang Qiuyue"
READER = (
    "import sys\n"
    "from PySide6.QtGui import QClipboard\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv)\n"
    "print('PRIMARY=' + app.clipboard().text(QClipboard.Mode.Selection), flush=True)\n"
)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def primary_from_another_client() -> str:
    """What another X client pastes now; our event loop keeps answering while it asks."""
    proc = QProcess()
    proc.start(sys.executable, ["-c", READER])
    deadline = time.monotonic() + 30
    while proc.state() != QProcess.ProcessState.NotRunning and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    out = bytes(proc.readAllStandardOutput().data()).decode()
    return out.split("PRIMARY=", 1)[1].strip() if "PRIMARY=" in out else "<no answer>"


def main(folder: Path) -> None:
    app = QApplication(sys.argv)
    assert QGuiApplication.clipboard().supportsSelection()
    translations = Translations(app)
    translations.set_language("en")
    prepare_vault(folder, PASSPHRASE, device_name="x test", day=StallDay(), cost=KdfCost.light())
    window = MainWindow(
        folder,
        translations,
        kdf_cost=KdfCost.light(),
        pin_cost=KdfCost.light(),
        watch_system=False,
    )
    window.show()
    settle()
    unlock(window)
    kiosk = start_kiosk(window)
    settle()
    form = kiosk.form
    assert form is not None
    QTest.keyClicks(form.name, NAME)
    # The signer selects their name with the mouse (a drag) and with the keyboard.
    QTest.mousePress(form.name, Qt.MouseButton.LeftButton, pos=QPoint(4, form.name.height() // 2))
    QTest.mouseMove(form.name, QPoint(form.name.width() - 4, form.name.height() // 2))
    QTest.mouseRelease(form.name, Qt.MouseButton.LeftButton, pos=QPoint(form.name.width() - 4, 10))
    form.name.selectAll()
    settle()
    print(f"selected={form.name.selectedText() == NAME}", flush=True)
    print(f"while_signing={NAME in primary_from_another_client()}", flush=True)
    # Something in the selection that a volunteer's leaving must clear (as if left behind).
    QGuiApplication.clipboard().setText(NAME, QClipboard.Mode.Selection)
    kiosk.leave()
    settle()
    print(f"after_exit={NAME in primary_from_another_client()}", flush=True)
    # The next kiosk: a middle click in the name field pastes nothing, even if the selection
    # holds text again.
    kiosk = start_kiosk(window)
    settle()
    QGuiApplication.clipboard().setText(NAME, QClipboard.Mode.Selection)
    settle()
    form = kiosk.form
    assert form is not None
    QTest.mouseClick(form.name, Qt.MouseButton.MiddleButton, pos=form.name.rect().center())
    settle()
    print(f"middle_click_pasted={form.name.text() != ''}", flush=True)
    window.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
