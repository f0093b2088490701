"""After a passphrase change or a recovery, the old key file no longer opens the vault;
every state of an interrupted key switch opens with one passphrase; vault.key faults are
clean messages; a damaged recovery entry is noticed at unlock."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pyrage
import pytest
import sqlcipher3

from stallapp.domain.errors import DamagedKeyFile, NotAVault, WrongPassphrase
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import KEY_NAME, NEW_KEY_NAME, Vault

PASS = "correct horse battery"
NEW = "brand new passphrase"


def make(folder: Path) -> Vault:
    return Vault.create(folder, PASS, role="stall", cost=KdfCost.light())


def old_key_opens(folder: Path, old_keyfile: bytes, passphrase: str) -> bool:
    """Does the saved old vault.key, with its passphrase, still decrypt vault.db?"""
    key = KeyFile.load(_write(folder.parent / "old.key", old_keyfile)).open(passphrase)
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_change_passphrase_rekeys_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault = make(folder)
    old = (folder / KEY_NAME).read_bytes()
    assert old_key_opens(folder, old, PASS)
    vault.change_passphrase(PASS, NEW)
    vault.lock()
    assert not old_key_opens(folder, old, PASS)
    assert not (folder / NEW_KEY_NAME).exists()
    Vault.unlock(folder, NEW).lock()
    # Even with the old key file put back, the old passphrase opens nothing.
    (folder / KEY_NAME).write_bytes(old)
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)


def test_recovery_rekeys_and_keeps_the_recovery_key_working(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    identity = pyrage.x25519.Identity.generate()
    vault = make(folder)
    vault.set_recovery_recipient(str(identity.to_public()))
    vault.lock()
    old = (folder / KEY_NAME).read_bytes()
    Vault.recover(folder, str(identity), NEW).lock()
    assert not old_key_opens(folder, old, PASS)
    # The recovery entry was wrapped again for the new database key.
    again = Vault.recover(folder, str(identity), "a third passphrase")
    assert again.recovery_problems == []
    again.lock()


def _state(tmp_path: Path, committed: bool) -> Path:
    """The files as a kill leaves them mid-switch: vault.key.new written, and the rekey
    either not yet committed (committed=False) or committed without the rename."""
    folder = tmp_path / "v"
    vault = make(folder)
    vault.lock()
    old_key = (folder / KEY_NAME).read_bytes()
    if committed:
        vault = Vault.unlock(folder, PASS)
        vault.change_passphrase(PASS, NEW)
        vault.lock()
        shutil.copyfile(folder / KEY_NAME, folder / NEW_KEY_NAME)
        (folder / KEY_NAME).write_bytes(old_key)
    else:
        keyfile = KeyFile.load(folder / KEY_NAME)
        keyfile.for_new_key(b"n" * 32, NEW).save(folder / NEW_KEY_NAME)
    return folder


def test_interrupted_before_the_rekey_opens_with_the_old_passphrase(tmp_path: Path) -> None:
    folder = _state(tmp_path, committed=False)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, NEW)
    Vault.unlock(folder, PASS).lock()
    assert not (folder / NEW_KEY_NAME).exists()  # the stale new key file is gone


def test_interrupted_after_the_rekey_opens_with_the_new_passphrase(tmp_path: Path) -> None:
    folder = _state(tmp_path, committed=True)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)
    Vault.unlock(folder, NEW).lock()
    assert not (folder / NEW_KEY_NAME).exists()  # the switch was finished
    Vault.unlock(folder, NEW).lock()


def _doc(folder: Path) -> dict[str, Any]:
    return dict(json.loads((folder / KEY_NAME).read_text()))


MALFORMED = {
    "salt not a string": lambda d: {**d, "kdf": {**d["kdf"], "salt": 12345}},
    "wrapped not a string": lambda d: {**d, "wrapped": ["x"]},
    "wrapped missing": lambda d: {k: v for k, v in d.items() if k != "wrapped"},
    "opslimit as text": lambda d: {**d, "kdf": {**d["kdf"], "opslimit": "3"}},
    "opslimit as boolean": lambda d: {**d, "kdf": {**d["kdf"], "opslimit": True}},
    "memlimit missing": lambda d: {
        **d,
        "kdf": {k: v for k, v in d["kdf"].items() if k != "memlimit"},
    },
    "kdf a list": lambda d: {**d, "kdf": [1, 2]},
    "alg a number": lambda d: {**d, "kdf": {**d["kdf"], "alg": 7}},
    "bad base64": lambda d: {**d, "wrapped": "@@@@"},
    "non-ascii base64": lambda d: {**d, "wrapped": "é" * 8},
    "version as text": lambda d: {**d, "version": "1"},
    "version as boolean": lambda d: {**d, "version": True},
    "recovery a dict": lambda d: {**d, "recovery": {"a": 1}},
    "recovery entry a string": lambda d: {**d, "recovery": ["age1"]},
    "recipient a number": lambda d: {**d, "recovery": [{"recipient": 5, "wrapped": "AA=="}]},
    "recovery wrapped missing": lambda d: {**d, "recovery": [{"recipient": "age1x"}]},
    "truncated json": lambda d: json.dumps(d)[:40],
    "deep nesting": lambda d: "[" * 100_000,
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_every_malformed_key_file_is_a_clean_message(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    changed = MALFORMED[case](_doc(folder))
    text = changed if isinstance(changed, str) else json.dumps(changed)
    (folder / KEY_NAME).write_text(text)
    with pytest.raises(DamagedKeyFile, match=r"^The vault key file is damaged \("):
        Vault.unlock(folder, PASS)


def _with_recovery(folder: Path) -> None:
    vault = make(folder)
    vault.set_recovery_recipient(str(pyrage.x25519.Identity.generate().to_public()))
    vault.lock()


def test_intact_recovery_entry_has_no_problem(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _with_recovery(folder)
    vault = Vault.unlock(folder, PASS)
    assert vault.recovery_problems == []
    vault.lock()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda e: {**e, "recipient": "age1" + "q" * 58}, "not an age key"),
        (
            lambda e: {**e, "wrapped": base64.b64encode(b"age-encryption.org/v1\n").decode()},
            "not a whole age file",
        ),
        (lambda e: {**e, "wrapped": _flip_last(e["wrapped"])}, "does not match its check"),
        (
            lambda e: {**e, "check": base64.b64encode(b"\0" * 32).decode()},
            "does not match its check",
        ),
    ],
)
def test_damaged_recovery_entry_is_reported_at_unlock(tmp_path: Path, damage, reason: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "v"
    _with_recovery(folder)
    doc = _doc(folder)
    doc["recovery"] = [damage(doc["recovery"][0])]
    (folder / KEY_NAME).write_text(json.dumps(doc))
    vault = Vault.unlock(folder, PASS)
    assert len(vault.recovery_problems) == 1 and reason in vault.recovery_problems[0]
    vault.lock()


def _flip_last(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[-1] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def test_sqlcipher_writes_nothing_to_stderr_on_a_damaged_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    data = bytearray((folder / "vault.db").read_bytes())
    data[100:200] = b"\xff" * 100
    (folder / "vault.db").write_bytes(bytes(data))
    capfd.readouterr()
    with pytest.raises(NotAVault):
        Vault.unlock(folder, PASS)
    assert capfd.readouterr().err == ""


def test_the_session_keeps_the_new_key_file_after_a_change(tmp_path: Path) -> None:
    """After a change, the open vault works from the new key file: its recovery entries
    are still listed, and a second change in the same session works and re-keys again
    (a `make mutation` survivor: the session could forget the new key file)."""
    folder = tmp_path / "v"
    identity = pyrage.x25519.Identity.generate()
    vault = make(folder)
    vault.set_recovery_recipient(str(identity.to_public()))
    vault.change_passphrase(PASS, NEW)
    assert vault.recovery_recipients == [str(identity.to_public())]
    middle = (folder / KEY_NAME).read_bytes()
    vault.change_passphrase(NEW, "a third good passphrase")
    vault.lock()
    assert not old_key_opens(folder, middle, NEW)
    Vault.unlock(folder, "a third good passphrase").lock()


def _rewrap(change):  # type: ignore[no-untyped-def]
    """A damage to the wrapped age file of an entry written before entries had a check, so
    the file's structure is all that can be checked."""

    def damage(entry: dict[str, str]) -> dict[str, str]:
        raw = base64.b64decode(entry["wrapped"])
        out = {k: v for k, v in entry.items() if k != "check"}
        out["wrapped"] = base64.b64encode(change(raw)).decode()
        return out

    return damage


def _second_stanza(raw: bytes) -> bytes:
    head, _, payload = raw.partition(b"\n--- ")
    stanza = next(ln for ln in head.split(b"\n") if ln.startswith(b"-> X25519 "))
    return head + b"\n" + stanza + b"\n--- " + payload


STRUCTURE_DAMAGE = {
    "another format line": lambda raw: raw.replace(
        b"age-encryption.org/v1", b"age-encryption.org/v2", 1
    ),
    "two recipients": _second_stanza,
    "no header end": lambda raw: raw.replace(b"\n--- ", b"\n-x- ", 1),
    "payload cut short": lambda raw: raw[:-1],
    "payload without its line": lambda raw: raw.partition(b"\n--- ")[0] + b"\n--- ",
}


def test_an_intact_entry_without_a_check_has_no_problem(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _with_recovery(folder)
    doc = _doc(folder)
    doc["recovery"] = [_rewrap(lambda raw: raw)(doc["recovery"][0])]
    (folder / KEY_NAME).write_text(json.dumps(doc))
    vault = Vault.unlock(folder, PASS)
    assert vault.recovery_problems == []
    vault.lock()


@pytest.mark.parametrize("case", sorted(STRUCTURE_DAMAGE))
def test_a_broken_age_file_in_an_entry_without_a_check_is_reported(
    tmp_path: Path, case: str
) -> None:
    folder = tmp_path / "v"
    _with_recovery(folder)
    doc = _doc(folder)
    intact = doc["recovery"][0]
    doc["recovery"] = [intact, _rewrap(STRUCTURE_DAMAGE[case])(intact)]
    (folder / KEY_NAME).write_text(json.dumps(doc))
    vault = Vault.unlock(folder, PASS)
    assert vault.recovery_problems == ["recovery entry 2: the wrapped key is not a whole age file"]
    vault.lock()


def test_each_recovery_recipient_is_kept_and_removed_by_itself(tmp_path: Path) -> None:
    """A backup coordinator's recovery key is added beside the first, never in its place;
    removing one reports exactly what went."""
    folder = tmp_path / "v"
    first, second = (str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2))
    vault = make(folder)
    vault.set_recovery_recipient(first)
    vault.set_recovery_recipient(second)
    vault.set_recovery_recipient(second)  # again: replaced, not doubled
    assert vault.recovery_recipients == [first, second]
    vault.lock()
    keyfile = KeyFile.load(folder / KEY_NAME)
    assert keyfile.remove_recovery({first, "age1notthere"}) == 1
    assert [r["recipient"] for r in keyfile.recovery] == [second]


def _kdf(**changes: Any):  # type: ignore[no-untyped-def]
    return lambda d: {**d, "kdf": {**d["kdf"], **changes}}


def _b64_of(n: int) -> str:
    return base64.b64encode(b"\1" * n).decode()


# At the edge of what a key file may hold: each is read (its cost, salt and wrapped key
# then decide whether the passphrase opens it); one step beyond, each is refused as damaged.
EDGES = {
    "most passes": (_kdf(opslimit=64), _kdf(opslimit=65)),
    "fewest passes": (_kdf(opslimit=1), _kdf(opslimit=0)),
    "most memory": (_kdf(memlimit=4 << 30), _kdf(memlimit=(4 << 30) + 1)),
    "least memory": (_kdf(memlimit=8192), _kdf(memlimit=8191)),
    "shortest wrapped key": (
        lambda d: {**d, "wrapped": _b64_of(40)},
        lambda d: {**d, "wrapped": _b64_of(39)},
    ),
    "salt of its size": (_kdf(), lambda d: _kdf(salt=_b64_of(15))({**d, "wrapped": _b64_of(64)})),
    "strict base64": (_kdf(), lambda d: {**d, "wrapped": d["wrapped"] + "**"}),
    "no recovery list": (lambda d: {k: v for k, v in d.items() if k != "recovery"}, None),
}


@pytest.mark.parametrize("case", sorted(EDGES))
def test_key_file_fields_at_their_limits(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "v"
    make(folder).lock()
    inside, beyond = EDGES[case]
    doc = _doc(folder)
    (folder / KEY_NAME).write_text(json.dumps(inside(doc)))
    loaded = KeyFile.load(folder / KEY_NAME)  # read, not refused
    if case == "no recovery list":
        assert loaded.recovery == []
    if beyond is not None:
        (folder / KEY_NAME).write_text(json.dumps(beyond(doc)))
        with pytest.raises(DamagedKeyFile, match=r"^The vault key file is damaged \("):
            KeyFile.load(folder / KEY_NAME)
