"""Campaign packs (coordinator to stall) and device cards (stall to coordinator).

Both are signed envelopes (see envelope.py) in plain sight: they hold public keys and the
public petition wording, nothing personal. Trust comes from comparing the fingerprint in
person; the signature then proves that nothing in the file was changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.petition import Petition, petition_from_dict
from stallapp.domain.signer import utc_now
from stallapp.sealing import fingerprint as fp
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
from stallapp.services.keys import (
    coordinator_fingerprint,
    device_fingerprint,
    load_keys,
    require_coordinator,
    require_stall,
)
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault

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


def export_pack(
    vault: Vault,
    *,
    also: tuple[str, ...] = (),
    recovery: str | None = None,
) -> bytes:
    """The coordinator's signed campaign pack with every petition in its vault."""
    require_coordinator(vault)
    keys = load_keys(vault)
    if keys.recipient is None:
        raise BadInput("This coordinator vault has no age identity.")
    recipients = [keys.recipient]
    for extra in also:
        _check_recipient(extra)
        if extra not in recipients:
            recipients.append(extra)
    if recovery is not None:
        _check_recipient(recovery)
    petitions = petition_store.all_current(vault.conn)
    if not petitions:
        raise BadInput("Add the petition first (stallapp petition add FILE).")
    doc = {
        "format": PACK_KIND,
        "version": 1,
        "coordinator_id": vault.device_id,
        "coordinator_name": vault.device_name[:60],
        "signing_key": keys.public_b64,
        "recipients": recipients,
        "recovery_recipient": recovery or keys.recipient,
        "rehearsal": vault.rehearsal,
        "created_at": utc_now(),
        "petitions": [p.to_dict() for p in petitions],
    }
    data = seal(PACK_KIND, vault.device_id, keys.signing, doc)
    with vault.transaction() as tx:
        audit.append(tx, "pack_exported", count=len(recipients))
    return data


def _check_recipient(recipient: str) -> None:
    import pyrage

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


def install_pack(vault: Vault, pack: Pack) -> None:
    """Trust this coordinator on a stall: petitions, recipients and the recovery key."""
    require_stall(vault)
    if pack.rehearsal != vault.rehearsal:
        if pack.rehearsal:
            raise Rejected("This is a rehearsal campaign pack; it does not go into a real vault.")
        raise Rejected("This is a real campaign pack; it does not go into a rehearsal vault.")
    with vault.transaction() as tx:
        for petition in pack.petitions:
            if petition_store.save(tx, petition):
                audit.append(
                    tx,
                    "petition_added",
                    petition_id=petition.id,
                    content_hash=petition.content_hash,
                )
        store.save_pack(
            tx,
            store.PackRow(
                pack.signing_key,
                pack.fingerprint,
                pack.coordinator_name,
                pack.recipients,
                pack.recovery_recipient,
            ),
        )
        audit.append(tx, "pack_imported", coordinator_id=pack.coordinator_id)
    vault.set_recovery_recipient(pack.recovery_recipient)


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


def export_card(vault: Vault) -> bytes:
    require_stall(vault)
    keys = load_keys(vault)
    doc = {
        "format": CARD_KIND,
        "version": 1,
        "device_id": vault.device_id,
        "device_name": vault.device_name[:60],
        "signing_key": keys.public_b64,
        "rehearsal": vault.rehearsal,
        "created_at": utc_now(),
    }
    return seal(CARD_KIND, vault.device_id, keys.signing, doc)


def read_card(data: bytes) -> DeviceCard:
    doc = _open(data, CARD_KIND, "device card", _CARD)
    return DeviceCard(doc["device_id"], doc["device_name"], doc["signing_key"], doc["rehearsal"])


def enroll(vault: Vault, card: DeviceCard) -> bool:
    """Enrol a stall device on a coordinator. False if it was enrolled already."""
    require_coordinator(vault)
    if card.rehearsal != vault.rehearsal:
        raise Rejected("A rehearsal device and a real vault do not mix (or the other way round).")
    with vault.transaction() as tx:
        known = store.device(tx, card.device_id)
        if known is not None:
            if known.signing_key != card.signing_key:
                raise Rejected("A different device with this id is enrolled already; refused.")
            if known.revoked:
                raise Rejected("This device was revoked; it cannot be enrolled again.")
            return False
        store.enroll(
            tx,
            store.DeviceRow(
                card.device_id,
                card.device_name,
                card.signing_key,
                card.fingerprint,
                card.rehearsal,
                False,
            ),
        )
        audit.append(tx, "device_enrolled", device_id=card.device_id)
    return True


def revoke(vault: Vault, device_id: str) -> None:
    require_coordinator(vault)
    with vault.transaction() as tx:
        if store.device(tx, device_id) is None:
            raise BadInput("There is no enrolled device with that id.")
        if not store.revoke(tx, device_id):
            raise BadInput("That device was revoked already.")
        audit.append(tx, "device_revoked", device_id=device_id)


def enrolled_devices(vault: Vault) -> list[store.DeviceRow]:
    """The stall devices enrolled on this coordinator, revoked ones included."""
    return store.devices(vault.conn)


def installed_packs(vault: Vault) -> list[store.PackRow]:
    """The campaign packs this stall trusts, oldest first."""
    return store.packs(vault.conn)
