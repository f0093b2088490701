"""The kiosk and its thank-you say where a kiosk signature goes, as the petition's routes do."""

from __future__ import annotations

from stallapp.domain import routes
from stallapp.domain.petition import load_petition
from stallapp.services.capture import CaptureService
from stallapp.services.demo import DEMO_PASSPHRASE, ensure_demo_vault
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from tests.support.kiosk_driver import fill_and_sign, start_kiosk, submit, unlock


def test_a_commons_kiosk_says_supporters_list_and_points_to_paper(
    make_window, ready_folder, qtbot
) -> None:  # type: ignore[no-untyped-def]
    petition = load_petition(sample_petition_path())
    window = make_window(ready_folder)
    unlock(window)
    kiosk = start_kiosk(window)
    form = kiosk.form
    assert form is not None
    shown = form.privacy.text()
    assert "list of supporters given to your MP" in shown
    assert "sign the paper sheet at the stall" in shown
    assert not routes.claims_formal(form.consent_text.text())
    fill_and_sign(kiosk)
    submit(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.thanks)
    assert kiosk.thanks.purpose.text() == routes.saved_statement(petition, "en")
    assert "It is not the paper petition" in kiosk.thanks.purpose.text()


def test_the_demo_vault_carries_a_kiosk_council_petition_and_the_paper_commons_one(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    folder = ensure_demo_vault(tmp_path)
    vault = Vault.unlock(folder, DEMO_PASSPHRASE)
    try:
        found = CaptureService(vault).petitions()
    finally:
        vault.lock()
    assert [(p.id, p.target, p.routes) for p in found] == [
        ("sheffield-anshan-chengdu", "council", ("paper", "kiosk")),
        ("commons-city-diplomacy", "commons", ("paper",)),
    ]
