"""Campaign packs and device cards: fingerprints, tampering, backup coordinators, recovery."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import qr
from stallapp.sealing import fingerprint as fp
from stallapp.sealing.envelope import Rejected, expand
from stallapp.sealing.opening import decrypt
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, Importer
from stallapp.services.campaign_pack import (
    check_fingerprint,
    export_card,
    export_pack,
    install_pack,
    read_card,
    read_pack,
)
from stallapp.services.keys import load_keys
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_fingerprint_shape_and_normalising() -> None:
    code = fp.fingerprint("stallapp-device", b"k" * 32)
    assert len(code) == 29 and code.replace(" ", "").isdigit()
    assert fp.normalise(code.replace(" ", "-")) == code
    assert fp.normalise("12 34") is None
    assert fp.fingerprint("stallapp-device", b"j" * 32) != code
    assert fp.fingerprint("stallapp-coordinator", b"k" * 32) != code
    matrix = qr.matrix(fp.qr_text(code))
    assert len(matrix) == len(matrix[0]) and any(any(row) for row in matrix)


def test_keys_persist_and_fingerprint_is_stable(coordinator: Vault, tmp_path: Path) -> None:
    first = load_keys(coordinator)
    again = load_keys(coordinator)
    assert first.public_b64 == again.public_b64 and first.recipient == again.recipient
    assert first.recipient is not None and first.recipient.startswith("age1")


def test_every_byte_change_of_a_pack_is_refused(coordinator: Vault) -> None:
    data = export_pack(coordinator)
    pack = read_pack(data)
    assert pack.fingerprint == load_keys(coordinator).fingerprint("coordinator")
    for i in range(0, len(data), 7):
        changed = bytearray(data)
        changed[i] ^= 0x01
        with pytest.raises(Rejected):
            read_pack(bytes(changed))
    with pytest.raises(Rejected):
        read_pack(data[:-1])
    with pytest.raises(Rejected):
        read_card(data)  # a pack is not a device card


def test_wrong_fingerprint_is_refused(coordinator: Vault) -> None:
    pack = read_pack(export_pack(coordinator))
    check_fingerprint(pack.fingerprint.replace(" ", ""), pack.fingerprint)
    with pytest.raises(Rejected):
        check_fingerprint("1111 1111 1111 1111 1111 1111", pack.fingerprint)
    with pytest.raises(BadInput):
        check_fingerprint("not digits", pack.fingerprint)


def test_backup_coordinator_and_recovery_key(
    coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    backup = pyrage.x25519.Identity.generate()
    recovery = pyrage.x25519.Identity.generate()
    data = export_pack(
        coordinator, also=(str(backup.to_public()),), recovery=str(recovery.to_public())
    )
    stall = Vault.create(tmp_path / "stall", PASSPHRASE, role="stall", cost=KdfCost.light())
    try:
        install_pack(stall, read_pack(data))
        assert stall.recovery_recipients == [str(recovery.to_public())]
        from stallapp.services.capture import CaptureService

        capture = CaptureService(stall)
        event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
        capture.record(
            sample_petition.id,
            event.id,
            name="Ada Chan",
            postcode="LS1 6HP",
            address="1 Mill Road",
            consent=True,
        )
        done = export_batch(stall, tmp_path)
        assert done is not None
        sealed = done.path.read_bytes()
        # Both the coordinator and the backup coordinator can open it.
        assert expand(decrypt(sealed, str(backup)), 1 << 28, "batch").startswith(
            b"stallapp-batch 1 "
        )
        from stallapp.services.campaign_pack import enroll

        enroll(coordinator, read_card(export_card(stall)))
        assert Importer(coordinator).import_bytes(sealed).status == IMPORTED
    finally:
        stall.lock()
    reopened = Vault.recover(tmp_path / "stall", str(recovery), "a brand new passphrase")
    reopened.lock()


def test_bad_recipient_is_refused(coordinator: Vault) -> None:
    with pytest.raises(BadInput):
        export_pack(coordinator, also=("age1notarecipient",))


def test_pack_on_coordinator_and_card_on_coordinator_refused(coordinator: Vault) -> None:
    with pytest.raises(BadInput):
        install_pack(coordinator, read_pack(export_pack(coordinator)))
    with pytest.raises(BadInput):
        export_card(coordinator)


def test_backup_coordinator_vault_imports_the_same_batch(
    coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    from stallapp.services.campaign_pack import enroll
    from stallapp.services.capture import CaptureService

    backup = Vault.create(tmp_path / "backup", PASSPHRASE, role="coordinator", cost=KdfCost.light())
    stall = Vault.create(tmp_path / "stall", PASSPHRASE, role="stall", cost=KdfCost.light())
    try:
        backup_recipient = load_keys(backup).recipient
        assert backup_recipient is not None
        install_pack(stall, read_pack(export_pack(coordinator, also=(backup_recipient,))))
        capture = CaptureService(stall)
        event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
        capture.record(
            sample_petition.id,
            event.id,
            name="Ada Chan",
            postcode="LS1 6HP",
            address="1 Mill Road",
            consent=True,
        )
        done = export_batch(stall, tmp_path)
        assert done is not None
        for vault in (coordinator, backup):
            enroll(vault, read_card(export_card(stall)))
            assert Importer(vault).import_file(done.path).status == IMPORTED
    finally:
        backup.lock()
        stall.lock()
