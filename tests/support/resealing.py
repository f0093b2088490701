"""Open a real sealed batch as its coordinator would, change its document, and seal it
again: signed with the stall's own key (or another key) and encrypted to the coordinator.

A batch changed this way passes decryption and, when signed with the stall's key, the
signature check too, so only the check a test is about can stop it. Everything goes
through the public formats (age, the signed envelope, the JSON document), never through
the exporter's internals, so the tests survive changes in how batches are built.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import nacl.signing

from stallapp.sealing.envelope import compress, expand, seal, split
from stallapp.sealing.opening import MAX_BATCH_BYTES, decrypt
from stallapp.services.keys import load_keys
from stallapp.storage.vault import Vault
from tests.support.mutations import make_encrypt

KIND = "stallapp-batch"
Doc = dict[str, Any]


def plaintext(coordinator: Vault, data: bytes) -> bytes:
    """The signed envelope inside a sealed batch (of either file version)."""
    identity = load_keys(coordinator).age_identity
    assert identity is not None
    return expand(decrypt(data, identity), MAX_BATCH_BYTES, "batch")


def document_of(coordinator: Vault, data: bytes) -> Doc:
    doc: Doc = json.loads(split(plaintext(coordinator, data), KIND, "batch").body)
    return doc


def encrypt_for(coordinator: Vault, envelope: bytes) -> bytes:
    """Sealed as the exporter seals today (file version 2: compressed, then age)."""
    recipient = load_keys(coordinator).recipient
    assert recipient is not None
    return make_encrypt(recipient)(compress(envelope))


def reseal(
    coordinator: Vault,
    stall: Vault,
    data: bytes,
    change: Callable[[Doc], None],
    *,
    key: nacl.signing.SigningKey | None = None,
) -> bytes:
    """The batch `data` with `change` applied to its document, signed again (with the
    stall's key unless `key` is given) under the stall's device id."""
    doc = document_of(coordinator, data)
    change(doc)
    signing = key if key is not None else load_keys(stall).signing
    return encrypt_for(coordinator, seal(KIND, stall.device_id, signing, doc))
