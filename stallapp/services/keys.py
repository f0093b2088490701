"""This device's keys, kept inside the encrypted vault.

Every device has an Ed25519 signing key (it signs batches, device cards and packs).
A coordinator also has an age X25519 identity: stalls encrypt batches to its recipient.
Keys are made on first use.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import nacl.signing
import pyrage

from stallapp.domain.errors import BadInput
from stallapp.sealing.fingerprint import fingerprint
from stallapp.storage import audit
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault


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


def load_keys(vault: Vault) -> DeviceKeys:
    """This device's keys, created (and audit-logged) the first time they are needed."""
    with vault.transaction() as tx:
        signing = store.get_key(tx, "ed25519")
        made = False
        if signing is None:
            key = nacl.signing.SigningKey.generate()
            signing = (bytes(key).hex(), b64(bytes(key.verify_key)))
            store.put_key(tx, "ed25519", *signing)
            made = True
        identity = store.get_key(tx, "age")
        if identity is None and vault.role == "coordinator":
            ident = pyrage.x25519.Identity.generate()
            identity = (str(ident), str(ident.to_public()))
            store.put_key(tx, "age", *identity)
            made = True
        if made:
            audit.append(tx, "keys_created", role=vault.role)
    return DeviceKeys(
        nacl.signing.SigningKey(bytes.fromhex(signing[0])),
        None if identity is None else identity[0],
    )


def record_identity_exported(vault: Vault) -> None:
    """Note in the audit log that the coordinator's secret age identity left the vault."""
    with vault.transaction() as tx:
        audit.append(tx, "identity_exported")


def require_coordinator(vault: Vault) -> None:
    if vault.role != "coordinator":
        raise BadInput("This needs a coordinator vault; this one is a stall vault.")


def require_stall(vault: Vault) -> None:
    if vault.role != "stall":
        raise BadInput("This needs a stall vault; this one is a coordinator vault.")
