"""Campaign packs and device cards are built and read without any vault."""

from __future__ import annotations

import nacl.signing
import pyrage
import pytest

from stallapp.domain.petition import Petition
from stallapp.sealing.device_keys import DeviceKeys
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.pack_format import card_bytes, pack_bytes, read_card, read_pack


def _keys(coordinator: bool) -> DeviceKeys:
    identity = str(pyrage.x25519.Identity.generate()) if coordinator else None
    return DeviceKeys(nacl.signing.SigningKey.generate(), identity)


def test_pack_round_trip_and_tamper(sample_petition: Petition) -> None:
    keys = _keys(coordinator=True)
    assert keys.recipient is not None
    data = pack_bytes(
        keys,
        coordinator_id="0123456789abcdef",
        coordinator_name="Campaign office",
        recipients=[keys.recipient],
        recovery=keys.recipient,
        rehearsal=True,
        petitions=[sample_petition],
    )
    pack = read_pack(data)
    assert pack.coordinator_name == "Campaign office"
    assert pack.recipients == (keys.recipient,)
    assert pack.petitions[0].content_hash == sample_petition.content_hash
    assert pack.fingerprint == keys.fingerprint("coordinator")
    changed = data.replace(b"Campaign office", b"Campaign offics")
    with pytest.raises(Rejected):
        read_pack(changed)


def test_card_round_trip_and_tamper() -> None:
    keys = _keys(coordinator=False)
    data = card_bytes(keys, device_id="fedcba9876543210", device_name="Stall A", rehearsal=False)
    card = read_card(data)
    assert (card.device_id, card.device_name, card.rehearsal) == (
        "fedcba9876543210",
        "Stall A",
        False,
    )
    assert card.fingerprint == keys.fingerprint("stall")
    with pytest.raises(Rejected):
        read_card(data.replace(b"Stall A", b"Stall B"))
