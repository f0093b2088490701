"""Each check of the vault that protects signers has a test here that fails when that check
is removed: secure_delete, the Argon2 cost of real vaults, and the audit chain check."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.services.capture import CaptureService
from stallapp.services.withdrawal import erase_receipt
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import Vault
from tests.support.vault_setup import PASSPHRASE

PAGE = 4096  # SQLCipher 4's default page size
RESERVE = 80  # per page: a 16-byte IV, then a 64-byte HMAC-SHA512
SALT = 16  # page 1 begins with the file's salt, in place of the SQLite header string


def decrypted_pages(db: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 database file, decrypted: live rows, free space inside
    pages and pages on the free list alike.

    The vault opens with a raw 256-bit key, which SQLCipher uses as the AES-256 key as it is
    (no key derivation). Each page is AES-256-CBC over its first PAGE - RESERVE bytes (page 1
    from byte 16), with the IV stored in the page's reserved tail. SQLite itself cannot show
    the bytes a deleted row leaves behind (sqlite_dbpage is not compiled into sqlcipher3),
    so the pages are decrypted here with the openssl tool, one page at a time.
    """
    raw = db.read_bytes()
    assert len(raw) % PAGE == 0 and len(raw) >= PAGE
    out = bytearray()
    for start in range(0, len(raw), PAGE):
        page = raw[start : start + PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[SALT if start == 0 else 0 : PAGE - RESERVE]
        done = subprocess.run(
            ["openssl", "enc", "-d", "-aes-256-cbc", "-nopad", "-K", key.hex(), "-iv", iv.hex()],
            input=body,
            capture_output=True,
            check=True,
        )
        out += done.stdout
    return bytes(out)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")
def test_secure_delete_leaves_no_erased_name_in_the_database_file(
    tmp_path: Path, sample_petition: Petition
) -> None:
    """An erased signer's name is in none of the file's decrypted pages.

    Without `PRAGMA secure_delete = ON`, SQLite only unlinks a deleted row: its bytes stay
    in the page's free space (and in free pages) until overwritten, readable by anyone who
    later gets the passphrase or the recovery key. The other signer's name, still a live
    row, is found in the same pages: that shows the decryption itself works.
    """
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(vault)
    capture.add_petition(sample_petition)
    event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
    fields = {"postcode": "LS1 6HP", "consent": True, "email": "zq@example.org"}
    erased = capture.record(
        sample_petition.id, event.id, name="Zephyrine Quaglietti", address="1 Mill Road", **fields
    )
    capture.record(sample_petition.id, event.id, name="Bo Wong", address="2 Mill Road", **fields)
    assert erase_receipt(vault, erased.code).count == 1
    vault.lock()
    assert not (folder / "vault.db-wal").exists() or (folder / "vault.db-wal").stat().st_size == 0
    key = KeyFile.load(folder / "vault.key").open(PASSPHRASE)
    pages = decrypted_pages(folder / "vault.db", key).lower()
    assert b"bo wong" in pages and b"create table" in pages
    assert b"zephyrine" not in pages
    assert b"quaglietti" not in pages


def test_real_vault_key_derivation_costs_at_least_three_passes_over_64_mib(
    tmp_path: Path,
) -> None:
    """A real vault made without an explicit cost uses the default Argon2id cost, and its
    key file says so (unlocking reads the cost from there). A cheaper default would let a
    stolen laptop's passphrase be guessed many times faster."""
    assert KdfCost().opslimit >= 3
    assert KdfCost().memlimit >= 64 * 1024 * 1024
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, role="stall").lock()
    kdf = json.loads((folder / "vault.key").read_text())["kdf"]
    assert kdf["alg"] == "argon2id"
    assert kdf["opslimit"] >= 3
    assert kdf["memlimit"] >= 64 * 1024 * 1024
    loaded = KeyFile.load(folder / "vault.key")
    assert loaded.cost == KdfCost()
    Vault.unlock(folder, PASSPHRASE).lock()


# -- the audit chain ---------------------------------------------------------------------------


@pytest.fixture
def logged(stall_vault: Vault) -> Vault:
    """A vault with a few audit rows and the append-only triggers dropped, as someone
    holding the key could do; only the chain check can then notice a change."""
    with stall_vault.transaction() as tx:
        for count in (1, 2, 3):
            audit.append(tx, "exported", count=count)
    assert audit.verify(stall_vault.conn) is None
    conn = stall_vault.conn
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return stall_vault


def _rows(vault: Vault) -> list[tuple[int, str]]:
    return [(e.seq, e.hash) for e in audit.entries(vault.conn)]


def test_audit_check_finds_an_altered_detail(logged: Vault) -> None:
    seq = _rows(logged)[2][0]
    logged.conn.execute("UPDATE audit_log SET detail = '{\"count\":99}' WHERE seq = ?", (seq,))
    assert audit.verify(logged.conn) == seq


def test_audit_check_finds_an_altered_link(logged: Vault) -> None:
    """Only the stored previous-hash column is changed; every row's own hash still matches
    the chain as it was, so the link itself must be compared."""
    seq = _rows(logged)[2][0]
    logged.conn.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = ?", ("f" * 64, seq))
    assert audit.verify(logged.conn) == seq


def test_audit_check_finds_a_removed_row(logged: Vault) -> None:
    seq = _rows(logged)[2][0]
    logged.conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    assert audit.verify(logged.conn) == seq + 1


def test_audit_check_finds_reordered_rows(logged: Vault) -> None:
    rows = _rows(logged)
    (a, _), (b, _) = rows[1], rows[2]
    conn = logged.conn
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (b,))
    assert audit.verify(conn) == a


def test_audit_check_finds_a_gap_in_a_rebuilt_chain(logged: Vault) -> None:
    """Someone removes a row and rebuilds every later hash so each link matches, but keeps
    the later numbers: the missing number still shows."""
    conn = logged.conn
    rows = conn.execute("SELECT seq, at, event, detail FROM audit_log ORDER BY seq").fetchall()
    gone = rows[2][0]
    conn.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for seq, at, event, detail in rows:
        if seq == gone:
            continue
        digest = audit._digest(seq, at, event, detail, prev)
        conn.execute(
            "INSERT INTO audit_log (seq, at, event, detail, prev_hash, hash) VALUES (?,?,?,?,?,?)",
            (seq, at, event, detail, prev, digest),
        )
        prev = digest
    assert audit.verify(conn) == gone + 1


def test_the_key_is_derived_with_the_cost_the_key_file_records() -> None:
    """The cost written in vault.key is the cost Argon2id runs with (a derivation that
    fell back to libsodium's defaults would differ from what the file claims)."""
    import nacl.pwhash

    from stallapp.storage.keyfile import KdfCost, KeyFile

    light = KdfCost.light()
    assert (light.opslimit, light.memlimit) == (
        nacl.pwhash.argon2id.OPSLIMIT_MIN,
        nacl.pwhash.argon2id.MEMLIMIT_MIN,
    )
    salt = bytes(range(nacl.pwhash.argon2id.SALTBYTES))
    for cost in (light, KdfCost(opslimit=4, memlimit=16 * 1024)):
        expected = nacl.pwhash.argon2id.kdf(
            32, b"correct horse", salt, opslimit=cost.opslimit, memlimit=cost.memlimit
        )
        assert KeyFile.derive("correct horse", salt, cost) == expected
