"""The stall's campaign dialog (pack in, card out, batch out) and the coordinator page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stallapp.domain.petition import load_petition
from stallapp.services.batch_import import Importer
from stallapp.services.campaign_pack import enroll, export_pack, read_card
from stallapp.services.capture import CaptureService
from stallapp.services.stall_link import StallLink
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path
from stallapp.ui.coordinator.page import CoordinatorPage
from stallapp.ui.organiser.page import OrganiserPage
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock


def coordinator_vault(folder: Path) -> Vault:
    vault = Vault.create(folder, PASSPHRASE, role="coordinator", cost=KdfCost.light())
    CaptureService(vault).add_petition(load_petition(sample_petition_path()))
    return vault


def test_stall_imports_pack_gives_card_and_exports_a_batch(qtbot, jobs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = coordinator_vault(tmp_path / "coordinator")
    pack_file = tmp_path / "campaign.pack"
    pack_file.write_bytes(export_pack(coordinator))
    stall = Vault.create(tmp_path / "stall", PASSPHRASE, role="stall", cost=KdfCost.light())
    asked: list[str] = []

    def confirm(pack, _parent) -> bool:  # type: ignore[no-untyped-def]
        asked.append(pack.fingerprint)
        return True

    dialog = CampaignDialog(StallLink(stall), jobs, confirm=confirm)
    qtbot.addWidget(dialog)
    # A file that is not a pack: one message, nothing installed.
    junk = tmp_path / "junk.pack"
    junk.write_bytes(b"not a pack at all")
    assert not dialog.import_pack(junk)
    assert dialog.pack_status.text() and not asked
    assert CaptureService(stall).petitions() == []
    assert dialog.import_pack(pack_file)
    assert len(asked) == 1
    assert [p.id for p in CaptureService(stall).petitions()] == ["protect-hongkongers-uk"]
    # The device card the coordinator enrols, checked by the fingerprint shown.
    card_file = tmp_path / "device.stallcard"
    assert dialog.save_card(card_file)
    card = read_card(card_file.read_bytes())
    assert card.fingerprint == dialog.card_fingerprint.text()
    enroll(coordinator, card)
    # One signature, exported through the dialog's panel, imported by the coordinator.
    service = CaptureService(stall)
    event = service.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    service.record(
        "protect-hongkongers-uk",
        event.id,
        name="Ada Chan",
        postcode="LS1 6AB",
        address="1 Briggate",
        consent=True,
    )
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(dialog.export.exported, timeout=20_000) as blocker:
        dialog.export.export_to(usb)
    batch = Path(blocker.args[0])
    assert batch.parent == usb and "Ada" not in batch.name and "Leeds" not in batch.name
    assert Importer(coordinator).import_file(batch).status == "imported"
    stall.lock()
    coordinator.lock()


def test_untrusted_pack_changes_nothing(qtbot, jobs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator = coordinator_vault(tmp_path / "coordinator")
    pack_file = tmp_path / "campaign.pack"
    pack_file.write_bytes(export_pack(coordinator))
    stall = Vault.create(tmp_path / "stall", PASSPHRASE, role="stall", cost=KdfCost.light())
    dialog = CampaignDialog(StallLink(stall), jobs, confirm=lambda _pack, _parent: False)
    qtbot.addWidget(dialog)
    assert not dialog.import_pack(pack_file)
    assert "nothing was imported" in dialog.pack_status.text()
    assert CaptureService(stall).petitions() == []
    assert stall.recovery_recipients == []
    stall.lock()
    coordinator.lock()


def test_coordinator_page_in_the_main_window(make_window, tmp_path: Path, translations) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "coordinator"
    coordinator_vault(folder).lock()
    window = make_window(folder)
    unlock(window)
    assert window.current_page() == "coordinator"
    page = window.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    first_view = page.view
    translations.set_language("zh-Hant")
    assert page.title.text() == "統籌人"
    assert page.view is not first_view  # rebuilt in the new language
    translations.set_language("en")
    QTest.mouseClick(page.organiser, Qt.MouseButton.LeftButton)
    assert window.current_page() == "organiser"
    organiser = window.pages["organiser"]
    assert isinstance(organiser, OrganiserPage)
    QTest.mouseClick(organiser.back, Qt.MouseButton.LeftButton)
    assert window.current_page() == "coordinator"


def test_language_switch_after_lock_does_not_touch_the_locked_vault(
    make_window, tmp_path: Path, translations
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "coordinator"
    coordinator_vault(folder).lock()
    window = make_window(folder)
    unlock(window)
    QTest.mouseClick(window.pages["coordinator"].organiser, Qt.MouseButton.LeftButton)
    window.lock("button")
    assert window.current_page() == "unlock"
    translations.set_language("zh-Hans")  # pages of the locked session must stay quiet
    translations.set_language("en")
