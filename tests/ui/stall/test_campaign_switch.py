"""The campaign dialog lists the campaign's keys, refuses a pack from another coordinator key
(both fingerprints shown, nothing changed), and switches only on purpose with the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.services.campaign_pack import export_pack, read_pack
from stallapp.services.keys import load_keys
from stallapp.services.stall_link import StallLink
from stallapp.storage import petitions as petition_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.ui.stall.campaign_dialog import CampaignDialog
from stallapp.ui.stall.campaign_switch_dialog import CampaignSwitchDialog
from tests.conftest import PASSPHRASE
from tests.support.campaign import vault_hash


@pytest.fixture
def other_pack(tmp_path: Path, coordinator: Vault) -> Path:
    other = Vault.create(
        tmp_path / "other",
        PASSPHRASE,
        role="coordinator",
        device_name=coordinator.device_name,
        cost=KdfCost.light(),
    )
    with other.transaction() as tx:
        for p in petition_store.all_current(coordinator.conn):
            petition_store.save(tx, p)
    path = tmp_path / "other.pack"
    path.write_bytes(export_pack(other))
    other.lock()
    return path


def test_other_campaign_refused_then_switched_on_purpose(
    qtbot, jobs, make_stall, coordinator: Vault, other_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    old_code = load_keys(coordinator).fingerprint("coordinator")
    new_code = read_pack(other_pack.read_bytes()).fingerprint
    answers: list[str | None] = [None, "wrong passphrase", PASSPHRASE]
    asked: list[str] = []

    def ask_switch(current, pack, _parent):  # type: ignore[no-untyped-def]
        asked.append(current)
        return answers.pop(0)

    dialog = CampaignDialog(
        StallLink(a.vault), jobs, confirm=lambda _p, _w: True, ask_switch=ask_switch
    )
    qtbot.addWidget(dialog)
    assert (
        old_code in dialog.keys_label.text() and "signs campaign packs" in dialog.keys_label.text()
    )
    before = vault_hash(a.vault)
    assert not dialog.import_pack(other_pack)  # the volunteer cancels the switch
    assert old_code in dialog.pack_status.text() and new_code in dialog.pack_status.text()
    assert asked == [old_code]
    assert vault_hash(a.vault) == before

    dialog.import_pack(other_pack)  # a wrong passphrase: one message, nothing changed
    qtbot.waitUntil(lambda: jobs.busy(dialog) is False and dialog.pack_button.isEnabled())
    assert "passphrase" in dialog.pack_status.text().lower()
    assert old_code in dialog.keys_label.text()

    with qtbot.waitSignal(dialog.campaign_switched, timeout=20_000) as blocker:
        dialog.import_pack(other_pack)
    assert blocker.args == [new_code]
    assert new_code in dialog.keys_label.text() and old_code not in dialog.keys_label.text()


def test_switch_dialog_shows_both_fingerprints_and_needs_the_passphrase(
    qtbot, coordinator: Vault, other_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    pack = read_pack(other_pack.read_bytes())
    old_code = load_keys(coordinator).fingerprint("coordinator")
    dialog = CampaignSwitchDialog(old_code, pack)
    qtbot.addWidget(dialog)
    assert old_code in dialog.current_label.text()
    assert pack.fingerprint in dialog.new_label.text()
    assert not dialog.switch_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    assert dialog.switch_button.isEnabled()
    assert dialog.passphrase() == PASSPHRASE
