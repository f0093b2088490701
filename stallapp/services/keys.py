"""This device's keys, kept inside the encrypted vault and made on first use.

The keys themselves and their fingerprints are a pure format (sealing/device_keys.py);
their names stay importable from here.
"""

from __future__ import annotations

import nacl.signing
import pyrage

from stallapp.domain.errors import BadInput
from stallapp.sealing.device_keys import (
    DeviceKeys,
    b64,
    coordinator_fingerprint,
    device_fingerprint,
    recipient_fingerprint,
)
from stallapp.storage import audit
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault

__all__ = [
    "DeviceKeys",
    "b64",
    "coordinator_fingerprint",
    "device_fingerprint",
    "load_keys",
    "recipient_fingerprint",
    "record_identity_exported",
    "require_coordinator",
    "require_stall",
]


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
