"""A device's keys as the sealed formats use them, and the fingerprints people compare.

Every device has an Ed25519 signing key (it signs batches, device cards and packs).
A coordinator also has an age X25519 identity: stalls encrypt batches to its recipient.
services/keys.py keeps them in the vault and makes them on first use.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import nacl.signing
import pyrage

from stallapp.sealing.fingerprint import fingerprint


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def device_fingerprint(signing_key_b64: str) -> str:
    return fingerprint("stallapp-device", base64.b64decode(signing_key_b64))


def coordinator_fingerprint(signing_key_b64: str) -> str:
    return fingerprint("stallapp-coordinator", base64.b64decode(signing_key_b64))


def recipient_fingerprint(recipient: str) -> str:
    return fingerprint("stallapp-recipient", recipient.encode("ascii"))


@dataclass(frozen=True)
class DeviceKeys:
    signing: nacl.signing.SigningKey
    age_identity: str | None

    @property
    def public_b64(self) -> str:
        return b64(bytes(self.signing.verify_key))

    @property
    def recipient(self) -> str | None:
        if self.age_identity is None:
            return None
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def fingerprint(self, role: str) -> str:
        if role == "coordinator":
            return coordinator_fingerprint(self.public_b64)
        return device_fingerprint(self.public_b64)
