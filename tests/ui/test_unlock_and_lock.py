"""First run, unlock (wrong passphrase included), and every way the app locks itself."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from stallapp.services.demo import DEMO_PASSPHRASE, ensure_demo_vault
from stallapp.storage import audit
from stallapp.storage.vault import Vault
from stallapp.ui.shared.lock_watcher import LockWatcher
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, unlock, wait_idle


def test_first_run_creates_a_vault(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "fresh"
    window = make_window(folder)
    assert window.current_page() == "setup"
    page = window.setup_page
    QTest.keyClicks(page.device, "Coventry laptop")
    QTest.keyClicks(page.passphrase, "short")
    assert "easy to guess" in page.strength.text()
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "longer passphrase" in page.message.text()
    assert not Vault.exists(folder)
    page.passphrase.setText("")
    QTest.keyClicks(page.passphrase, "lantern orchard pebble swift")
    assert page.strength.text() in ("Good.", "Strong.")
    QTest.keyClicks(page.confirm, "lantern orchard pebble swiff")
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "different" in page.message.text() and not Vault.exists(folder)
    QTest.keyClicks(page.confirm, "lantern orchard pebble swift")
    QTest.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert window.busy and not page.create_button.isEnabled()  # created off the UI thread
    wait_idle(window)
    assert window.current_page() == "volunteer"
    assert window.session is not None and window.session.device_name == "Coventry laptop"
    assert "setup" not in window.pages
    window.lock()
    assert window.current_page() == "unlock"
    unlock(window, "lantern orchard pebble swift")
    assert window.current_page() == "volunteer"


def test_coordinator_role_gets_its_page(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "coord")
    page = window.setup_page
    page.role.setCurrentIndex(page.role.findData("coordinator"))
    page.passphrase.setText("lantern orchard pebble swift")
    page.confirm.setText("lantern orchard pebble swift")
    page.submit()
    wait_idle(window)
    assert window.current_page() == "coordinator"
    assert window.session.role == "coordinator"


def test_wrong_passphrase_is_calm_and_counted(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    before = (ready_folder / "vault.db").read_bytes()
    window = make_window(ready_folder)
    unlock(window, "not the passphrase")
    assert window.current_page() == "unlock"
    assert "did not open" in window.unlock_page.message.text()
    assert window.unlock_page.passphrase.text() == ""
    assert (ready_folder / "vault.db").read_bytes() == before  # nothing changed
    unlock(window, "still wrong")
    unlock(window)
    assert window.current_page() == "volunteer"
    window.lock("button")
    vault = Vault.unlock(ready_folder, PASSPHRASE)
    failed = [e.detail for e in audit.entries(vault.conn) if e.event == "unlock_failed"]
    vault.lock()
    assert failed == [{"count": 2}]


def test_demo_shows_its_public_passphrase(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = ensure_demo_vault(tmp_path)
    window = make_window(folder, demo_passphrase=DEMO_PASSPHRASE)
    assert not window.unlock_page.demo.isHidden()
    assert DEMO_PASSPHRASE in window.unlock_page.demo.text()
    unlock(window, DEMO_PASSPHRASE)
    assert window.current_page() == "volunteer"
    assert window.session.rehearsal


def _lock_checks(window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    assert window.session is None and window.current_page() == "unlock"
    assert window.kiosk() is None and "volunteer" not in window.pages


def test_sleep_signal_locks_even_in_kiosk(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, name="Sleepy Signer")
    window.lock_watcher.on_prepare_for_sleep(False)  # waking up does not lock
    assert window.session is not None
    window.lock_watcher.on_prepare_for_sleep(True)
    _lock_checks(window, ready_folder)
    assert window.lock_reason == "sleep"


def test_screen_lock_and_hidden_app_lock(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    window.lock_watcher.on_screensaver_active(True)
    _lock_checks(window, ready_folder)
    assert window.lock_reason == "screen_locked"
    unlock(window)
    window.lock_watcher.on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert window.session is not None  # focus moving elsewhere is not enough
    window.lock_watcher.on_application_state(Qt.ApplicationState.ApplicationSuspended)
    _lock_checks(window, ready_folder)


def test_idle_auto_lock(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    clock.now += 599
    window.idle.tick()
    assert window.session is not None
    clock.now += 2
    window.idle.tick()
    _lock_checks(window, ready_folder)
    assert window.lock_reason == "idle"


def test_lock_watcher_connects_quietly_without_a_bus(qtbot) -> None:  # type: ignore[no-untyped-def]
    watcher = LockWatcher()
    watcher.connect_system()  # no D-Bus in the test machine: no error, no warning
    with qtbot.waitSignal(watcher.lock_requested) as blocker:
        watcher.on_prepare_for_sleep(True)
    assert blocker.args == ["sleep"]


def test_lock_button(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    QTest.mouseClick(window.pages["volunteer"].lock, Qt.MouseButton.LeftButton)
    _lock_checks(window, ready_folder)
    Vault.unlock(ready_folder, PASSPHRASE).lock()  # the vault was closed cleanly


def test_lock_drops_every_page_opened_in_the_session(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    window.open_role_page("organiser")
    extra = QLabel("shows vault data")
    window.add_page("plugged in", extra)  # a screen the lead plugs in later
    window.lock("button")
    _lock_checks(window, ready_folder)
    assert set(window.pages) == {"unlock"}
    QTest.qWait(10)
    assert not shiboken6.isValid(extra)  # deleted, not just hidden


def test_quit_from_the_kiosk_wipes_the_form_and_locks(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, name="Quitting Signer")
    form = kiosk.form
    assert form is not None and form.name.text()
    assert not window.close()  # a signer cannot close the kiosk
    assert window.session is not None
    window.shutdown()
    assert window.session is None and window.kiosk() is None and not window.isFullScreen()
    assert not shiboken6.isValid(form) or form.name.text() == ""
    assert window.close()


def test_a_long_open_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    """An upgrade of a large vault at the first unlock after an update takes minutes: after
    a few seconds the page says so, and a finished open leaves no such message pending."""
    from stallapp.ui.stall.unlock_page import UnlockPage

    page = UnlockPage()
    qtbot.addWidget(page)
    page.still_opening.setInterval(10)
    page.set_busy(True)
    assert page.message.text() == "Opening the vault…"
    qtbot.waitUntil(lambda: "upgraded once" in page.message.text())
    page.set_busy(True)
    page.set_busy(False)  # opened quickly this time
    page.message.clear()
    qtbot.wait(50)
    assert page.message.text() == ""
