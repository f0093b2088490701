"""A kiosk session's timings: a plain value, read from the vault on unlock
(`kiosk_session.load_settings`), here on its own so the start-up screen can hold the
defaults without loading the vault code."""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.errors import BadInput


@dataclass(frozen=True)
class KioskSettings:
    """Timings of a kiosk session, in seconds."""

    idle_wipe: int = 30  # an abandoned form is wiped this long after its last touch
    countdown: int = 7  # the last seconds before a wipe show a countdown
    thank_you: int = 6  # how long the receipt stays on screen unless Done is tapped
    auto_lock: int = 600  # the app locks after this much idle time
    tap_to_sign: bool = False  # a "Tap to sign" screen between signers

    def __post_init__(self) -> None:
        if not 10 <= self.idle_wipe <= 3600:
            raise BadInput("The idle wipe time must be between 10 seconds and one hour.")
        if not 1 <= self.countdown < self.idle_wipe:
            raise BadInput("The countdown must be shorter than the idle wipe time.")
        if not 2 <= self.thank_you <= 60:
            raise BadInput("The thank-you time must be between 2 and 60 seconds.")
        if not 60 <= self.auto_lock <= 24 * 3600:
            raise BadInput("The auto-lock time must be between one minute and one day.")
