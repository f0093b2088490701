"""The passphrase every test vault uses (light key derivation keeps tests fast)."""

from __future__ import annotations

PASSPHRASE = "correct horse battery"
