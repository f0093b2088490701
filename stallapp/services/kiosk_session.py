"""The kiosk session's rules, without Qt: the day PIN, leaving kiosk mode, idle settings.

The day PIN lets a volunteer leave kiosk mode without typing the whole passphrase in front
of a queue. Only an Argon2id hash of it is stored (vault meta), with the day it is valid
for; after MAX_PIN_FAILURES wrong tries the PIN stops working and only the passphrase opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import nacl.exceptions
import nacl.pwhash

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import KEY_NAME, Vault

PIN_MIN = 4
PIN_MAX = 12
MAX_PIN_FAILURES = 5
_META_PIN_HASH = "kiosk_pin_hash"
_META_PIN_DAY = "kiosk_pin_day"
_META_IDLE = "kiosk_idle_wipe_seconds"
_META_LOCK = "auto_lock_seconds"


def pin_cost() -> KdfCost:
    """The Argon2id cost of a PIN hash: interactive (about a tenth of a second)."""
    return KdfCost(nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_MIN * 8)


@dataclass(frozen=True)
class KioskSettings:
    """Timings of a kiosk session, in seconds."""

    idle_wipe: int = 60  # a half-filled form is wiped after this much idle time
    countdown: int = 10  # the last seconds before a wipe show a countdown
    thank_you: int = 8  # how long the receipt stays on screen
    auto_lock: int = 600  # the app locks after this much idle time

    def __post_init__(self) -> None:
        if not 15 <= self.idle_wipe <= 3600:
            raise BadInput("The idle wipe time must be between 15 seconds and one hour.")
        if not 1 <= self.countdown < self.idle_wipe:
            raise BadInput("The countdown must be shorter than the idle wipe time.")
        if not 2 <= self.thank_you <= 60:
            raise BadInput("The thank-you time must be between 2 and 60 seconds.")
        if not 60 <= self.auto_lock <= 24 * 3600:
            raise BadInput("The auto-lock time must be between one minute and one day.")


def load_settings(vault: Vault) -> KioskSettings:
    defaults = KioskSettings()
    try:
        idle = int(vault.meta(_META_IDLE) or defaults.idle_wipe)
        lock = int(vault.meta(_META_LOCK) or defaults.auto_lock)
        countdown = min(defaults.countdown, max(1, idle // 4))
        return KioskSettings(idle_wipe=idle, countdown=countdown, auto_lock=lock)
    except (ValueError, BadInput):
        return defaults


def save_settings(vault: Vault, settings: KioskSettings) -> None:
    with vault.transaction() as tx:
        vault.set_meta(tx, _META_IDLE, str(settings.idle_wipe))
        vault.set_meta(tx, _META_LOCK, str(settings.auto_lock))


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

    def __init__(self, vault: Vault, today: date | None = None) -> None:
        self.vault = vault
        self.today = today
        self.pin_failures = 0
        self.failures = 0

    @property
    def pin_enabled(self) -> bool:
        return self.pin_failures < MAX_PIN_FAILURES and has_day_pin(self.vault, self.today)

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
        """True if `secret` is the vault passphrase, or today's PIN (while it is enabled)."""
        if not secret:
            return False
        looks_like_pin = secret.strip().isdigit() and len(secret.strip()) <= PIN_MAX
        if looks_like_pin and self.pin_enabled:
            if self._pin_matches(secret):
                self.pin_failures = 0
                self._record_exit(by_pin=True)
                return True
            self.pin_failures += 1
        if self._passphrase_matches(secret):
            self._record_exit(by_pin=False)
            return True
        self.failures += 1
        return False

    def _record_exit(self, *, by_pin: bool) -> None:
        with self.vault.transaction() as tx:
            audit.append(tx, "kiosk_exited", by_pin=by_pin, failed_attempts=self.failures)
        self.failures = 0


def record_kiosk_started(vault: Vault) -> None:
    """Note in the audit log that kiosk mode began (no signer data, just the moment)."""
    with vault.transaction() as tx:
        audit.append(tx, "kiosk_started")
