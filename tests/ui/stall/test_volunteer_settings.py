"""The volunteer page's auto-lock control, and the screen language remembered between runs."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from stallapp.services.kiosk_session import KioskSettings, save_settings
from stallapp.services.language_setting import load_language, save_language, setting_path
from stallapp.storage.vault import Vault
from stallapp.ui.app import build_window
from stallapp.ui.stall.kiosk_settings_box import AUTO_LOCK_CHOICES
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import start_kiosk, unlock


def _volunteer(window) -> VolunteerPage:  # type: ignore[no-untyped-def]
    page = window.pages["volunteer"]
    assert isinstance(page, VolunteerPage)
    return page


def test_auto_lock_choice_is_saved_and_used_at_once(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    page = _volunteer(window)
    box = page.auto_lock
    assert [box.itemData(i) for i in range(box.count())] == list(AUTO_LOCK_CHOICES)
    assert box.currentData() == 600
    assert [box.itemText(i) for i in range(box.count())] == [
        "5 minutes",
        "10 minutes",
        "15 minutes",
        "30 minutes",
    ]
    box.setCurrentIndex(box.findData(300))
    assert window.session is not None and window.session.kiosk.settings().auto_lock == 300
    assert window.session.kiosk.settings().idle_wipe == 30  # the other setting is kept
    clock.now += 299
    window.idle.tick()
    assert window.session is not None
    clock.now += 2
    window.idle.tick()
    assert window.session is None and window.lock_reason == "idle"
    # Stored in the vault: the next session starts with it.
    unlock(window)
    assert _volunteer(window).auto_lock.currentData() == 300


def test_a_longer_auto_lock_also_reaches_the_kiosk(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    page = _volunteer(window)
    page.auto_lock.setCurrentIndex(page.auto_lock.findData(1800))
    page.idle.setCurrentIndex(page.idle.findData(30))
    assert (window.settings.auto_lock, window.settings.idle_wipe) == (1800, 30)
    kiosk = start_kiosk(window)
    assert kiosk.settings.auto_lock == 1800
    clock.now += 601
    window.idle.tick()
    assert window.session is not None and window.kiosk() is kiosk
    clock.now += 1200
    window.idle.tick()
    assert window.session is None and window.kiosk() is None


def test_a_stored_time_outside_the_choices_is_shown(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(ready_folder, PASSPHRASE)
    try:
        save_settings(vault, KioskSettings(idle_wipe=60, auto_lock=150))
    finally:
        vault.lock()
    window = make_window(ready_folder)
    unlock(window)
    box = _volunteer(window).auto_lock
    assert box.currentData() == 150 and box.currentText() == "150 seconds"
    assert window.settings.auto_lock == 150


def test_auto_lock_control_is_translated(make_window, ready_folder, translations) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    page = _volunteer(window)
    translations.set_language("zh-Hant")
    assert page.auto_lock.currentText() == "10 分鐘"
    assert page.auto_lock_label.text() == "閒置多久後自動上鎖"
    translations.set_language("zh-Hans")
    assert page.auto_lock.itemText(page.auto_lock.findData(1800)) == "30 分钟"


def test_the_volunteers_language_is_remembered_between_runs(qapp, qtbot, ready_folder) -> None:  # type: ignore[no-untyped-def]
    assert load_language() is None
    window = build_window(ready_folder, app=qapp)
    qtbot.addWidget(window)
    translations = window.translations
    try:
        assert translations.language == "en"  # the test machine's locale is not Chinese
        unlock(window)
        assert load_language() is None  # opening the volunteer page chooses nothing
        page = _volunteer(window)
        page.language.setCurrentIndex(page.language.findData("zh-Hant"))
        assert translations.language == "zh-Hant"
        assert load_language() == "zh-Hant"
        assert json.loads(setting_path().read_text(encoding="utf-8")) == {"language": "zh-Hant"}
        # A signer switching the kiosk's language is not the volunteer's choice.
        kiosk = start_kiosk(window)
        kiosk.set_language("zh-Hans")
        assert load_language() == "zh-Hant"
        kiosk.leave()
    finally:
        window.shutdown()
        translations.remove()
    # The next run starts in the remembered language, from the unlock screen on.
    again = build_window(ready_folder, app=qapp)
    qtbot.addWidget(again)
    try:
        assert again.translations.language == "zh-Hant"
        assert again.unlock_page.unlock.text() == "解鎖"
    finally:
        again.shutdown()
        again.translations.remove()
        QApplication.processEvents()


def test_a_damaged_setting_falls_back_to_the_system_language(qapp, qtbot, ready_folder) -> None:  # type: ignore[no-untyped-def]
    save_language("zh-Hans")
    setting_path().write_text("{broken", encoding="utf-8")
    window = build_window(ready_folder, app=qapp)
    qtbot.addWidget(window)
    try:
        assert window.translations.language == "en"
    finally:
        window.shutdown()
        window.translations.remove()
