"""Batch file versions: version 2 (xz inside age) is written; version 1 is still read;
a damaged or oversized xz stream is refused and writes nothing."""

from __future__ import annotations

import lzma
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


def _export(make_stall, sample_petition: Petition, tmp_path: Path):  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    for i in range(20):
        sign(a, sample_petition.id, f"Ada Chan {chr(65 + i)}", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    return a, done


def test_version_2_is_an_xz_stream_of_the_signed_envelope(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    identity = Importer(coordinator)._identity
    payload = decrypt(done.path.read_bytes(), identity)
    assert payload.startswith(envelope.XZ_MAGIC)
    plain = lzma.decompress(payload)
    assert plain.startswith(f"stallapp-batch 1 {a.vault.device_id}\n".encode())
    assert len(payload) < len(plain)
    assert Importer(coordinator).import_file(done.path).status == IMPORTED


def test_version_1_file_still_imports_and_is_the_same_batch(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    identity = Importer(coordinator)._identity
    plain = lzma.decompress(decrypt(done.path.read_bytes(), identity))
    old = tmp_path / "old.stallbatch"
    old.write_bytes(make_encrypt(recipients(a.vault)[0])(plain))  # as version 1 wrote it
    result = Importer(coordinator).import_file(old)
    assert result.status == IMPORTED
    # The same document hash either way: the version 2 file is the same batch, already in.
    assert Importer(coordinator).import_file(done.path).status == ALREADY
    [out] = sealing_store.out_batches(a.vault.conn)
    batch = sealing_store.in_batch(coordinator.conn, out.batch_id)
    assert batch is not None and batch.doc_hash == out.doc_hash


@pytest.mark.parametrize("damage", ["truncated", "flipped", "trailing", "nested"])
def test_damaged_xz_stream_is_refused_and_changes_nothing(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, damage: str
) -> None:  # type: ignore[no-untyped-def]
    a, done = _export(make_stall, sample_petition, tmp_path)
    identity = Importer(coordinator)._identity
    payload = decrypt(done.path.read_bytes(), identity)
    if damage == "truncated":
        bad = payload[: len(payload) // 2]
    elif damage == "flipped":
        buf = bytearray(payload)
        buf[len(buf) // 2] ^= 0x10
        bad = bytes(buf)
    elif damage == "trailing":
        bad = payload + b"extra"
    else:
        bad = envelope.compress(payload)  # xz inside xz is not a batch
    before = vault_hash(coordinator)
    file = tmp_path / "bad.stallbatch"
    file.write_bytes(make_encrypt(recipients(a.vault)[0])(bad))
    result = Importer(coordinator).import_file(file)
    assert result.status == REFUSED
    assert vault_hash(coordinator) == before


def test_a_small_stream_cannot_unpack_past_the_cap() -> None:
    bomb = envelope.compress(b"\x00" * (4 * 1024 * 1024))
    assert len(bomb) < 4096
    with pytest.raises(Rejected, match="more than"):
        expand(bomb, 1024 * 1024, "batch")
    assert expand(bomb, 4 * 1024 * 1024, "batch") == b"\x00" * (4 * 1024 * 1024)
    assert MAX_BATCH_BYTES >= 4 * 1024 * 1024
