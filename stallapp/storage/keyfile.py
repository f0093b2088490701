"""The wrapped vault key: the only place the database key is kept, and only encrypted.

`vault.key` is JSON:
    {"format": "stallapp-vault-key", "version": 1,
     "kdf": {"alg": "argon2id", "opslimit": N, "memlimit": N, "salt": b64},
     "wrapped": b64(nonce || XSalsa20-Poly1305(db_key)),
     "recovery": [{"recipient": "age1...", "wrapped": b64(age-encrypted db_key)}]}
A wrong passphrase fails the Poly1305 tag, so it is told apart from a damaged file.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
import pyrage

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

    def add_recovery(self, db_key: bytes, recipient: str) -> None:
        try:
            rec = pyrage.x25519.Recipient.from_str(recipient)
        except Exception:
            raise DamagedKeyFile("That is not a valid age recovery key (age1...).") from None
        wrapped = pyrage.encrypt(db_key, [rec])
        self.recovery = [r for r in self.recovery if r["recipient"] != recipient]
        self.recovery.append({"recipient": recipient, "wrapped": _b64(wrapped)})

    def remove_recovery(self, recipients: set[str]) -> int:
        """Drop the recovery entries of these recipients (an old campaign's); how many went."""
        kept = [r for r in self.recovery if r["recipient"] not in recipients]
        removed = len(self.recovery) - len(kept)
        self.recovery = kept
        return removed

    def open_with_identity(self, identity: str) -> bytes:
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
        if len(raw) > MAX_KEYFILE:
            raise DamagedKeyFile("The vault key file is damaged (too large).")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise DamagedKeyFile("The vault key file is damaged (not readable).") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise NotAVault("vault.key is not a stallapp vault key file.")
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise VaultTooNew(
                "This vault was made by a newer stallapp. Please update stallapp to open it."
            )
        try:
            kdf = doc["kdf"]
            if kdf["alg"] != "argon2id" or version != VERSION:
                raise ValueError
            cost = KdfCost(int(kdf["opslimit"]), int(kdf["memlimit"]))
            salt = _unb64(kdf["salt"])
            wrapped = _unb64(doc["wrapped"])
            recovery = [
                {"recipient": str(r["recipient"]), "wrapped": str(r["wrapped"])}
                for r in doc.get("recovery", [])
            ]
            if len(salt) != nacl.pwhash.argon2id.SALTBYTES or len(wrapped) < 40:
                raise ValueError
            if not (1 <= cost.opslimit <= 64 and 8192 <= cost.memlimit <= 4 << 30):
                raise ValueError
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise DamagedKeyFile("The vault key file is damaged (a field is missing).") from None
        return cls(salt=salt, cost=cost, wrapped=wrapped, recovery=recovery)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
