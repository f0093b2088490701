"""The Qt-free services behind the vault-tool dialogs: their refusals change nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput, WrongPassphrase
from stallapp.services.campaign_pack import enroll, export_card, read_card
from stallapp.services.capture import CaptureService
from stallapp.services.device_revocation import DeviceRevocation, NameMismatch
from stallapp.services.practice_vault import PracticeVaults, practice_root
from stallapp.services.recovery import read_identity, recover_vault
from stallapp.services.vault_keys import VaultKeys, WrongCurrentPassphrase
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

NEW = "lantern orchard pebble swift"


def test_passphrase_change_refusals(stall_vault: Vault) -> None:
    keys = VaultKeys(stall_vault)
    before = (stall_vault.folder / "vault.key").read_bytes()
    with pytest.raises(WrongCurrentPassphrase):
        keys.change_passphrase("wrong passphrase", NEW)
    with pytest.raises(BadInput, match="same as the current"):
        keys.change_passphrase(PASSPHRASE, PASSPHRASE)
    with pytest.raises(BadInput, match="at least"):
        keys.change_passphrase(PASSPHRASE, "short")
    assert (stall_vault.folder / "vault.key").read_bytes() == before
    keys.change_passphrase(PASSPHRASE, NEW)
    Vault.unlock(stall_vault.folder, NEW).lock()


def test_a_stall_has_no_recovery_identity_to_export(stall_vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "key.txt"
    with pytest.raises(BadInput, match="coordinator"):
        VaultKeys(stall_vault).export_recovery_identity(out)
    assert not out.exists()
    assert not VaultKeys(stall_vault).recovery().is_set


def test_recovery_identity_file_and_recovery(coordinator: Vault, tmp_path: Path) -> None:
    out = tmp_path / "key.txt"
    VaultKeys(coordinator).export_recovery_identity(out)
    assert VaultKeys(coordinator).recovery().is_set
    with pytest.raises(BadInput, match="could not be read"):
        read_identity(tmp_path / "missing.txt")
    identity = read_identity(out)
    folder = coordinator.folder
    coordinator.lock()
    with pytest.raises(BadInput, match="at least"):
        recover_vault(folder, identity, "short")
    session = recover_vault(folder, identity, NEW)
    assert session.role == "coordinator"
    session.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    Vault.unlock(folder, NEW).lock()


def test_revocation_needs_the_name(coordinator: Vault, stall_vault: Vault) -> None:
    enroll(coordinator, read_card(export_card(stall_vault)))
    revocation = DeviceRevocation(coordinator)
    [device] = revocation.active()
    for typed in ("", "   ", device.name + "x"):
        with pytest.raises(NameMismatch):
            revocation.revoke(device.device_id, typed)
    assert len(revocation.active()) == 1
    with pytest.raises(BadInput, match="not enrolled"):
        revocation.revoke("no-such-device", device.name)
    revocation.revoke(device.device_id, device.name.upper())
    assert revocation.active() == []
    with pytest.raises(BadInput, match="coordinator"):
        DeviceRevocation(stall_vault).active()


def test_practice_vaults_refuse_bad_input_and_never_share_a_folder(tmp_path: Path) -> None:
    practice = PracticeVaults(tmp_path / "data", cost=KdfCost.light())
    with pytest.raises(BadInput):
        practice.create("short", 5)
    with pytest.raises(BadInput):
        practice.create(NEW, 100_000)
    assert not practice_root(tmp_path / "data").exists()
    seen: list[tuple[int, int]] = []
    moment = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    first = practice.create(NEW, 120, lambda d, t: seen.append((d, t)), now=lambda: moment)
    second = practice.create(NEW, 0, now=lambda: moment)
    assert first.folder != second.folder
    assert seen[0] == (0, 120) and seen[-1] == (120, 120)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    for made, count in ((first, 120), (second, 0)):
        vault = Vault.unlock(made.folder, NEW)
        try:
            assert vault.rehearsal
            assert CaptureService(vault).count() == count
        finally:
            vault.lock()
