"""A rehearsal or demo vault says so on every kiosk screen, and never claims that a
practice entry is saved and encrypted."""

from __future__ import annotations

from pathlib import Path

from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock

BAND = "Practice vault: do not collect real signatures"
SAVED = "saved and encrypted"


def _folder(tmp_path: Path, rehearsal: bool) -> Path:
    day = StallDay(location="Broadgate", start=None, end=None)
    return prepare_vault(
        tmp_path / "stall", PASSPHRASE, day=day, rehearsal=rehearsal, cost=KdfCost.light()
    ).folder


def test_practice_vault_shows_the_band_on_form_and_thank_you(
    make_window, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_folder(tmp_path, rehearsal=True))
    unlock(window)
    kiosk = start_kiosk(window)
    assert kiosk.practice_band.isVisible() and kiosk.practice_band.text() == BAND
    fill_and_sign(kiosk)
    submit(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.thanks)
    assert kiosk.practice_band.isVisible()
    assert SAVED not in kiosk.thanks.saved.text()
    assert "Practice only" in kiosk.thanks.saved.text()
    # In each language of the kiosk.
    kiosk.set_language("zh-Hant")
    assert kiosk.practice_band.text() == "練習用資料庫：請勿收集真實聯署"
    kiosk.set_language("zh-Hans")
    assert kiosk.practice_band.text() == "练习用数据库：请勿收集真实签名"
    assert "練習" not in kiosk.thanks.saved.text() and "练习" in kiosk.thanks.saved.text()


def test_real_vault_has_no_band(make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_folder(tmp_path, rehearsal=False))
    unlock(window)
    kiosk = start_kiosk(window)
    assert not kiosk.practice_band.isVisible()
    fill_and_sign(kiosk)
    submit(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.thanks)
    assert SAVED in kiosk.thanks.saved.text()
