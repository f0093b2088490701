"""Campaign packs and device cards over the vault: export, install, enrol, revoke.

The formats themselves (building, reading, checking a fingerprint) are in
sealing/pack_format.py; their names stay importable from here.
"""

from __future__ import annotations

from stallapp.domain.errors import BadInput
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.pack_format import (
    CARD_KIND,
    MAX_FILE,
    PACK_KIND,
    DeviceCard,
    Pack,
    card_bytes,
    check_fingerprint,
    check_recipient,
    pack_bytes,
    read_card,
    read_pack,
)
from stallapp.services.keys import load_keys, require_coordinator, require_stall
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault

__all__ = [
    "CARD_KIND",
    "MAX_FILE",
    "PACK_KIND",
    "DeviceCard",
    "Pack",
    "check_fingerprint",
    "enroll",
    "enrolled_devices",
    "export_card",
    "export_pack",
    "install_pack",
    "installed_packs",
    "read_card",
    "read_pack",
    "revoke",
]


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
        check_recipient(extra)
        if extra not in recipients:
            recipients.append(extra)
    if recovery is not None:
        check_recipient(recovery)
    petitions = petition_store.all_current(vault.conn)
    if not petitions:
        raise BadInput("Add the petition first (stallapp petition add FILE).")
    data = pack_bytes(
        keys,
        coordinator_id=vault.device_id,
        coordinator_name=vault.device_name,
        recipients=recipients,
        recovery=recovery or keys.recipient,
        rehearsal=vault.rehearsal,
        petitions=petitions,
    )
    with vault.transaction() as tx:
        audit.append(tx, "pack_exported", count=len(recipients))
    return data


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


def export_card(vault: Vault) -> bytes:
    require_stall(vault)
    return card_bytes(
        load_keys(vault),
        device_id=vault.device_id,
        device_name=vault.device_name,
        rehearsal=vault.rehearsal,
    )


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
