"""Short, readable fingerprints of public keys, compared in person (like safety numbers).

A fingerprint is SHA-256 over a label and the key, read as a number and shown as six
groups of four digits (about 80 bits), e.g. "0412 9981 3307 6620 1873 5544".
"""

from __future__ import annotations

import hashlib
import re

GROUPS = 6
_DIGITS = GROUPS * 4
_CODE_RE = re.compile(r"^\d{24}$")


def fingerprint(label: str, *parts: bytes) -> str:
    digest = hashlib.sha256(label.encode("ascii") + b"\x00" + b"\x00".join(parts)).digest()
    number = int.from_bytes(digest[:10], "big") % (10**_DIGITS)
    text = f"{number:0{_DIGITS}d}"
    return " ".join(text[i : i + 4] for i in range(0, _DIGITS, 4))


def normalise(code: str) -> str | None:
    """Accept a fingerprint typed with any spacing or dashes; None if it is not one."""
    digits = re.sub(r"[\s-]", "", code or "")
    if not _CODE_RE.match(digits):
        return None
    return " ".join(digits[i : i + 4] for i in range(0, _DIGITS, 4))


def qr_text(code: str) -> str:
    """What the fingerprint's QR code holds (drawn by printing.qr, on paper, screen or terminal)."""
    return "stallapp-fingerprint:" + code.replace(" ", "")
