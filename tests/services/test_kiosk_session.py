"""The kiosk session rules without Qt: day PIN (hash only), leaving, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stallapp.domain.errors import BadInput
from stallapp.services.kiosk_session import (
    MAX_PIN_FAILURES,
    KioskExit,
    KioskSettings,
    clear_day_pin,
    has_day_pin,
    load_settings,
    save_settings,
    set_day_pin,
)
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

LIGHT = KdfCost.light()


def test_pin_is_stored_only_as_an_argon2id_hash(stall_vault: Vault) -> None:
    set_day_pin(stall_vault, "482913", cost=LIGHT)
    stored = stall_vault.meta("kiosk_pin_hash") or ""
    assert stored.startswith("$argon2id$")
    assert "482913" not in stored
    raw = (stall_vault.folder / "vault.db").read_bytes()
    assert b"482913" not in raw
    assert has_day_pin(stall_vault)


def test_pin_or_passphrase_leaves_the_kiosk(stall_vault: Vault) -> None:
    set_day_pin(stall_vault, "482913", cost=LIGHT)
    guard = KioskExit(stall_vault)
    assert guard.allows("482913")
    assert guard.allows(PASSPHRASE)
    assert not guard.allows("111111")
    assert not guard.allows("")
    assert not guard.allows("wrong passphrase")


def test_pin_stops_working_after_repeated_failures(stall_vault: Vault) -> None:
    set_day_pin(stall_vault, "4829", cost=LIGHT)
    guard = KioskExit(stall_vault)
    for _ in range(MAX_PIN_FAILURES):
        assert not guard.allows("0000")
    assert not guard.pin_enabled
    assert not guard.allows("4829")  # now only the passphrase opens
    assert guard.allows(PASSPHRASE)


def test_pin_is_for_one_day_only(stall_vault: Vault) -> None:
    yesterday = date.today() - timedelta(days=1)
    set_day_pin(stall_vault, "4829", today=yesterday, cost=LIGHT)
    assert not has_day_pin(stall_vault)
    assert not KioskExit(stall_vault).allows("4829")
    set_day_pin(stall_vault, "4829", cost=LIGHT)
    clear_day_pin(stall_vault)
    assert not KioskExit(stall_vault).allows("4829")


@pytest.mark.parametrize("pin", ["12", "abcd", "1234567890123", "12 34", "١٢٣٤"])
def test_bad_pins_are_refused(stall_vault: Vault, pin: str) -> None:
    with pytest.raises(BadInput):
        set_day_pin(stall_vault, pin, cost=LIGHT)
    assert not has_day_pin(stall_vault)


def test_settings_round_trip_and_bounds(stall_vault: Vault) -> None:
    assert load_settings(stall_vault) == KioskSettings()
    assert KioskSettings().idle_wipe == 60
    save_settings(stall_vault, KioskSettings(idle_wipe=90, auto_lock=300))
    loaded = load_settings(stall_vault)
    assert (loaded.idle_wipe, loaded.auto_lock) == (90, 300)
    with pytest.raises(BadInput):
        KioskSettings(idle_wipe=5)
    with pytest.raises(BadInput):
        KioskSettings(idle_wipe=30, countdown=30)
    with stall_vault.transaction() as tx:
        stall_vault.set_meta(tx, "kiosk_idle_wipe_seconds", "nonsense")
    assert load_settings(stall_vault) == KioskSettings()


def test_kiosk_start_and_exit_are_audited(stall_vault: Vault) -> None:
    from stallapp.services.kiosk_session import KioskExit, record_kiosk_started
    from stallapp.storage import audit

    record_kiosk_started(stall_vault)
    gate = KioskExit(stall_vault)
    assert not gate.allows("not the passphrase")
    assert gate.allows(PASSPHRASE)
    last = audit.entries(stall_vault.conn)[-2:]
    assert [(e.event, e.detail) for e in last] == [
        ("kiosk_started", {}),
        ("kiosk_exited", {"by_pin": False, "failed_attempts": 1}),
    ]
