"""The volunteer's kiosk settings and the kiosk's exit check, over one unlocked vault."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from stallapp.services import kiosk_session
from stallapp.services.kiosk_session import KioskExit, KioskSettings
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault


class KioskService:
    def __init__(self, vault: Vault, pin_cost: KdfCost | None = None) -> None:
        self._vault = vault
        self._pin_cost = pin_cost

    def settings(self) -> KioskSettings:
        return kiosk_session.load_settings(self._vault)

    def save_settings(self, settings: KioskSettings) -> None:
        kiosk_session.save_settings(self._vault, settings)

    def set_day_pin(self, pin: str) -> None:
        kiosk_session.set_day_pin(self._vault, pin, cost=self._pin_cost)

    def has_day_pin(self, today: date | None = None) -> bool:
        return kiosk_session.has_day_pin(self._vault, today)

    def exit_check(self, clock: Callable[[], float] = time.monotonic) -> KioskExit:
        """A fresh check for one kiosk session (it counts that session's wrong tries)."""
        return KioskExit(self._vault, clock=clock)

    def record_started(self) -> None:
        kiosk_session.record_kiosk_started(self._vault)
