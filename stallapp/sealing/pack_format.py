"""Campaign packs (coordinator to stall) and device cards (stall to coordinator): the format.

Both are signed envelopes (see envelope.py) in plain sight: they hold public keys and the
public petition wording, nothing personal. Trust comes from comparing the fingerprint in
person; the signature then proves that nothing in the file was changed since. Building and
reading them needs no vault; services/campaign_pack.py installs and enrols them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyrage

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.petition import Petition, petition_from_dict
from stallapp.domain.signer import utc_now
from stallapp.sealing import fingerprint as fp
from stallapp.sealing.device_keys import DeviceKeys, coordinator_fingerprint, device_fingerprint
from stallapp.sealing.envelope import Rejected, seal, split, strict_json
from stallapp.sealing.schema import (
    B64KEY,
    HEX16,
    RECIPIENT,
    STAMP,
    any_object,
    boolean,
    const,
    list_of,
    obj,
    text,
    validate,
)

PACK_KIND = "stallapp-pack"
CARD_KIND = "stallapp-device"
MAX_FILE = 4 * 1024 * 1024

_PACK = obj(
    {
        "format": const(PACK_KIND),
        "version": const(1),
        "coordinator_id": text(16, HEX16),
        "coordinator_name": text(60),
        "signing_key": text(44, B64KEY),
        "recipients": list_of(text(62, RECIPIENT), 8, 1),
        "recovery_recipient": text(62, RECIPIENT),
        "rehearsal": boolean(),
        "created_at": text(40, STAMP),
        "petitions": list_of(any_object(), 20, 1),
    }
)
_CARD = obj(
    {
        "format": const(CARD_KIND),
        "version": const(1),
        "device_id": text(16, HEX16),
        "device_name": text(60),
        "signing_key": text(44, B64KEY),
        "rehearsal": boolean(),
        "created_at": text(40, STAMP),
    }
)


def _open(data: bytes, kind: str, what: str, schema: Any) -> dict[str, Any]:
    if len(data) > MAX_FILE:
        raise Rejected(f"The file is too large to be a {what}.")
    env = split(data, kind, what)
    doc = strict_json(env.body, what)
    validate(schema, doc, what)
    if doc.get("coordinator_id", doc.get("device_id")) != env.signer_id:
        raise Rejected(f"The {what} is damaged (its sender does not match).")
    env.verify(doc["signing_key"], what)
    return dict(doc)


# -- campaign pack ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pack:
    coordinator_id: str
    coordinator_name: str
    signing_key: str
    recipients: tuple[str, ...]
    recovery_recipient: str
    rehearsal: bool
    petitions: tuple[Petition, ...]

    @property
    def fingerprint(self) -> str:
        return coordinator_fingerprint(self.signing_key)


def pack_bytes(
    keys: DeviceKeys,
    *,
    coordinator_id: str,
    coordinator_name: str,
    recipients: Sequence[str],
    recovery: str,
    rehearsal: bool,
    petitions: Sequence[Petition],
) -> bytes:
    """A coordinator's signed campaign pack."""
    doc = {
        "format": PACK_KIND,
        "version": 1,
        "coordinator_id": coordinator_id,
        "coordinator_name": coordinator_name[:60],
        "signing_key": keys.public_b64,
        "recipients": list(recipients),
        "recovery_recipient": recovery,
        "rehearsal": rehearsal,
        "created_at": utc_now(),
        "petitions": [p.to_dict() for p in petitions],
    }
    return seal(PACK_KIND, coordinator_id, keys.signing, doc)


def check_recipient(recipient: str) -> None:
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:
        raise BadInput("That is not a valid age recipient (age1...).") from None


def read_pack(data: bytes) -> Pack:
    doc = _open(data, PACK_KIND, "campaign pack", _PACK)
    try:
        petitions = tuple(petition_from_dict(p) for p in doc["petitions"])
    except (StallappError, ValueError, TypeError, KeyError, AttributeError):
        raise Rejected("The campaign pack holds a petition definition that is not valid.") from None
    return Pack(
        coordinator_id=doc["coordinator_id"],
        coordinator_name=doc["coordinator_name"],
        signing_key=doc["signing_key"],
        recipients=tuple(doc["recipients"]),
        recovery_recipient=doc["recovery_recipient"],
        rehearsal=doc["rehearsal"],
        petitions=petitions,
    )


def check_fingerprint(expected: str, actual: str) -> None:
    norm = fp.normalise(expected)
    if norm is None:
        raise BadInput("A fingerprint is 24 digits, like 0412 9981 3307 6620 1873 5544.")
    if norm != actual:
        raise Rejected("The fingerprint does not match. Nothing was imported: check in person.")


# -- device card -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    device_name: str
    signing_key: str
    rehearsal: bool

    @property
    def fingerprint(self) -> str:
        return device_fingerprint(self.signing_key)


def card_bytes(keys: DeviceKeys, *, device_id: str, device_name: str, rehearsal: bool) -> bytes:
    """A stall device's signed card, for a coordinator to enrol it."""
    doc = {
        "format": CARD_KIND,
        "version": 1,
        "device_id": device_id,
        "device_name": device_name[:60],
        "signing_key": keys.public_b64,
        "rehearsal": rehearsal,
        "created_at": utc_now(),
    }
    return seal(CARD_KIND, device_id, keys.signing, doc)


def read_card(data: bytes) -> DeviceCard:
    doc = _open(data, CARD_KIND, "device card", _CARD)
    return DeviceCard(doc["device_id"], doc["device_name"], doc["signing_key"], doc["rehearsal"])
