"""Batch file versions: version 3 (gzip inside age) is written; versions 2 (xz inside age)
and 1 (the envelope itself) are still read; a damaged or oversized stream of either codec is
refused and writes nothing."""

from __future__ import annotations

import gzip
import lzma
import struct
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.sealing import envelope
from stallapp.sealing.envelope import Rejected, expand
from stallapp.sealing.opening import MAX_BATCH_BYTES, decrypt
from stallapp.services.batch_export import export_batch, recipients
from stallapp.services.batch_import import ALREADY, IMPORTED, REFUSED, Importer
from stallapp.storage import sealing_store
from stallapp.storage.vault import Vault
from tests.support.campaign import sign, vault_hash
from tests.support.mutations import make_encrypt

CODECS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": envelope.compress,
    "xz": envelope.compress_xz,
}


def _export(make_stall, sample_petition: Petition, tmp_path: Path):  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    for i in range(20):
        sign(a, sample_petition.id, f"Ada Chan {chr(65 + i)}", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    return a, done


def _plain(coordinator: Vault, path: Path) -> bytes:
    payload = decrypt(path.read_bytes(), Importer(coordinator)._identity)
    return gzip.decompress(payload)


def test_version_3_is_a_gzip_member_of_the_signed_envelope(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    payload = decrypt(done.path.read_bytes(), Importer(coordinator)._identity)
    # deflate, no name, comment or extra field: what a reader of this version accepts
    assert payload.startswith(b"\x1f\x8b\x08\x00")
    assert payload.startswith(envelope.GZIP_HEADER)
    plain = gzip.decompress(payload)
    assert plain.startswith(f"stallapp-batch 1 {a.vault.device_id}\n".encode())
    assert len(payload) < len(plain)
    assert Importer(coordinator).import_file(done.path).status == IMPORTED


@pytest.mark.parametrize("older", ["xz", "plain"])
def test_older_versions_still_import_and_are_the_same_batch(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, older: str
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    plain = _plain(coordinator, done.path)
    # as version 2 (xz) and version 1 (the envelope itself) wrote it
    payload = envelope.compress_xz(plain) if older == "xz" else plain
    if older == "xz":
        assert payload.startswith(envelope.XZ_MAGIC) and lzma.decompress(payload) == plain
    old = tmp_path / "old.stallbatch"
    old.write_bytes(make_encrypt(recipients(a.vault)[0])(payload))
    result = Importer(coordinator).import_file(old)
    assert result.status == IMPORTED
    # The same document hash either way: the version 3 file is the same batch, already in.
    assert Importer(coordinator).import_file(done.path).status == ALREADY
    [out] = sealing_store.out_batches(a.vault.conn)
    batch = sealing_store.in_batch(coordinator.conn, out.batch_id)
    assert batch is not None and batch.doc_hash == out.doc_hash


def _damage(payload: bytes, damage: str, codec: str) -> bytes:
    if damage == "truncated":
        return payload[: len(payload) // 2]
    if damage == "flipped":
        buf = bytearray(payload)
        buf[len(buf) // 2] ^= 0x10
        return bytes(buf)
    if damage == "trailing":
        return payload + b"extra"
    if damage == "second stream":
        return payload + CODECS[codec](b"stallapp-batch 1 ")
    if damage == "last byte":  # gzip: the length in the trailer; xz: the stream footer
        return payload[:-1] + bytes([payload[-1] ^ 0x01])
    return CODECS[codec](payload)  # nested: a stream inside a stream is not a batch


@pytest.mark.parametrize("codec", sorted(CODECS))
@pytest.mark.parametrize(
    "damage", ["truncated", "flipped", "trailing", "second stream", "last byte", "nested"]
)
def test_damaged_stream_is_refused_and_changes_nothing(
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
    damage: str,
    codec: str,
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    payload = CODECS[codec](_plain(coordinator, done.path))
    bad = _damage(payload, damage, codec)
    with pytest.raises(Rejected, match="damaged"):
        expand(bad, MAX_BATCH_BYTES, "batch")
    before = vault_hash(coordinator)
    file = tmp_path / "bad.stallbatch"
    file.write_bytes(make_encrypt(recipients(a.vault)[0])(bad))
    result = Importer(coordinator).import_file(file)
    assert result.status == REFUSED
    assert vault_hash(coordinator) == before


def _gzip_member(plain: bytes, flags: int, fields: bytes) -> bytes:
    """A valid gzip member (RFC 1952) with optional header fields, as other tools write."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = packer.compress(plain) + packer.flush()
    head = b"\x1f\x8b\x08" + bytes([flags]) + b"\x00\x00\x00\x00\x00\x03"
    tail = struct.pack("<II", zlib.crc32(plain), len(plain))
    return head + fields + body + tail


@pytest.mark.parametrize(
    ("flags", "fields"),
    [
        (0x08, b"batch.plain\x00"),  # a file name
        (0x10, b"a comment\x00"),  # a comment
        (0x04, b"\x04\x00AB\x00\x00"),  # an extra field
    ],
)
def test_a_gzip_header_other_than_ours_is_refused(flags: int, fields: bytes) -> None:
    plain = b"stallapp-batch 1 0123456789abcdef\n"
    member = _gzip_member(plain, flags, fields)
    assert gzip.decompress(member) == plain  # valid gzip, just not as stallapp writes it
    assert expand(_gzip_member(plain, 0, b""), MAX_BATCH_BYTES, "batch") == plain
    with pytest.raises(Rejected, match="damaged"):
        expand(member, MAX_BATCH_BYTES, "batch")


@pytest.mark.parametrize("codec", sorted(CODECS))
def test_a_bomb_is_never_unpacked_in_full(codec: str) -> None:
    """The cap bounds the memory used, not only the answer: unpacking stops past it."""
    bomb = CODECS[codec](bytes(48 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(Rejected, match="more than"):
            expand(bomb, 1024 * 1024, "batch")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the xz dictionary is 8 MiB; the bomb unpacks to 48


@pytest.mark.parametrize("codec", sorted(CODECS))
def test_a_small_stream_cannot_unpack_past_the_cap(codec: str) -> None:
    bomb = CODECS[codec](b"\x00" * (4 * 1024 * 1024))
    assert len(bomb) < 8192
    with pytest.raises(Rejected, match="more than"):
        expand(bomb, 1024 * 1024, "batch")
    with pytest.raises(Rejected, match="more than"):
        expand(bomb, 4 * 1024 * 1024 - 1, "batch")
    assert expand(bomb, 4 * 1024 * 1024, "batch") == b"\x00" * (4 * 1024 * 1024)
    assert MAX_BATCH_BYTES >= 4 * 1024 * 1024
