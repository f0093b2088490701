"""The whole stall flow with real widgets and a real vault."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from stallapp.domain.ink import decode
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from stallapp.ui.kiosk.exit_kiosk_dialog import ExitKioskDialog
from stallapp.ui.stall.event_dialog import EventDialog
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.conftest import PASSPHRASE
from tests.support.campaign import register_sheet
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock


def _rows(folder, passphrase=PASSPHRASE):  # type: ignore[no-untyped-def]
    vault = Vault.unlock(folder, passphrase)
    try:
        return vault.conn.execute(
            "SELECT name, postcode, language, origin, ink, likely_duplicate, receipt_code,"
            " event_id, sheet_serial, sheet_row FROM signatures ORDER BY rowid"
        ).fetchall()
    finally:
        vault.lock()


def test_create_event_then_sign_in_chinese_and_reset(
    make_window, ready_folder, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    assert window.current_page() == "volunteer"
    volunteer = window.pages["volunteer"]
    assert isinstance(volunteer, VolunteerPage)

    # A new stall event in a few taps (the dialog is driven, then accepted).
    def fill_event(dialog: EventDialog) -> int:
        QTest.keyClicks(dialog.city, "Liverpool")
        QTest.keyClicks(dialog.location, "Lord Street")
        dialog.try_save()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", fill_event)
    QTest.mouseClick(volunteer.new_event, Qt.MouseButton.LeftButton)
    assert "Lord Street" in volunteer.event_box.currentText()
    event_id = volunteer.event_box.currentData()
    assert volunteer.count.text() == "0"

    kiosk = start_kiosk(window)
    QTest.mouseClick(kiosk.language_buttons["zh-Hant"], Qt.MouseButton.LeftButton)
    assert kiosk.form is not None
    assert kiosk.form.title.text() == "保護在英港人免受跨國鎮壓"
    assert kiosk.form.sign.text() == "簽署請願"
    assert kiosk.volunteer.text() == "義工"
    fill_and_sign(kiosk)
    assert kiosk.form.postcode_hint.text().startswith("✓")
    with qtbot.waitSignal(kiosk.signature_saved):
        submit(kiosk)
    # Durably committed before the thank-you: a second connection already sees the row.
    assert kiosk.showing_thanks()
    rows = _rows(ready_folder)
    assert len(rows) == 1
    name, postcode, language, origin, ink, dup, code, ev, _, _ = rows[0]
    assert (name, postcode, language, origin, dup, ev) == (
        "Chan Tai Man",
        "CV1 1LL",
        "zh-Hant",
        "kiosk",
        0,
        event_id,
    )
    assert len(decode(ink).strokes) == 2
    assert kiosk.thanks.code.text() == code
    assert kiosk.thanks.qr.module_count() >= 21
    assert kiosk.thanks.heading.text() == "多謝你的簽名"
    # Done: blank form, the kiosk's own language, the receipt code gone.
    QTest.mouseClick(kiosk.thanks.done, Qt.MouseButton.LeftButton)
    assert not kiosk.showing_thanks()
    assert kiosk.form.name.text() == "" and kiosk.form.pad.is_empty()
    assert kiosk.form.sign.text() == "Sign the petition"
    assert kiosk.thanks.code.text() == "" and kiosk.thanks.qr.module_count() == 0


def test_empty_pad_and_missing_consent_are_refused_with_a_hint(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    form = kiosk.form
    QTest.keyClicks(form.name, "Lee Ka Yan")
    QTest.keyClicks(form.address, "2 High St")
    QTest.keyClicks(form.postcode, "L1 8JQ")
    submit(kiosk)
    assert form.error.property("field") == "consent"
    QTest.mouseClick(form.consent, Qt.MouseButton.LeftButton, pos=form.consent.rect().center())
    submit(kiosk)
    assert form.error.property("field") == "signature"
    assert "empty or too small" in form.error.text()
    assert not kiosk.showing_thanks()
    assert _rows(ready_folder) == []


def test_bad_postcode_gets_a_friendly_hint_in_the_signers_language(
    make_window, ready_folder
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    kiosk.set_language("zh-Hans")
    fill_and_sign(kiosk, postcode="CV1 1XX9")
    assert "邮政编码" in kiosk.form.postcode_hint.text()
    submit(kiosk)
    assert kiosk.form.error.property("field") == "postcode"
    assert "邮政编码" in kiosk.form.error.text()
    assert _rows(ready_folder) == []


def test_duplicate_signer_sees_the_same_thank_you(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    seen = []
    for _ in range(2):
        fill_and_sign(kiosk, name="Wong Siu Ming", postcode="CV1 1LL")
        submit(kiosk)
        assert kiosk.showing_thanks()
        seen.append(
            (kiosk.thanks.heading.text(), kiosk.thanks.saved.text(), len(kiosk.thanks.code.text()))
        )
        kiosk.next_signer()
    assert seen[0] == seen[1]
    assert [r[5] for r in _rows(ready_folder)] == [0, 1]  # stored, flagged silently


def test_thank_you_times_out_to_a_blank_form(make_window, ready_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    kiosk.settings = type(kiosk.settings)(thank_you=2)
    fill_and_sign(kiosk, touch=True)
    submit(kiosk)
    assert kiosk.showing_thanks()
    qtbot.waitUntil(lambda: not kiosk.showing_thanks(), timeout=5000)
    assert kiosk.thanks.code.text() == ""


def test_idle_wipe_with_countdown(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    idle = window.pages["volunteer"].idle
    idle.setCurrentIndex(idle.findData(60))  # a volunteer's longer choice than the default
    kiosk = start_kiosk(window)
    kiosk.set_language("zh-Hant")
    QTest.keyClicks(kiosk.form.name, "Half Filled")
    old_form = kiosk.form
    clock.now += 30
    window.idle.tick()
    assert kiosk.countdown.isHidden() and kiosk.form is old_form
    clock.now += 25  # 55 s idle: within the 10 s countdown before the 60 s wipe
    window.idle.tick()
    assert not kiosk.countdown.isHidden()
    assert "5" in kiosk.countdown.text() and "秒" in kiosk.countdown.text()
    clock.now += 5
    window.idle.tick()
    assert kiosk.form is not old_form
    assert kiosk.form.name.text() == "" and kiosk.countdown.isHidden()
    assert kiosk.translations.language == "en"
    # A blank form is never "wiped" again and shows no countdown.
    clock.now += 59
    window.idle.tick()
    assert kiosk.countdown.isHidden()


def test_exit_with_pin_and_wrong_pin(make_window, ready_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    window.session.kiosk.set_day_pin("482913")
    kiosk = start_kiosk(window)
    # Escape and closing the window lead nowhere.
    QTest.keyClick(kiosk.form.name, Qt.Key.Key_Escape)
    window.close()
    assert window.current_page() == "kiosk" and window.isVisible()
    outcomes = []

    def answer(secret: str):  # type: ignore[no-untyped-def]
        def run(dialog: ExitKioskDialog) -> int:
            QTest.keyClicks(dialog.secret, secret)
            QTest.mouseClick(dialog.leave, Qt.MouseButton.LeftButton)
            outcomes.append(dialog.message.text())
            return int(dialog.result())

        return run

    monkeypatch.setattr(ExitKioskDialog, "exec", answer("111111"))
    QTest.mouseClick(kiosk.volunteer, Qt.MouseButton.LeftButton)
    assert window.current_page() == "kiosk"
    assert "not today's PIN" in outcomes[-1]
    monkeypatch.setattr(ExitKioskDialog, "exec", answer("482913"))
    QTest.mouseClick(kiosk.volunteer, Qt.MouseButton.LeftButton)
    assert window.current_page() == "volunteer"
    assert window.kiosk() is None


def test_exit_with_passphrase_when_no_pin(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    dialog = ExitKioskDialog(kiosk.guard, kiosk)
    QTest.keyClicks(dialog.secret, PASSPHRASE)
    dialog.try_exit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_paper_rows_are_transcribed_without_ink(make_window, ready_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog

    vault = Vault.unlock(ready_folder, PASSPHRASE)
    (petition,) = CaptureService(vault).petitions()
    register_sheet(vault, petition.id, "CV-0007", rows=11)
    vault.lock()
    window = make_window(ready_folder)
    unlock(window)
    volunteer = window.pages["volunteer"]

    def enter(dialog: PaperEntryDialog) -> int:
        # A serial never printed, then a row beyond the sheet: field errors, nothing saved.
        QTest.keyClicks(dialog.serial, "ZZ-0001")
        dialog.row.setValue(3)
        QTest.keyClicks(dialog.name, "Ho Mei Ling")
        QTest.keyClicks(dialog.address, "3 Hill St")
        QTest.keyClicks(dialog.postcode, "CV1 1LL")
        dialog.consent.setChecked(True)
        dialog.try_save()
        assert dialog.message.text() == "No sheet with that serial was printed from this vault."
        dialog.serial.setText("CV-0007")
        dialog.row.setValue(12)
        dialog.try_save()
        assert dialog.message.text() == "That row number is not on this sheet."
        assert dialog.name.text() == "Ho Mei Ling"
        dialog.name.clear()
        dialog.address.clear()
        dialog.postcode.clear()
        dialog.row.setValue(3)
        QTest.keyClicks(dialog.name, "Ho Mei Ling")
        QTest.keyClicks(dialog.address, "3 Hill St")
        QTest.keyClicks(dialog.postcode, "CV1 1LL")
        dialog.consent.setChecked(True)
        dialog.try_save()
        assert dialog.row.value() == 4 and dialog.name.text() == ""
        return 1

    monkeypatch.setattr(PaperEntryDialog, "exec", enter)
    QTest.mouseClick(volunteer.paper, Qt.MouseButton.LeftButton)
    rows = _rows(ready_folder)
    assert [(r[0], r[3], r[4], r[8], r[9]) for r in rows] == [
        ("Ho Mei Ling", "paper", None, "CV-0007", 3)
    ]
    assert volunteer.count.text() == "1"


def test_count_shows_a_number_only(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    fill_and_sign(kiosk, name="Counted Person")
    submit(kiosk)
    kiosk.leave()
    volunteer = window.pages["volunteer"]
    assert volunteer.count.text() == "1"
    texts = " ".join(w.text() for w in volunteer.findChildren(type(volunteer.count)))
    assert "Counted" not in texts
    QApplication.processEvents()


def test_event_dialog_refuses_bad_times(qtbot, ready_folder) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(ready_folder, PASSPHRASE)
    try:
        dialog = EventDialog(CaptureService(vault))
        qtbot.addWidget(dialog)
        QTest.keyClicks(dialog.city, "Leeds")
        QTest.keyClicks(dialog.location, "Briggate")
        dialog.end.setText("11:00")
        dialog.try_save()
        assert dialog.created is None and "end time" in dialog.message.text()
        assert len(CaptureService(vault).events()) == 1
        dialog.day.setText(date.today().isoformat())
        dialog.end.setText("15:00")
        dialog.try_save()
        assert dialog.created is not None
    finally:
        vault.lock()


def test_idle_wipe_time_is_configurable(make_window, ready_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    volunteer = window.pages["volunteer"]
    assert volunteer.idle.currentData() == 30  # a short wipe by default
    volunteer.idle.setCurrentIndex(volunteer.idle.findData(15))
    kiosk = start_kiosk(window)
    assert kiosk.settings.idle_wipe == 15
    QTest.keyClicks(kiosk.form.name, "Quick Leaver")
    clock.now += 14
    window.idle.tick()
    assert kiosk.form.name.text() == "Quick Leaver"
    clock.now += 2
    window.idle.tick()
    assert kiosk.form.name.text() == ""


def test_an_error_shown_is_translated_by_the_language_switch(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    form = kiosk.form
    # Tapping the consent statement itself ticks the box.
    QTest.mouseClick(form.consent_text, Qt.MouseButton.LeftButton)
    assert form.consent.isChecked()
    submit(kiosk)  # empty pad
    assert form.error.text() == "Please sign in the box: your signature is empty or too small."
    kiosk.set_language("zh-Hant")
    assert form.error.text() == "請在方框內簽名：你的簽名是空白或太小。"
    kiosk.set_language("zh-Hans")
    assert form.error.text() == "请在方框内签名：你的签名是空白或太小。"


def test_a_field_error_is_kept_as_codes_and_follows_the_language(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    kiosk.set_language("zh-Hans")
    fill_and_sign(kiosk, name="   ")
    submit(kiosk)
    assert kiosk.form is not None and not kiosk.showing_thanks()
    form = kiosk.form
    assert (form.error.property("field"), form.error.property("reason")) == ("name", "missing")
    assert form.error.text() == "请输入你的姓名。"
    assert form.focusWidget() is form.name
    kiosk.set_language("en")
    assert form.error.text() == "Please enter your name."
    assert _rows(ready_folder) == []
