"""Seeded generators of malformed batches, for the fuzz test and bench/fuzz_import.py.

Three layers, each aimed at a different stage of the importer:
- outer: the age file itself is damaged (stops at decryption);
- envelope: the signed plaintext is changed, then encrypted properly (stops at the
  envelope shape or the Ed25519 signature);
- document: the JSON document is changed, then signed with the real device key and
  encrypted properly, so only the strict parser and the domain checks can stop it.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from typing import Any

import nacl.signing
import pyrage

from stallapp.sealing.envelope import canonical, seal

Encrypt = Callable[[bytes], bytes]


def make_encrypt(recipient: str) -> Encrypt:
    rec = pyrage.x25519.Recipient.from_str(recipient)
    return lambda data: bytes(pyrage.encrypt(data, [rec]))


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    kind = rng.randrange(7)
    if kind == 0 and buf:
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    elif kind == 1 and buf:
        del buf[rng.randrange(len(buf)) :]
    elif kind == 2:
        i = rng.randrange(len(buf) + 1)
        buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    elif kind == 3 and buf:
        i = rng.randrange(len(buf))
        del buf[i : i + rng.randint(1, 16)]
    elif kind == 4 and buf:
        i, j = sorted(rng.randrange(len(buf)) for _ in range(2))
        buf[i:j] = buf[i:j][::-1]
    elif kind == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
    else:
        return b"age-encryption.org/v1\n" + bytes(rng.randrange(256) for _ in range(64))
    out = bytes(buf)
    return out if out != data else out + b"\x00"


_ODD_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    2**63,
    1.5,
    "",
    "x" * 5000,
    "\u202e",
    [],
    {},
    [None],
    {"a": 1},
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc[:3]):
            yield from _paths(value, (*prefix, i))


def _parent(doc: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    node = doc
    for part in path[:-1]:
        node = node[part]
    return node, path[-1]


def mutate_document(rng: random.Random, doc: dict[str, Any]) -> dict[str, Any] | bytes:
    """A structurally changed copy of the document (or raw non-canonical bytes)."""
    original = canonical(doc)
    while True:
        out = _mutate_once(rng, doc)
        if isinstance(out, bytes) or canonical(out) != original:
            return out


def _mutate_once(rng: random.Random, doc: dict[str, Any]) -> dict[str, Any] | bytes:
    out = copy.deepcopy(doc)
    paths = [p for p in _paths(out) if p]
    path = rng.choice(paths)
    parent, key = _parent(out, path)
    kind = rng.randrange(8)
    if kind == 0:
        parent[key] = rng.choice(_ODD_VALUES)
    elif kind == 1 and isinstance(parent, dict):
        del parent[key]
    elif kind == 2 and isinstance(parent, dict):
        parent[f"extra{rng.randrange(9)}"] = rng.choice(_ODD_VALUES)
    elif kind == 3 and isinstance(parent[key], str) and parent[key]:
        text = parent[key]
        i = rng.randrange(len(text))
        parent[key] = text[:i] + chr(rng.choice((0, 10, 0x202E, ord("="), 0x7F))) + text[i + 1 :]
    elif kind == 4 and isinstance(parent[key], list):
        parent[key] = parent[key] + parent[key][:1] if parent[key] else [None]
    elif kind == 5 and isinstance(parent[key], int) and not isinstance(parent[key], bool):
        parent[key] = parent[key] + rng.choice((-1, 1, 10**9))
    elif kind == 6:
        body = canonical(out)
        return body.replace(b",", b", ", 1) if rng.random() < 0.5 else body + b" "
    else:
        parent[key] = [parent[key]]
    return out


class Mutator:
    """Yields malformed sealed batches derived from one valid batch."""

    def __init__(
        self,
        plaintext: bytes,
        device_id: str,
        signing: nacl.signing.SigningKey,
        encrypt: Encrypt,
        seed: int,
    ) -> None:
        self.plaintext = plaintext
        self.sealed = encrypt(plaintext)
        second = plaintext.index(b"\n", plaintext.index(b"\n") + 1)
        self.doc = json.loads(plaintext[second + 1 :])
        self.device_id = device_id
        self.signing = signing
        self.encrypt = encrypt
        self.rng = random.Random(seed)

    def _signed(self, body: dict[str, Any] | bytes) -> bytes:
        if isinstance(body, bytes):
            head = f"stallapp-batch 1 {self.device_id}\n".encode()
            import base64

            sig = base64.b64encode(self.signing.sign(head + body).signature)
            return head + sig + b"\n" + body
        return seal("stallapp-batch", self.device_id, self.signing, body)

    def next(self) -> tuple[str, bytes]:
        layer = self.rng.randrange(3)
        if layer == 0:
            return "outer", mutate_bytes(self.rng, self.sealed)
        if layer == 1:
            return "envelope", self.encrypt(mutate_bytes(self.rng, self.plaintext))
        return "document", self.encrypt(self._signed(mutate_document(self.rng, self.doc)))
