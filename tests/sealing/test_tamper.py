"""Every single-byte change and every truncation of a small sealed batch is refused and
leaves the coordinator vault unchanged (by a content hash of every table)."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, REFUSED, Importer
from stallapp.storage.vault import Vault
from tests.support.campaign import sign, vault_hash


def test_every_byte_change_and_truncation_is_refused(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    data = done.path.read_bytes()
    importer = Importer(coordinator)
    snapshot = vault_hash(coordinator)
    outcomes: dict[str, int] = {}
    for i in range(len(data)):
        for mask in (0x01, 0x80):
            changed = bytearray(data)
            changed[i] ^= mask
            outcome = importer.import_bytes(bytes(changed))
            assert outcome.status == REFUSED, (i, mask)
            outcomes[outcome.message] = outcomes.get(outcome.message, 0) + 1
    for length in range(len(data)):
        outcome = importer.import_bytes(data[:length])
        assert outcome.status == REFUSED, length
    assert vault_hash(coordinator) == snapshot
    # Refusals are one readable line each and never quote the file's contents.
    assert all("\n" not in m and "Ada" not in m for m in outcomes)
    # The untouched file still imports: the refusals were about the changes.
    assert importer.import_bytes(data).status == IMPORTED
