"""Coordinator side: decrypt a sealed batch and verify everything before anything is written.

Order matters for speed and safety: size cap, age header, decryption (authenticated),
unpacking the compressed stream (gzip in version 3, xz in 2; capped at the same size), the
envelope shape, the sender's enrolment, the Ed25519 signature, and only then JSON parsing
and the strict schema. Every failure is a `Rejected` with one readable line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pyrage

from stallapp.sealing import document
from stallapp.sealing.document import BatchContent
from stallapp.sealing.envelope import (
    CANNOT_OPEN,
    DEVICE_MISMATCH,
    NOT_FOR_US,
    NOT_SEALED,
    REAL_INTO_REHEARSAL,
    REHEARSAL_INTO_REAL,
    REVOKED_DEVICE,
    TOO_LARGE,
    UNKNOWN_DEVICE,
    Rejected,
    expand,
    split,
    strict_json,
)

MAX_BATCH_BYTES = 256 * 1024 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"


class EnrolledDevice(Protocol):
    """What opening a batch needs to know of the sending device (the coordinator's record
    of its enrolment; the service passes its stored rows in)."""

    @property
    def name(self) -> str: ...

    @property
    def signing_key(self) -> str: ...

    @property
    def rehearsal(self) -> bool: ...

    @property
    def revoked(self) -> bool: ...


@dataclass(frozen=True)
class OpenedBatch:
    content: BatchContent
    doc_hash: str
    device: EnrolledDevice


def decrypt(data: bytes, identity: str) -> bytes:
    if len(data) > MAX_BATCH_BYTES:
        raise Rejected("The file is too large to be a stallapp batch.", TOO_LARGE)
    if not (data.startswith(AGE_MAGIC) or data.startswith(AGE_ARMOR)):
        raise Rejected("This file is not a sealed stallapp batch.", NOT_SEALED)
    try:
        ident = pyrage.x25519.Identity.from_str(identity)
        plaintext = pyrage.decrypt(data, [ident])
    except Exception:  # pyrage raises DecryptError and others for damaged input
        raise Rejected(
            "The batch cannot be opened: it is damaged, or it was sealed for another coordinator.",
            CANNOT_OPEN,
        ) from None
    return bytes(plaintext)


def open_batch(
    data: bytes,
    identity: str,
    my_fingerprints: set[str],
    find_device: Callable[[str], EnrolledDevice | None],
    rehearsal: bool,
) -> OpenedBatch:
    return open_decrypted(decrypt(data, identity), my_fingerprints, find_device, rehearsal)


def open_decrypted(
    payload: bytes,
    my_fingerprints: set[str],
    find_device: Callable[[str], EnrolledDevice | None],
    rehearsal: bool,
) -> OpenedBatch:
    """Everything after decryption: what a worker process may do without the age identity
    (services/open_worker.py), with the same checks in the same order."""
    plaintext = expand(payload, MAX_BATCH_BYTES, document.WHAT)
    env = split(plaintext, document.KIND, document.WHAT)
    device = find_device(env.signer_id)
    if device is None:
        raise Rejected(
            f"The batch comes from device {env.signer_id}, which is not enrolled here. "
            "Enrol it first (stallapp device enroll), after checking its fingerprint.",
            UNKNOWN_DEVICE,
        )
    if device.revoked:
        raise Rejected(
            f"The batch comes from device {env.signer_id}, which was revoked.", REVOKED_DEVICE
        )
    env.verify(device.signing_key, document.WHAT)
    doc = strict_json(env.body, document.WHAT)
    content = document.parse_document(doc)
    if content.device_id != env.signer_id or content.device_key != device.signing_key:
        raise Rejected("The batch's device does not match its signature.", DEVICE_MISMATCH)
    if content.rehearsal != rehearsal or device.rehearsal != rehearsal:
        if content.rehearsal:
            raise Rejected(
                "This is a rehearsal batch; it never enters a real vault.", REHEARSAL_INTO_REAL
            )
        raise Rejected(
            "This is a real batch; it does not go into a rehearsal vault.", REAL_INTO_REHEARSAL
        )
    if not my_fingerprints.intersection(content.recipients):
        raise Rejected("The batch was not sealed for this coordinator.", NOT_FOR_US)
    return OpenedBatch(content, hashlib.sha256(env.body).hexdigest(), device)
