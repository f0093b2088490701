from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from pathlib import Path

import pyrage
import pytest

from stallapp.domain.errors import (
    BadInput,
    DamagedKeyFile,
    NotAVault,
    NoVault,
    VaultExists,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
)
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import DB_NAME, KEY_NAME, Vault

PASS = "correct horse battery"
LIGHT = KdfCost.light()


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make(folder: Path, **kw) -> Vault:  # type: ignore[no-untyped-def]
    return Vault.create(folder, PASS, role=kw.pop("role", "stall"), cost=LIGHT, **kw)


def test_create_unlock_lock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = make(folder, device_name="Coventry laptop")
    device = vault.device_id
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        _ = vault.conn
    again = Vault.unlock(folder, PASS)
    assert (again.device_id, again.role, again.device_name) == (device, "stall", "Coventry laptop")
    assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert again.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert again.integrity_problems() == []
    events = [e.event for e in audit.entries(again.conn)]
    assert events[:3] == ["created", "locked", "unlocked"]
    again.lock()


def test_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = make(folder)
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in (DB_NAME, KEY_NAME):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    finally:
        vault.lock()


def test_database_is_not_plain_sqlite(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(folder, "not the passphrase")
    assert "Nothing was changed" in str(info.value)
    assert snapshot(folder) == before


def test_failed_attempts_are_audited_at_next_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    vault = Vault.unlock(folder, PASS, failed_attempts=2)
    last = audit.entries(vault.conn)[-2:]
    assert [(e.event, e.detail) for e in last] == [
        ("unlock_failed", {"count": 2}),
        ("unlocked", {}),
    ]
    vault.lock()


def test_refuses_second_create(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    before = snapshot(folder)
    with pytest.raises(VaultExists):
        make(folder)
    assert snapshot(folder) == before


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(NoVault):
        Vault.unlock(tmp_path / "empty", PASS)


def test_plain_file_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    (folder / DB_NAME).write_bytes(b"hello, this is a text file that is not a vault\n" * 10)
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)


def test_plain_sqlite_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    (folder / DB_NAME).unlink()
    sqlite3.connect(folder / DB_NAME).execute("CREATE TABLE t (x)").connection.commit()
    before = snapshot(folder)
    with pytest.raises(NotAVault, match="unencrypted"):
        Vault.unlock(folder, PASS)
    assert snapshot(folder) == before


def test_key_file_from_another_vault(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    make(a).lock()
    make(b).lock()
    (a / KEY_NAME).write_bytes((b / KEY_NAME).read_bytes())
    before = snapshot(a)
    with pytest.raises(NotAVault, match="does not match"):
        Vault.unlock(a, PASS)
    assert snapshot(a) == before


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        (lambda d: None, DamagedKeyFile),  # missing file (handled below)
        (lambda d: {**d, "wrapped": d["wrapped"][:10]}, DamagedKeyFile),
        (lambda d: {k: v for k, v in d.items() if k != "kdf"}, DamagedKeyFile),
        (lambda d: {**d, "kdf": {**d["kdf"], "salt": "!!!"}}, DamagedKeyFile),
        (lambda d: {**d, "version": 99}, VaultTooNew),
        (lambda d: {**d, "format": "something-else"}, NotAVault),
        (lambda d: "not json at all", DamagedKeyFile),
    ],
)
def test_damaged_key_file(tmp_path: Path, damage, error) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "v"
    make(folder).lock()
    doc = json.loads((folder / KEY_NAME).read_text())
    changed = damage(doc)
    if changed is None:
        (folder / KEY_NAME).unlink()
    elif isinstance(changed, str):
        (folder / KEY_NAME).write_text(changed)
    else:
        (folder / KEY_NAME).write_text(json.dumps(changed))
    before = snapshot(folder)
    with pytest.raises(error):
        Vault.unlock(folder, PASS)
    assert snapshot(folder) == before


def test_flipped_wrapped_key_reads_as_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    doc = json.loads((folder / KEY_NAME).read_text())
    raw = bytearray(__import__("base64").b64decode(doc["wrapped"]))
    raw[-1] ^= 1
    doc["wrapped"] = __import__("base64").b64encode(bytes(raw)).decode()
    (folder / KEY_NAME).write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)


def test_change_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = make(folder)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong one!", "brand new passphrase")
    with pytest.raises(BadInput):
        vault.change_passphrase(PASS, "short")
    vault.change_passphrase(PASS, "brand new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)
    Vault.unlock(folder, "brand new passphrase").lock()


def test_recovery_key_opens_after_forgotten_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    identity = pyrage.x25519.Identity.generate()
    vault = make(folder)
    vault.set_recovery_recipient(str(identity.to_public()))
    device = vault.device_id
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.recover(folder, str(pyrage.x25519.Identity.generate()), "a new passphrase")
    recovered = Vault.recover(folder, str(identity), "a new passphrase")
    assert recovered.device_id == device
    recovered.lock()
    Vault.unlock(folder, "a new passphrase").lock()


def test_recovery_without_key_set(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    with pytest.raises(DamagedKeyFile, match="no recovery key"):
        Vault.recover(folder, str(pyrage.x25519.Identity.generate()), "a new passphrase")


def test_bad_recovery_recipient(tmp_path: Path) -> None:
    vault = make(tmp_path / "v")
    with pytest.raises(DamagedKeyFile, match="not a valid age"):
        vault.set_recovery_recipient("age1notreally")
    vault.lock()


def test_create_validates(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        Vault.create(tmp_path / "a", "short", role="stall", cost=LIGHT)
    with pytest.raises(BadInput):
        Vault.create(tmp_path / "b", PASS, role="mayor", cost=LIGHT)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
