"""The volunteer page opens with a broken stored petition, and names it; a damaged recovery
entry is reported at once."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pyrage

from stallapp.domain.petition import content_hash, load_petition
from stallapp.storage import petitions as petition_store
from stallapp.storage.vault import KEY_NAME, Vault
from stallapp.system.resources import sample_petition_path
from stallapp.ui.stall.volunteer_page import VolunteerPage
from tests.conftest import PASSPHRASE
from tests.support.kiosk_driver import unlock


def _volunteer(window) -> VolunteerPage:  # type: ignore[no-untyped-def]
    unlock(window)
    page = window.pages["volunteer"]
    assert isinstance(page, VolunteerPage)
    return page


def test_broken_petition_is_named_and_the_page_opens(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    good = load_petition(sample_petition_path())
    bad = replace(good, id="old-broken", retention_until=datetime(2027, 12, 31))  # type: ignore[arg-type]
    bad = replace(bad, content_hash=content_hash(bad))
    vault = Vault.unlock(ready_folder, PASSPHRASE)
    with vault.transaction() as tx:
        petition_store.save(tx, bad)
    vault.lock()
    page = _volunteer(make_window(ready_folder))
    assert page.petition_box.count() == 1
    assert page.petition_box.currentData() == good.id
    assert "old-broken" in page.warnings.text() and not page.warnings.isHidden()


def test_damaged_recovery_entry_is_reported(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(ready_folder, PASSPHRASE)
    vault.set_recovery_recipient(str(pyrage.x25519.Identity.generate().to_public()))
    vault.lock()
    doc = json.loads((ready_folder / KEY_NAME).read_text())
    raw = bytearray(base64.b64decode(doc["recovery"][0]["wrapped"]))
    raw[-1] ^= 1
    doc["recovery"][0]["wrapped"] = base64.b64encode(bytes(raw)).decode()
    (ready_folder / KEY_NAME).write_text(json.dumps(doc))
    page = _volunteer(make_window(ready_folder))
    assert "recovery key is damaged" in page.warnings.text()


def test_healthy_vault_shows_no_warning(make_window, ready_folder: Path) -> None:  # type: ignore[no-untyped-def]
    page = _volunteer(make_window(ready_folder))
    assert page.warnings.isHidden()
