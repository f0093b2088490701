"""At least 10,000 malformed batches per run: every one gets a clean, one-line answer."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import body_hash, build_plaintext, export_batch, recipients
from stallapp.services.batch_import import REFUSED, Importer
from stallapp.services.keys import load_keys
from stallapp.storage import provenance
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from tests.support.campaign import sign
from tests.support.mutations import Mutator, make_encrypt

RUNS = 10_500


def test_importer_rejects_malformed_batches_cleanly(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", email="ada@example.org")
    sign(
        a, sample_petition.id, "Bo Wong", "CV1 2AB", origin="paper", sheet_serial="S-1", sheet_row=2
    )
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    [out] = store.out_batches(a.vault.conn)
    keys = load_keys(a.vault)
    plaintext = build_plaintext(
        a.vault,
        keys,
        1,
        out.prev_hash,
        out.created_at,
        recipients(a.vault),
        provenance.in_batch(a.vault.conn, 1),
    )
    assert body_hash(plaintext) == out.doc_hash
    importer = Importer(coordinator)
    mutator = Mutator(
        plaintext, a.vault.device_id, keys.signing, make_encrypt(recipients(a.vault)[0]), seed=4
    )
    refused = 0
    layers: dict[str, int] = {}
    for _ in range(RUNS):
        layer, data = mutator.next()
        outcome = importer.import_bytes(data)  # must never raise
        assert "\n" not in outcome.message
        if outcome.status == REFUSED:
            refused += 1
            layers[layer] = layers.get(layer, 0) + 1
    assert refused >= 10_000
    assert set(layers) == {"outer", "envelope", "document"}
    assert coordinator.integrity_problems() == []
