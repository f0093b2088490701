"""Signed envelopes and canonical JSON, shared by batches, campaign packs and device cards.

An envelope is three parts:  "<kind> 1 <signer-id>\\n" + "<signature, base64>\\n" + body.
The body is canonical JSON (UTF-8, keys sorted, no spaces). The Ed25519 signature covers
the first line (with its newline) followed by the body bytes, so a signature for one kind
of document can never be replayed as another.
"""

from __future__ import annotations

import base64
import binascii
import json
import lzma
import re
import zlib
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.signing

from stallapp.domain.errors import BadInput

VERSION = 1
_HEAD_RE = re.compile(rb"^(stallapp-[a-z]+) 1 ([0-9a-f]{16})$")
_SIG_LEN = 88  # base64 of 64 bytes


# Why a file was refused, as a code a screen phrases in its own language (the English
# message is for the command line). "" for a refusal without a code of its own.
DAMAGED, NOT_SEALED, CANNOT_OPEN = "damaged", "not sealed", "cannot open"
UNKNOWN_DEVICE, REVOKED_DEVICE, DEVICE_MISMATCH = "unknown device", "revoked", "device mismatch"
REHEARSAL_INTO_REAL, REAL_INTO_REHEARSAL = "rehearsal into real", "real into rehearsal"
NOT_FOR_US, TOO_LARGE, RECORD_RULE = "not for us", "too large", "record rule"


class Rejected(BadInput):
    """A batch, pack or card was refused; the message says why in one line, `code` says
    why for a screen that words it itself."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def canonical(doc: Any) -> bytes:
    return json.dumps(
        doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError("duplicate key")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValueError("non-finite number")


def strict_json(body: bytes, what: str) -> Any:
    """Parse canonical JSON; anything else (duplicates, NaN, other spelling) is refused.

    The proof is that the document, encoded canonically, gives back the very text received.
    That also refuses a repeated key (the encoding holds each key once), so the parse that
    accepts needs no duplicate hook (half of the parse's time); only a refused text is parsed
    again with the hook, to word the refusal as before. The comparison is of text, not bytes:
    a string escape that decodes to a lone surrogate (which UTF-8 cannot encode) is then
    refused like any other spelling instead of raising out of the importer.
    """
    try:
        text = body.decode("utf-8")
        doc = json.loads(text, parse_constant=_no_constants)
        canonical_text = json.dumps(
            doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Rejected(f"The {what} is damaged (its contents are not valid).", DAMAGED) from None
    if canonical_text == text:
        return doc
    try:
        json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise Rejected(f"The {what} is damaged (its contents are not valid).", DAMAGED) from None
    raise Rejected(f"The {what} is damaged (its contents are not in the expected form).", DAMAGED)


def seal(kind: str, signer_id: str, key: nacl.signing.SigningKey, doc: Any) -> bytes:
    head = f"{kind} {VERSION} {signer_id}\n".encode("ascii")
    body = canonical(doc)
    sig = key.sign(head + body).signature
    return head + base64.b64encode(sig) + b"\n" + body


# Batch file versions (docs/batch-format.md). Version 1 files carry the signed envelope
# itself; version 2 one standard xz stream of it; version 3 (written now) one gzip member of
# it, which unpacks about five times faster than xz for a file about a quarter larger. All
# three are read. The envelope, its signature and the document hash are the same in each.
XZ_MAGIC = b"\xfd7zXZ\x00"
GZIP_MAGIC = b"\x1f\x8b"
# A gzip member as `compress` writes it: deflate (8), no flags (no name, comment or extra
# field); any other header is refused rather than skipped.
GZIP_HEADER = GZIP_MAGIC + b"\x08\x00"
GZIP_LEVEL = 9
_GZIP_WBITS = 16 + 15  # zlib's gzip wrapper: header and CRC-32 + length trailer checked


def compress(plaintext: bytes) -> bytes:
    """The version 3 payload of a sealed batch: the signed envelope as one gzip member."""
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, _GZIP_WBITS, 9)
    return packer.compress(plaintext) + packer.flush()


def compress_xz(plaintext: bytes) -> bytes:
    """The version 2 payload (one xz stream), as stallapp wrote it before version 3; kept
    so that tests and the benches can still make such files."""
    return lzma.compress(plaintext, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64)


def _damaged(what: str) -> Rejected:
    return Rejected(f"The {what} is damaged (it does not unpack).", DAMAGED)


def expand(payload: bytes, limit: int, what: str) -> bytes:
    """The signed envelope inside a decrypted payload of any version, at most `limit`
    bytes long (a small file cannot unpack into an unbounded one)."""
    unpacker: lzma.LZMADecompressor | zlib._Decompress
    if payload.startswith(XZ_MAGIC):  # version 2
        unpacker = lzma.LZMADecompressor(format=lzma.FORMAT_XZ, memlimit=128 * 1024 * 1024)
        error: type[Exception] = lzma.LZMAError
    elif payload.startswith(GZIP_MAGIC):  # version 3
        if not payload.startswith(GZIP_HEADER):
            raise _damaged(what)
        unpacker = zlib.decompressobj(_GZIP_WBITS)
        error = zlib.error
    else:
        return payload  # version 1: the envelope itself
    try:
        plaintext = unpacker.decompress(payload, limit + 1)
    except error:
        raise _damaged(what) from None
    if len(plaintext) > limit:
        raise Rejected(f"The {what} unpacks to more than a stallapp {what} can hold.", TOO_LARGE)
    if not unpacker.eof or unpacker.unused_data:
        raise _damaged(what)
    if plaintext.startswith((XZ_MAGIC, GZIP_MAGIC)):
        raise _damaged(what)
    return plaintext


@dataclass(frozen=True)
class Envelope:
    kind: str
    signer_id: str
    head: bytes
    signature: bytes
    body: bytes

    def verify(self, verify_key_b64: str, what: str) -> None:
        try:
            key = nacl.signing.VerifyKey(base64.b64decode(verify_key_b64))
            key.verify(self.head + self.body, self.signature)
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
            raise Rejected(
                f"The {what}'s signature does not match its sender: it was changed or forged.",
                DAMAGED,
            ) from None


def split(data: bytes, kind: str, what: str) -> Envelope:
    """Cut an envelope into its parts, checking its shape (not yet its signature)."""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1) if first >= 0 else -1
    if first < 0 or second < 0:
        raise Rejected(f"The {what} is damaged or incomplete.", DAMAGED)
    match = _HEAD_RE.match(data[:first])
    if match is None or match.group(1).decode("ascii") != kind:
        raise Rejected(
            f"This is not a stallapp {what}, or it is of an unknown version.", NOT_SEALED
        )
    sig_text = data[first + 1 : second]
    if len(sig_text) != _SIG_LEN:
        raise Rejected(f"The {what} is damaged (bad signature line).", DAMAGED)
    try:
        signature = base64.b64decode(sig_text, validate=True)
    except (binascii.Error, ValueError):
        raise Rejected(f"The {what} is damaged (bad signature line).", DAMAGED) from None
    if len(signature) != 64 or base64.b64encode(signature) != sig_text:
        raise Rejected(f"The {what} is damaged (bad signature line).", DAMAGED)
    return Envelope(
        kind, match.group(2).decode("ascii"), data[: first + 1], signature, data[second + 1 :]
    )
