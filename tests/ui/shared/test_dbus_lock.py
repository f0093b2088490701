"""The screen-lock signal over a real (private) D-Bus session bus reaches the lock watcher."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import subprocess
    from PySide6.QtCore import QCoreApplication, QTimer
    from stallapp.ui.shared.lock_watcher import LockWatcher

    app = QCoreApplication([])
    watcher = LockWatcher()
    got = []
    watcher.lock_requested.connect(got.append)
    watcher.connect_system()
    assert "org.freedesktop.ScreenSaver" in watcher.connected, watcher.connected
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"], check=True)
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"], check=True)
    QTimer.singleShot(100, lambda: None)
    deadline = 50
    while not got and deadline:
        app.processEvents()
        subprocess.run(["sleep", "0.05"])
        deadline -= 1
    print("LOCKS", got)
    """
)


@pytest.mark.skipif(
    shutil.which("dbus-run-session") is None or shutil.which("dbus-send") is None,
    reason="needs dbus-run-session and dbus-send",
)
def test_screensaver_signal_on_a_session_bus_requests_a_lock() -> None:
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "LOCKS ['screen_locked']" in result.stdout
