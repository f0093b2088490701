"""The kiosk session rules without Qt: day PIN (hash only), leaving, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stallapp.domain.errors import BadInput
from stallapp.services.kiosk_session import (
    PIN_FAILURES_PER_ROUND,
    KioskExit,
    KioskSettings,
    clear_day_pin,
    has_day_pin,
    load_settings,
    retry_delay,
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


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _wrong_pin_round(guard: KioskExit, clock: Clock) -> None:
    for _ in range(PIN_FAILURES_PER_ROUND):
        clock.now += guard.wait_left()  # the volunteer waits out each delay
        assert not guard.allows("0000")


def test_pin_cools_down_for_1_then_5_then_15_minutes(stall_vault: Vault) -> None:
    set_day_pin(stall_vault, "4829", cost=LIGHT)
    clock = Clock()
    guard = KioskExit(stall_vault, clock=clock)
    for minutes in (1, 5, 15, 15):
        _wrong_pin_round(guard, clock)
        assert not guard.pin_enabled
        assert guard.pin_rest_left() == minutes * 60
        clock.now += guard.wait_left()
        assert not guard.allows("4829")  # resting: the right PIN does not open
        clock.now += minutes * 60  # after the rest it is back, not gone for the day
        assert guard.pin_enabled
    assert guard.allows("4829")


def test_passphrase_still_opens_while_the_pin_rests(stall_vault: Vault) -> None:
    set_day_pin(stall_vault, "4829", cost=LIGHT)
    clock = Clock()
    guard = KioskExit(stall_vault, clock=clock)
    _wrong_pin_round(guard, clock)
    clock.now += guard.wait_left()
    assert guard.allows(PASSPHRASE)


def test_wrong_secrets_make_the_next_try_wait_longer(stall_vault: Vault) -> None:
    clock = Clock()
    guard = KioskExit(stall_vault, clock=clock)
    waits = []
    for _ in range(8):
        clock.now += guard.wait_left()
        assert not guard.allows("a wrong passphrase")
        waits.append(guard.wait_left())
    assert waits == [retry_delay(n) for n in range(1, 9)]
    assert waits[:2] == [0, 0] and waits[2:] == sorted(waits[2:]) and waits[-1] > waits[2] > 0
    # While waiting, even the right passphrase is not checked.
    assert not guard.allows(PASSPHRASE)
    clock.now += guard.wait_left()
    assert guard.allows(PASSPHRASE)
    assert guard.wait_left() == 0


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
    assert KioskSettings().idle_wipe == 30
    save_settings(
        stall_vault, KioskSettings(idle_wipe=90, auto_lock=300, thank_you=4, tap_to_sign=True)
    )
    loaded = load_settings(stall_vault)
    assert (loaded.idle_wipe, loaded.auto_lock, loaded.thank_you, loaded.tap_to_sign) == (
        90,
        300,
        4,
        True,
    )
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
