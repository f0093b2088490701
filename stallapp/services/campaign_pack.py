"""Campaign packs and device cards over the vault: export, install, enrol, revoke.

The formats themselves (building, reading, checking a fingerprint) are in
sealing/pack_format.py; their names stay importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from stallapp.services.batch_export import pending
from stallapp.services.keys import (
    load_keys,
    recipient_fingerprint,
    require_coordinator,
    require_stall,
)
from stallapp.storage import audit, provenance
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.connection import Connection
from stallapp.storage.keyfile import KeyFile
from stallapp.storage.vault import KEY_NAME, Vault

__all__ = [
    "CARD_KIND",
    "MAX_FILE",
    "PACK_KIND",
    "CoordinatorKey",
    "DeviceCard",
    "OtherCampaign",
    "Pack",
    "campaign_keys",
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
    "switch_campaign",
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


class OtherCampaign(Rejected):
    """A pack signed by a coordinator key this stall does not trust (another campaign)."""

    def __init__(self, trusted: str, offered: str) -> None:
        super().__init__(
            f"This campaign pack is signed by another coordinator key ({offered}) than the "
            f"campaign this stall belongs to ({trusted}). Nothing was imported. Only switch "
            "campaign if your coordinator asked you to, in person."
        )
        self.trusted = trusted
        self.offered = offered


def install_pack(vault: Vault, pack: Pack) -> None:
    """Trust this coordinator on a stall: petitions, recipients and the recovery key.

    A stall belongs to one campaign: the first pack sets its coordinator key; later packs
    must be signed by that key (they may add a backup coordinator's recipient, or rotate
    the recipients and the recovery key). A pack from any other key is refused here; see
    switch_campaign for the deliberate move to another campaign.
    """
    require_stall(vault)
    _check_rehearsal(vault, pack)
    trusted = store.packs(vault.conn)
    if trusted and pack.signing_key not in {p.signing_key for p in trusted}:
        raise OtherCampaign(trusted[0].fingerprint, pack.fingerprint)
    with vault.transaction() as tx:
        _save(tx, pack)
        audit.append(tx, "pack_imported", coordinator_id=pack.coordinator_id)
    _replace_recovery(vault, {p.recovery for p in trusted}, pack.recovery_recipient)


def switch_campaign(vault: Vault, pack: Pack, passphrase: str) -> None:
    """Move this stall to another campaign: the volunteer's passphrase is asked again, the
    old coordinator keys are dropped, batches go only to the new recipients, the old
    recovery entry leaves vault.key. Refused while signatures wait to be exported, since
    their signers were told who would receive them."""
    require_stall(vault)
    _check_rehearsal(vault, pack)
    KeyFile.load(vault.folder / KEY_NAME).open(passphrase)  # WrongPassphrase if not
    trusted = store.packs(vault.conn)
    if not trusted:
        raise BadInput("This stall has no campaign yet: import the pack instead.")
    if pack.signing_key in {p.signing_key for p in trusted}:
        raise BadInput("This pack is from the campaign this stall belongs to already.")
    if provenance.unexported_count(vault.conn) or pending(vault) is not None:
        raise BadInput(
            "Some signatures are not yet in a batch on a stick. Export them for the current "
            "campaign first; nothing was changed."
        )
    with vault.transaction() as tx:
        store.forget_packs(tx)
        _save(tx, pack)
        audit.append(
            tx,
            "campaign_switched",
            old_key_id=trusted[0].fingerprint.replace(" ", ""),
            new_key_id=pack.fingerprint.replace(" ", ""),
            coordinator_id=pack.coordinator_id,
        )
    _replace_recovery(vault, {p.recovery for p in trusted}, pack.recovery_recipient)


def _check_rehearsal(vault: Vault, pack: Pack) -> None:
    if pack.rehearsal != vault.rehearsal:
        if pack.rehearsal:
            raise Rejected("This is a rehearsal campaign pack; it does not go into a real vault.")
        raise Rejected("This is a real campaign pack; it does not go into a rehearsal vault.")


def _save(tx: Connection, pack: Pack) -> None:
    for petition in pack.petitions:
        if petition_store.save(tx, petition):
            audit.append(
                tx, "petition_added", petition_id=petition.id, content_hash=petition.content_hash
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


def _replace_recovery(vault: Vault, old: set[str], new: str) -> None:
    """The campaign's recovery key becomes `new`; the `old` ones leave vault.key."""
    vault.replace_recovery_recipients(new, old)


@dataclass(frozen=True)
class CoordinatorKey:
    """One key of the campaign a stall belongs to, as shown to the volunteer."""

    kind: str  # "signing" (signs packs), "recipient" (opens batches), "recovery"
    coordinator: str
    fingerprint: str


def campaign_keys(vault: Vault) -> list[CoordinatorKey]:
    """The keys of this stall's campaign, with fingerprints (no secret, nothing personal)."""
    out: list[CoordinatorKey] = []
    for p in store.packs(vault.conn):
        out.append(CoordinatorKey("signing", p.coordinator, p.fingerprint))
        for r in p.recipients:
            out.append(CoordinatorKey("recipient", p.coordinator, recipient_fingerprint(r)))
        out.append(CoordinatorKey("recovery", p.coordinator, recipient_fingerprint(p.recovery)))
    return out


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
