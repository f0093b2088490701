"""The wrapped vault key: the only place the database key is kept, and only encrypted.

`vault.key` is JSON:
    {"format": "stallapp-vault-key", "version": 1,
     "kdf": {"alg": "argon2id", "opslimit": N, "memlimit": N, "salt": b64},
     "wrapped": b64(nonce || XSalsa20-Poly1305(db_key)),
     "recovery": [{"recipient": "age1...", "wrapped": b64(age-encrypted db_key),
                   "check": b64(HMAC-SHA-256 under SHA-256("stallapp-recovery-check" 0 db_key)
                                over recipient 0 wrapped)}]}
A wrong passphrase fails the Poly1305 tag, so it is told apart from a damaged file. The
recovery entries cannot be opened without the campaign's recovery identity, so their check
MAC (keyed by the database key, which every unlock has) lets each unlock notice damage.
Older files have no "check"; their entries are checked for shape only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils

from stallapp.domain.errors import DamagedKeyFile, NotAVault, VaultTooNew, WrongPassphrase
from stallapp.system.paths import atomic_write

FORMAT = "stallapp-vault-key"
VERSION = 1
KEY_BYTES = 32
MAX_KEYFILE = 64 * 1024


@dataclass(frozen=True)
class KdfCost:
    """Argon2id cost. The default (3 passes over 64 MiB) takes a few tenths of a second."""

    opslimit: int = 3
    memlimit: int = 64 * 1024 * 1024

    @classmethod
    def light(cls) -> KdfCost:
        """For tests and rehearsal vaults only: the minimum libsodium allows."""
        return cls(nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN)


@dataclass
class KeyFile:
    salt: bytes
    cost: KdfCost
    wrapped: bytes
    recovery: list[dict[str, str]] = field(default_factory=list)

    @staticmethod
    def derive(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
        return bytes(
            nacl.pwhash.argon2id.kdf(
                KEY_BYTES,
                passphrase.encode("utf-8"),
                salt,
                opslimit=cost.opslimit,
                memlimit=cost.memlimit,
            )
        )

    @classmethod
    def seal(cls, db_key: bytes, passphrase: str, cost: KdfCost) -> KeyFile:
        salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
        box = nacl.secret.SecretBox(cls.derive(passphrase, salt, cost))
        return cls(salt=salt, cost=cost, wrapped=bytes(box.encrypt(db_key)))

    def open(self, passphrase: str) -> bytes:
        box = nacl.secret.SecretBox(self.derive(passphrase, self.salt, self.cost))
        try:
            key = bytes(box.decrypt(self.wrapped))
        except nacl.exceptions.CryptoError:
            raise WrongPassphrase() from None
        if len(key) != KEY_BYTES:
            raise DamagedKeyFile("The vault key file is damaged (wrong key length).")
        return key

    def rewrap(self, db_key: bytes, passphrase: str) -> KeyFile:
        fresh = KeyFile.seal(db_key, passphrase, self.cost)
        fresh.recovery = list(self.recovery)
        return fresh

    def for_new_key(self, new_db_key: bytes, passphrase: str) -> KeyFile:
        """A key file for a new database key: wrapped by `passphrase` at the same cost, and
        again to every recovery recipient of this one (their old entries open the old key)."""
        fresh = KeyFile.seal(new_db_key, passphrase, self.cost)
        for entry in self.recovery:
            fresh.add_recovery(new_db_key, entry["recipient"])
        return fresh

    def add_recovery(self, db_key: bytes, recipient: str) -> None:
        import pyrage  # only recovery wrapping needs it; kept off the unlock screen's start

        try:
            rec = pyrage.x25519.Recipient.from_str(recipient)
        except Exception:
            raise DamagedKeyFile("That is not a valid age recovery key (age1...).") from None
        wrapped = bytes(pyrage.encrypt(db_key, [rec]))
        self.recovery = [r for r in self.recovery if r["recipient"] != recipient]
        self.recovery.append(
            {
                "recipient": recipient,
                "wrapped": _b64(wrapped),
                "check": _b64(_check_mac(db_key, recipient, wrapped)),
            }
        )

    def remove_recovery(self, recipients: set[str]) -> int:
        """Drop the recovery entries of these recipients (an old campaign's); how many went."""
        kept = [r for r in self.recovery if r["recipient"] not in recipients]
        removed = len(self.recovery) - len(kept)
        self.recovery = kept
        return removed

    def open_with_identity(self, identity: str) -> bytes:
        import pyrage  # only recovery wrapping needs it; kept off the unlock screen's start

        try:
            ident = pyrage.x25519.Identity.from_str(identity.strip())
        except Exception:
            raise WrongPassphrase() from None
        for entry in self.recovery:
            try:
                key = pyrage.decrypt(_unb64(entry["wrapped"]), [ident])
            except Exception:  # noqa: S112 - try the next recipient
                continue
            if len(key) == KEY_BYTES:
                return bytes(key)
        raise WrongPassphrase()

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {
                "alg": "argon2id",
                "opslimit": self.cost.opslimit,
                "memlimit": self.cost.memlimit,
                "salt": _b64(self.salt),
            },
            "wrapped": _b64(self.wrapped),
            "recovery": self.recovery,
        }
        return (json.dumps(doc, indent=2) + "\n").encode("ascii")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DamagedKeyFile(
                "The vault's key file (vault.key) is missing. Restore it from a backup or "
                "ask your coordinator to recover the vault."
            ) from None
        except OSError as exc:
            raise DamagedKeyFile(f"The vault key file cannot be read: {exc.strerror}") from None
        if len(raw) > MAX_KEYFILE:
            raise DamagedKeyFile("The vault key file is damaged (too large).")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise DamagedKeyFile("The vault key file is damaged (not readable).") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise NotAVault("vault.key is not a stallapp vault key file.")
        version = doc.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise VaultTooNew(
                "This vault was made by a newer stallapp. Please update stallapp to open it."
            )
        return cls._parse(doc)

    @classmethod
    def _parse(cls, doc: dict[str, Any]) -> KeyFile:
        """Every field checked for presence, type and shape; any fault is DamagedKeyFile."""
        if doc.get("version") != VERSION or not _is_int(doc.get("version")):
            raise _damaged("the version is not one this stallapp reads")
        kdf = _field(doc, "kdf", dict)
        if _field(kdf, "alg", str) != "argon2id":
            raise _damaged("unknown key derivation")
        cost = KdfCost(_field(kdf, "opslimit", int), _field(kdf, "memlimit", int))
        if not (1 <= cost.opslimit <= 64 and 8192 <= cost.memlimit <= 4 << 30):
            raise _damaged("the key derivation cost is out of range")
        salt = _field_b64(kdf, "salt")
        wrapped = _field_b64(doc, "wrapped")
        if len(salt) != nacl.pwhash.argon2id.SALTBYTES or len(wrapped) < 40:
            raise _damaged("a key has the wrong length")
        entries = doc.get("recovery", [])
        if not isinstance(entries, list):
            raise _damaged("a field has the wrong type")
        recovery: list[dict[str, str]] = []
        for entry in entries:
            if not isinstance(entry, dict):
                raise _damaged("a field has the wrong type")
            item = {"recipient": _field(entry, "recipient", str)}
            item["wrapped"] = _b64(_field_b64(entry, "wrapped"))
            if "check" in entry:
                item["check"] = _b64(_field_b64(entry, "check"))
            recovery.append(item)
        return cls(salt=salt, cost=cost, wrapped=wrapped, recovery=recovery)

    # -- the recovery entries --------------------------------------------------------------

    def recovery_problems(self, db_key: bytes) -> list[str]:
        """What can be checked of each recovery entry without the recovery identity: the
        recipient is an age key, the wrapped key is an age file for one X25519 recipient with
        a payload the size of a database key, and its check (a MAC under the database key,
        written with it) matches. Returns one short reason per damaged entry."""
        problems = []
        for n, entry in enumerate(self.recovery, start=1):
            reason = _entry_problem(entry, db_key)
            if reason is not None:
                problems.append(f"recovery entry {n}: {reason}")
        return problems


def _check_mac(db_key: bytes, recipient: str, wrapped: bytes) -> bytes:
    key = hashlib.sha256(b"stallapp-recovery-check\x00" + db_key).digest()
    return hmac.new(key, recipient.encode("utf-8") + b"\x00" + wrapped, hashlib.sha256).digest()


# An age file wrapping a 32-byte key: a header (one X25519 stanza, maybe grease stanzas),
# then a 16-byte nonce and one 48-byte chunk.
_AGE_PAYLOAD = 16 + KEY_BYTES + 16


def _entry_problem(entry: dict[str, str], db_key: bytes) -> str | None:
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(entry["recipient"])
    except Exception:
        return "the recipient is not an age key"
    wrapped = _unb64(entry["wrapped"])
    head, sep, payload = wrapped.partition(b"\n--- ")
    lines = head.split(b"\n")
    x25519 = [ln for ln in lines if ln.startswith(b"-> X25519 ")]
    if (
        not sep
        or lines[0] != b"age-encryption.org/v1"
        or len(x25519) != 1
        or b"\n" not in payload
        or len(payload.split(b"\n", 1)[1]) != _AGE_PAYLOAD
    ):
        return "the wrapped key is not a whole age file"
    check = entry.get("check")
    if check is None:
        return None  # written before checks existed: the structure is all there is
    if not hmac.compare_digest(_unb64(check), _check_mac(db_key, entry["recipient"], wrapped)):
        return "the wrapped key does not match its check"
    return None


def _damaged(detail: str) -> DamagedKeyFile:
    return DamagedKeyFile(f"The vault key file is damaged ({detail}).")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _field(table: dict[str, Any], name: str, kind: type) -> Any:
    if name not in table:
        raise _damaged("a field is missing")
    value = table[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _damaged("a field has the wrong type")
    return value


def _field_b64(table: dict[str, Any], name: str) -> bytes:
    text = _field(table, name, str)
    try:
        return _unb64(text)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _damaged("a field is not valid base64") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
