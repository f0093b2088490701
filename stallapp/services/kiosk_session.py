"""The kiosk session's rules, without Qt: the day PIN, leaving kiosk mode, idle settings.

The day PIN lets a volunteer leave kiosk mode without typing the whole passphrase in front
of a queue. Only an Argon2id hash of it is stored (vault meta), with the day it is valid
for. After PIN_FAILURES_PER_ROUND wrong PINs the PIN rests for a while (PIN_COOLDOWNS: 1, 5,
then 15 minutes) and only the passphrase opens meanwhile; a passer-by's guesses cannot take the
PIN away for the whole day. Each wrong secret beyond the first few makes the next try wait
longer (retry_delay), so guessing by injected keystrokes is slow.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import nacl.exceptions
import nacl.pwhash

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.services.kiosk_settings import KioskSettings as KioskSettings
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import KEY_NAME, Vault

PIN_MIN = 4
PIN_MAX = 12
PIN_FAILURES_PER_ROUND = 5
PIN_COOLDOWNS = (60, 300, 900)  # seconds the PIN rests after each round of wrong PINs
FREE_FAILURES = 2  # wrong secrets allowed before the next try has to wait
MAX_RETRY_DELAY = 120
_META_PIN_HASH = "kiosk_pin_hash"
_META_PIN_DAY = "kiosk_pin_day"
_META_IDLE = "kiosk_idle_wipe_seconds"
_META_LOCK = "auto_lock_seconds"
_META_THANKS = "kiosk_thank_you_seconds"
_META_TAP = "kiosk_tap_to_sign"


def retry_delay(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong secrets in a row:
    nothing for the first FREE_FAILURES, then 2, 4, 8 ... up to MAX_RETRY_DELAY."""
    if failures <= FREE_FAILURES:
        return 0.0
    return float(min(MAX_RETRY_DELAY, 2 ** (failures - FREE_FAILURES)))


def pin_cooldown(rounds: int) -> float:
    """How long the PIN rests after its `rounds`-th round of wrong guesses (0: not resting)."""
    if rounds <= 0:
        return 0.0
    return float(PIN_COOLDOWNS[min(rounds, len(PIN_COOLDOWNS)) - 1])


def pin_cost() -> KdfCost:
    """The Argon2id cost of a PIN hash: interactive (about a tenth of a second)."""
    return KdfCost(nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_MIN * 8)


def load_settings(vault: Vault) -> KioskSettings:
    defaults = KioskSettings()
    try:
        idle = int(vault.meta(_META_IDLE) or defaults.idle_wipe)
        lock = int(vault.meta(_META_LOCK) or defaults.auto_lock)
        thanks = int(vault.meta(_META_THANKS) or defaults.thank_you)
        tap = (vault.meta(_META_TAP) or "") == "1"
        countdown = min(10, max(1, idle // 4))
        return KioskSettings(
            idle_wipe=idle, countdown=countdown, thank_you=thanks, auto_lock=lock, tap_to_sign=tap
        )
    except (ValueError, BadInput):
        return defaults


def save_settings(vault: Vault, settings: KioskSettings) -> None:
    with vault.transaction() as tx:
        vault.set_meta(tx, _META_IDLE, str(settings.idle_wipe))
        vault.set_meta(tx, _META_LOCK, str(settings.auto_lock))
        vault.set_meta(tx, _META_THANKS, str(settings.thank_you))
        vault.set_meta(tx, _META_TAP, "1" if settings.tap_to_sign else "0")


def check_pin(pin: str) -> str:
    text = pin.strip()
    if not (text.isascii() and text.isdigit() and PIN_MIN <= len(text) <= PIN_MAX):
        raise BadInput(f"The PIN must be {PIN_MIN} to {PIN_MAX} digits.")
    return text


def set_day_pin(
    vault: Vault, pin: str, today: date | None = None, cost: KdfCost | None = None
) -> None:
    """Store an Argon2id hash of today's PIN (never the PIN itself)."""
    text = check_pin(pin)
    c = cost or pin_cost()
    hashed = nacl.pwhash.argon2id.str(text.encode(), opslimit=c.opslimit, memlimit=c.memlimit)
    with vault.transaction() as tx:
        vault.set_meta(tx, _META_PIN_HASH, hashed.decode("ascii"))
        vault.set_meta(tx, _META_PIN_DAY, (today or date.today()).isoformat())


def clear_day_pin(vault: Vault) -> None:
    with vault.transaction() as tx:
        vault.set_meta(tx, _META_PIN_HASH, "")
        vault.set_meta(tx, _META_PIN_DAY, "")


def has_day_pin(vault: Vault, today: date | None = None) -> bool:
    day = vault.meta(_META_PIN_DAY) or ""
    return bool(vault.meta(_META_PIN_HASH)) and day == (today or date.today()).isoformat()


class KioskExit:
    """Decides whether a secret typed at the kiosk may end kiosk mode."""

    def __init__(
        self,
        vault: Vault,
        today: date | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.vault = vault
        self.today = today
        self.clock = clock
        self.pin_failures = 0  # wrong PINs in the current round
        self.pin_rounds = 0  # rounds of wrong PINs so far (each makes the PIN rest longer)
        self.pin_rests_until = 0.0
        self.failures = 0  # wrong secrets in a row (PIN or passphrase)
        self.next_try_at = 0.0

    @property
    def pin_enabled(self) -> bool:
        """Today's PIN is set and not resting after a round of wrong guesses."""
        return self.pin_rest_left() <= 0 and has_day_pin(self.vault, self.today)

    def pin_rest_left(self) -> float:
        """Seconds until the PIN works again (0 when it is not resting)."""
        return max(0.0, self.pin_rests_until - self.clock())

    def wait_left(self) -> float:
        """Seconds before another secret is even checked (0 when a try is allowed now)."""
        return max(0.0, self.next_try_at - self.clock())

    def _pin_failed(self) -> None:
        self.pin_failures += 1
        if self.pin_failures >= PIN_FAILURES_PER_ROUND:
            self.pin_failures = 0
            self.pin_rounds += 1
            self.pin_rests_until = self.clock() + pin_cooldown(self.pin_rounds)

    def _pin_matches(self, secret: str) -> bool:
        stored = self.vault.meta(_META_PIN_HASH) or ""
        try:
            return bool(nacl.pwhash.verify(stored.encode("ascii"), secret.strip().encode()))
        except nacl.exceptions.InvalidkeyError:
            return False

    def _passphrase_matches(self, secret: str) -> bool:
        try:
            KeyFile.load(self.vault.folder / KEY_NAME).open(secret)
        except WrongPassphrase:
            return False
        return True

    def allows(self, secret: str) -> bool:
        """True if `secret` is the vault passphrase, or today's PIN (while it is enabled).
        During the wait after wrong tries (wait_left() > 0) nothing is checked: False."""
        if not secret or self.wait_left() > 0:
            return False
        looks_like_pin = secret.strip().isdigit() and len(secret.strip()) <= PIN_MAX
        if looks_like_pin and self.pin_enabled:
            if self._pin_matches(secret):
                self.pin_failures = 0
                self.pin_rounds = 0
                self._record_exit(by_pin=True)
                return True
            self._pin_failed()
        if self._passphrase_matches(secret):
            self._record_exit(by_pin=False)
            return True
        self.failures += 1
        self.next_try_at = self.clock() + retry_delay(self.failures)
        return False

    def _record_exit(self, *, by_pin: bool) -> None:
        with self.vault.transaction() as tx:
            audit.append(tx, "kiosk_exited", by_pin=by_pin, failed_attempts=self.failures)
        self.failures = 0
        self.next_try_at = 0.0


def record_kiosk_started(vault: Vault) -> None:
    """Note in the audit log that kiosk mode began (no signer data, just the moment)."""
    with vault.transaction() as tx:
        audit.append(tx, "kiosk_started")
