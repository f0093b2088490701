"""Locking when the machine sleeps or the screen locks (logind and ScreenSaver over D-Bus).

Where there is no D-Bus (Windows, macOS, a container) nothing is connected and the idle lock
still applies. The slots can be called directly, which is how the tests drive them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot

# Screen savers: matched from any sender (KDE, GNOME and others own different names); a fake
# signal could only lock the app, which is harmless.
_SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


def _slot(signature: str) -> bytes:
    """SLOT() for QDBusConnection.connect: the stubs ask for bytes, the binding wants the str
    that SLOT() returns (bytes are refused at run time), so only the static type is changed."""
    return cast(bytes, SLOT(signature))


class LockWatcher(QObject):
    """Emits `lock_requested(reason)`; reason is one of: sleep, screen_locked, app_hidden."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def connect_system(self) -> None:
        # Imported here, not at start: QtDBus is part of PySide6-Essentials on Linux;
        # elsewhere it may be absent, and then nothing is connected.
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - depends on the platform
            return
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            _slot("on_prepare_for_sleep(bool)"),
        ):
            self.connected.append("login1")
        session = QDBusConnection.sessionBus()
        if not session.isConnected():
            return
        for path, interface in _SCREENSAVERS:
            if session.connect(
                "",
                path,
                interface,
                "ActiveChanged",
                self,
                _slot("on_screensaver_active(bool)"),
            ):
                self.connected.append(interface)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen_locked")

    @Slot(Qt.ApplicationState)
    def on_application_state(self, state: Qt.ApplicationState) -> None:
        # Suspended (mobile) and Hidden (minimised away on some platforms) mean nobody is
        # watching the screen; Inactive happens on every focus change and is not enough.
        if state in (
            Qt.ApplicationState.ApplicationSuspended,
            Qt.ApplicationState.ApplicationHidden,
        ):
            self.lock_requested.emit("app_hidden")
