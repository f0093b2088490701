"""Document versions 2 and 3: batches whose ink is in ink encoding version 2 (or 3) say
so; a batch of older ink keeps the version it had, byte for byte; a document claiming an
older version than its ink is refused. Every document version imports, and the ink reaches
the coordinator intact."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stallapp.domain import ink as inklib
from stallapp.domain.petition import Petition
from stallapp.sealing.envelope import expand, seal
from stallapp.sealing.opening import MAX_BATCH_BYTES, decrypt
from stallapp.sealing.schema import Invalid, integer
from stallapp.services import rehearsal
from stallapp.services.batch_export import export_batch, recipients
from stallapp.services.batch_import import IMPORTED, REFUSED, Importer
from stallapp.services.keys import load_keys
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign, vault_hash
from tests.support.mutations import make_encrypt


def _signed_with_ink(stall: Stall, petition: Petition, encode: Any, n: int = 5) -> list[Any]:
    rng = random.Random(5)
    drawn = []
    for i in range(n):
        drawing = rehearsal.ink(rng)
        drawn.append(inklib.quantise(drawing))
        sign(stall, petition.id, f"Ada Chan {chr(65 + i)}", "CV1 1LL", ink=encode(drawing))
    return drawn


def _document(coordinator: Vault, path: Path) -> tuple[bytes, dict[str, Any]]:
    payload = decrypt(path.read_bytes(), Importer(coordinator)._identity)
    plain = expand(payload, MAX_BATCH_BYTES, "batch")
    body = plain.split(b"\n", 2)[2]
    return plain, json.loads(body)


def _ink_at(coordinator: Vault) -> list[inklib.Ink]:
    rows = coordinator.conn.execute("SELECT ink FROM signatures ORDER BY name").fetchall()
    return [inklib.decode(r[0]) for r in rows]


@pytest.mark.parametrize(
    ("encode", "version"),
    [
        (inklib.encode, 3),  # new ink
        (inklib.encode_v2, 2),  # what stallapp wrote for such rows before version 3
        (inklib.encode_v1, 1),  # what it wrote before version 2
    ],
)
def test_each_ink_version_makes_its_document_version_and_imports_intact(
    make_stall,
    sample_petition: Petition,
    coordinator: Vault,
    tmp_path: Path,
    encode: Callable[[inklib.Ink], bytes],
    version: int,
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    drawn = _signed_with_ink(a, sample_petition, encode)
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    _, doc = _document(coordinator, done.path)
    assert doc["version"] == version
    assert Importer(coordinator).import_file(done.path).status == IMPORTED
    assert _ink_at(coordinator) == drawn


@pytest.mark.parametrize("claimed", [1, 2])
def test_document_claiming_an_older_version_than_its_ink_is_refused(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, claimed: int
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    _signed_with_ink(a, sample_petition, inklib.encode)
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    _, doc = _document(coordinator, done.path)
    doc["version"] = claimed  # validly signed by the enrolled device, but an older version
    plain = seal("stallapp-batch", a.vault.device_id, load_keys(a.vault).signing, doc)
    file = tmp_path / f"claims-v{claimed}.stallbatch"
    file.write_bytes(make_encrypt(recipients(a.vault)[0])(plain))
    before = vault_hash(coordinator)
    result = Importer(coordinator).import_file(file)
    assert result.status == REFUSED
    assert vault_hash(coordinator) == before
    # The same batch with its true version imports.
    assert Importer(coordinator).import_file(done.path).status == IMPORTED


def test_mixed_ink_takes_the_newest_version_and_an_older_reader_refuses_it(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    drawn = _signed_with_ink(a, sample_petition, inklib.encode_v2, n=2)
    rng = random.Random(6)
    drawing = rehearsal.ink(rng)
    drawn.append(inklib.quantise(drawing))
    sign(a, sample_petition.id, "Ada Chan Z", "CV1 1LL", ink=inklib.encode(drawing))
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    _, doc = _document(coordinator, done.path)
    assert doc["version"] == 3
    # A coordinator from before version 3 checked the field as integer(1, 2): it refuses
    # this document as damaged before reading any record.
    with pytest.raises(Invalid):
        integer(1, 2)(doc["version"], "version")
    assert Importer(coordinator).import_file(done.path).status == IMPORTED
    assert sorted(_ink_at(coordinator), key=repr) == sorted(drawn, key=repr)
