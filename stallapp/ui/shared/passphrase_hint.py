"""A rough passphrase strength estimate for the hint under the new-passphrase field."""

from __future__ import annotations

import math

_COMMON = {"password", "passw0rd", "12345678", "123456789", "qwertyui", "iloveyou", "hongkong"}


def strength(passphrase: str) -> int:
    """0 (unusable) to 4 (strong), from length, character variety and obvious patterns."""
    text = passphrase.strip()
    if len(text) < 8 or text.lower() in _COMMON or len(set(text)) <= 2:
        return 0
    pools = 0
    pools += 26 if any(c.islower() for c in text) else 0
    pools += 26 if any(c.isupper() for c in text) else 0
    pools += 10 if any(c.isdigit() for c in text) else 0
    pools += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pools += 100 if any(not c.isascii() for c in text) else 0
    bits = len(text) * math.log2(max(pools, 2))
    words = len(text.split())
    if words >= 4:
        bits = max(bits, 44.0)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
