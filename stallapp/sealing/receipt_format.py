"""Import receipts (coordinator to stall): the format.

A receipt is a signed envelope (see envelope.py) in plain sight, made by a coordinator for
one stall device. It names the batches of that device the coordinator imported (batch id,
sequence number, SHA-256 of the batch document) and nothing personal. The stall accepts it
only if it is signed by a coordinator key its campaign pack made it trust; reading it here
checks the shape, the signer and the signature; services/receipt_confirm.py checks it
against the stall's own batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from stallapp.domain.signer import utc_now
from stallapp.sealing.device_keys import DeviceKeys, coordinator_fingerprint
from stallapp.sealing.envelope import Rejected, seal, split, strict_json
from stallapp.sealing.schema import (
    B64KEY,
    HEX16,
    HEX32,
    HEX64,
    STAMP,
    boolean,
    const,
    integer,
    list_of,
    obj,
    text,
    validate,
)

RECEIPT_KIND = "stallapp-receipt"
SUFFIX = ".stallreceipt"
MAX_BATCHES = 100_000
MAX_RECEIPT = 16 * 1024 * 1024
WHAT = "import receipt"

_BATCH = obj(
    {
        "batch_id": text(32, HEX32),
        "sequence": integer(1, 2**31),
        "hash": text(64, HEX64),
    }
)
_RECEIPT = obj(
    {
        "format": const(RECEIPT_KIND),
        "version": const(1),
        "coordinator_id": text(16, HEX16),
        "signing_key": text(44, B64KEY),
        "device_id": text(16, HEX16),
        "rehearsal": boolean(),
        "created_at": text(40, STAMP),
        "batches": list_of(_BATCH, MAX_BATCHES, 1),
    }
)


@dataclass(frozen=True)
class ReceivedBatch:
    batch_id: str
    sequence: int
    hash: str


@dataclass(frozen=True)
class Receipt:
    coordinator_id: str
    signing_key: str
    device_id: str
    rehearsal: bool
    created_at: str
    batches: tuple[ReceivedBatch, ...]
    digest: str  # SHA-256 of the whole file: the same receipt confirmed twice is one

    @property
    def fingerprint(self) -> str:
        return coordinator_fingerprint(self.signing_key)


def receipt_bytes(
    keys: DeviceKeys,
    *,
    coordinator_id: str,
    device_id: str,
    rehearsal: bool,
    batches: Sequence[ReceivedBatch],
) -> bytes:
    """A coordinator's signed receipt for the batches of one stall device."""
    doc = {
        "format": RECEIPT_KIND,
        "version": 1,
        "coordinator_id": coordinator_id,
        "signing_key": keys.public_b64,
        "device_id": device_id,
        "rehearsal": rehearsal,
        "created_at": utc_now(),
        "batches": [
            {"batch_id": b.batch_id, "sequence": b.sequence, "hash": b.hash}
            for b in sorted(batches, key=lambda b: b.sequence)
        ],
    }
    return seal(RECEIPT_KIND, coordinator_id, keys.signing, doc)


class ForeignReceipt(Rejected):
    """A receipt signed by a key this stall's campaign does not trust."""

    def __init__(self, offered: str) -> None:
        super().__init__(
            f"This import receipt is signed by a coordinator key ({offered}) that this stall's "
            "campaign does not trust. Nothing was marked."
        )


def read_receipt(data: bytes, trusted_keys: Collection[str]) -> Receipt:
    """Check a receipt's shape, signer and signature against the trusted signing keys."""
    if len(data) > MAX_RECEIPT:
        raise Rejected(f"The file is too large to be an {WHAT}.")
    env = split(data, RECEIPT_KIND, WHAT)
    doc = strict_json(env.body, WHAT)
    validate(_RECEIPT, doc, WHAT)
    if doc["coordinator_id"] != env.signer_id:
        raise Rejected(f"The {WHAT} is damaged (its sender does not match).")
    if doc["signing_key"] not in trusted_keys:
        raise ForeignReceipt(coordinator_fingerprint(doc["signing_key"]))
    env.verify(doc["signing_key"], WHAT)
    batches = tuple(ReceivedBatch(b["batch_id"], b["sequence"], b["hash"]) for b in doc["batches"])
    sequences = [b.sequence for b in batches]
    if sequences != sorted(set(sequences)) or len({b.batch_id for b in batches}) != len(batches):
        raise Rejected(f"The {WHAT} is damaged (a batch is listed twice or out of order).")
    return Receipt(
        doc["coordinator_id"],
        doc["signing_key"],
        doc["device_id"],
        doc["rehearsal"],
        doc["created_at"],
        batches,
        hashlib.sha256(data).hexdigest(),
    )
