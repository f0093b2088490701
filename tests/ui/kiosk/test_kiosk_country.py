"""A country chooser for petitions that accept addresses outside the UK (kiosk and paper)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault
from stallapp.ui.kiosk.kiosk_page import KioskPage
from stallapp.ui.shared.countries import COUNTRY_CODES
from stallapp.ui.stall.paper_entry_dialog import PaperEntryDialog
from tests.conftest import PASSPHRASE
from tests.support.campaign import register_sheet
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock


def _rows(folder):  # type: ignore[no-untyped-def]
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return vault.conn.execute(
            "SELECT name, postcode, country, origin FROM signatures ORDER BY rowid"
        ).fetchall()
    finally:
        vault.lock()


def _choose(box: QComboBox | None, code: str) -> None:
    assert box is not None
    index = box.findData(code)
    assert index >= 0
    box.setCurrentIndex(index)


def _kiosk(make_window, folder) -> KioskPage:  # type: ignore[no-untyped-def]
    window = make_window(folder)
    unlock(window)
    return start_kiosk(window)


def test_uk_only_petition_shows_no_chooser(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(make_window, ready_folder)
    form = kiosk.form
    assert form is not None and form.country is None
    assert form.findChildren(QComboBox) == []
    assert form.postcode_label.text() == "Postcode"
    assert form.values()["country"] == "GB"


def test_chooser_starts_at_the_uk_and_switches_the_postcode_rule(
    make_window, abroad_folder
) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(make_window, abroad_folder)
    form = kiosk.form
    assert form is not None and form.country is not None
    box = form.country
    assert [box.itemData(i) for i in range(box.count())] == list(COUNTRY_CODES)
    assert box.currentData() == "GB" and box.currentText() == "United Kingdom"
    assert form.postcode_label.text() == "Postcode"
    QTest.keyClicks(form.postcode, "cv1 1ll")
    assert form.postcode_hint.text().startswith("✓")  # the live UK check, as before
    _choose(box, "HK")
    assert form.postcode_label.text() == "Postal code"
    assert "letters, digits and spaces" in form.postcode_hint.text()
    assert not form.postcode_hint.text().startswith("✓")
    form.postcode.setText("")
    QTest.keyClicks(form.postcode, "75#01")
    assert form.postcode_hint.text() == "The postal code may hold only letters, digits and spaces."
    # The chooser and the new labels speak the signer's language.
    kiosk.set_language("zh-Hant")
    assert box.currentText() == "香港"
    assert form.country_label.text() == "國家／地區"
    assert form.postcode_label.text() == "郵遞區號（如有）"
    assert form.postcode_hint.text() == "郵遞區號只可包含字母、數字和空格。"
    kiosk.set_language("zh-Hans")
    assert box.itemText(box.findData("TW")) == "台湾"
    kiosk.set_language("en")
    _choose(box, "GB")
    assert form.postcode_label.text() == "Postcode"


def test_signers_abroad_are_stored_with_their_country_and_forgotten(
    make_window, abroad_folder
) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(make_window, abroad_folder)
    # Hong Kong addresses have no postal code: an empty one is fine outside the UK.
    assert kiosk.form is not None
    _choose(kiosk.form.country, "HK")
    fill_and_sign(kiosk, name="Lam Wing Yee", address="1 Nathan Road, Kowloon", postcode="")
    submit(kiosk)
    assert kiosk.showing_thanks()
    kiosk.next_signer()
    # A fresh form: back at the United Kingdom, nothing of the previous signer's choice.
    assert kiosk.form is not None and kiosk.form.country is not None
    assert kiosk.form.country.currentData() == "GB"
    assert kiosk.form.postcode_label.text() == "Postcode"
    _choose(kiosk.form.country, "FR")
    fill_and_sign(kiosk, name="Chow Ka Ho", address="2 rue de Rivoli, Paris", postcode="75001")
    submit(kiosk)
    assert kiosk.showing_thanks()
    kiosk.next_signer()
    fill_and_sign(kiosk, name="Ng Siu Fung", postcode="m1 1ad")
    submit(kiosk)
    assert _rows(abroad_folder) == [
        ("Lam Wing Yee", "", "HK", "kiosk"),
        ("Chow Ka Ho", "75001", "FR", "kiosk"),
        ("Ng Siu Fung", "M1 1AD", "GB", "kiosk"),
    ]


def test_a_bad_postal_code_is_refused_and_nothing_stored(make_window, abroad_folder) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(make_window, abroad_folder)
    assert kiosk.form is not None
    _choose(kiosk.form.country, "DE")
    fill_and_sign(kiosk, postcode="10*115")
    submit(kiosk)
    assert not kiosk.showing_thanks()
    assert kiosk.form.error.property("field") == "postcode"
    assert kiosk.form.error.text() == "The postal code may hold only letters, digits and spaces."
    # Back to the UK, the same text is judged as a UK postcode again.
    _choose(kiosk.form.country, "GB")
    assert kiosk.form.error.text() == ""
    assert _rows(abroad_folder) == []


def test_a_chosen_country_alone_is_wiped_when_idle(make_window, abroad_folder, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window(abroad_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    assert kiosk.form is not None
    assert not kiosk.form.has_input()
    _choose(kiosk.form.country, "TW")
    assert kiosk.form.has_input()
    clock.now += 61
    window.idle.tick()
    assert kiosk.form.country is not None and kiosk.form.country.currentData() == "GB"


def test_paper_rows_from_abroad(make_window, abroad_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(abroad_folder, PASSPHRASE)
    (petition,) = CaptureService(vault).petitions()
    register_sheet(vault, petition.id, "MA-0001")
    vault.lock()
    window = make_window(abroad_folder)
    unlock(window)
    volunteer = window.pages["volunteer"]

    def enter(dialog: PaperEntryDialog) -> int:
        assert dialog.country is not None and dialog.country.currentData() == "GB"
        QTest.keyClicks(dialog.serial, "MA-0001")
        QTest.keyClicks(dialog.name, "Tsang Mei Kuen")
        QTest.keyClicks(dialog.address, "5 Queen St, Toronto")
        _choose(dialog.country, "CA")
        assert dialog.postcode_label.text() == "Postal code"
        QTest.keyClicks(dialog.postcode, "m5h 2n2")
        dialog.consent.setChecked(True)
        dialog.try_save()
        # The next row is another signer: back at the United Kingdom.
        assert dialog.saved_count == 1 and dialog.country.currentData() == "GB"
        assert dialog.postcode_label.text() == "Postcode"
        QTest.keyClicks(dialog.name, "Yip Chi Wai")
        QTest.keyClicks(dialog.address, "6 Low St")
        _choose(dialog.country, "US")
        QTest.keyClicks(dialog.postcode, "02!39")
        dialog.consent.setChecked(True)
        dialog.try_save()
        assert dialog.saved_count == 1
        assert "letters, digits and spaces" in dialog.message.text()
        return 1

    monkeypatch.setattr(PaperEntryDialog, "exec", enter)
    QTest.mouseClick(volunteer.paper, Qt.MouseButton.LeftButton)
    assert _rows(abroad_folder) == [("Tsang Mei Kuen", "M5H 2N2", "CA", "paper")]


def test_paper_dialog_for_a_uk_only_petition_has_no_chooser(make_window, ready_folder) -> None:  # type: ignore[no-untyped-def]
    window = make_window(ready_folder)
    unlock(window)
    assert window.capture is not None
    petition = window.capture.petitions()[0]
    event_id = window.capture.events()[0].id
    dialog = PaperEntryDialog(window.capture, petition, event_id, "en", window)
    assert dialog.country is None and dialog.findChildren(QComboBox) == []
    dialog.deleteLater()
