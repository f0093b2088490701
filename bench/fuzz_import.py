"""A longer fuzz run of the batch importer than the test suite's 10,500 inputs.

    .venv/bin/python bench/fuzz_import.py [--count 200000] [--seed N]

Builds a coordinator and an enrolled stall in a temporary folder, seals a small batch, then
feeds the importer malformed variants from tests/sealing/mutations.py (damaged age files,
changed signed plaintexts, and changed documents re-signed with the real device key). Any
exception escaping the importer is a bug: the script stops and prints the input's seed step.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "fuzz passphrase"  # noqa: S105 - throwaway vaults


from _result import result  # noqa: E402 - bench/ is the script's folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    os.umask(0o077)

    from stallapp.domain.petition import load_petition
    from stallapp.services.batch_export import build_plaintext, export_batch, recipients
    from stallapp.services.batch_import import Importer
    from stallapp.services.campaign_pack import (
        enroll,
        export_card,
        export_pack,
        install_pack,
        read_card,
        read_pack,
    )
    from stallapp.services.capture import CaptureService
    from stallapp.services.keys import load_keys
    from stallapp.storage import petitions as petition_store
    from stallapp.storage import provenance
    from stallapp.storage import sealing_store as store
    from stallapp.storage.keyfile import KdfCost
    from stallapp.storage.vault import Vault
    from stallapp.system.resources import sample_petition_path
    from tests.support.mutations import Mutator, make_encrypt

    petition = load_petition(sample_petition_path())
    with tempfile.TemporaryDirectory(prefix="stallapp-fuzz-") as tmp:
        work = Path(tmp)
        coord = Vault.create(work / "c", PASSPHRASE, role="coordinator", cost=KdfCost.light())
        stall = Vault.create(work / "s", PASSPHRASE, role="stall", cost=KdfCost.light())
        with coord.transaction() as tx:
            petition_store.save(tx, petition)
        install_pack(stall, read_pack(export_pack(coord)))
        enroll(coord, read_card(export_card(stall)))
        capture = CaptureService(stall)
        event = capture.add_event(city="Leeds", location="Briggate", day="2026-11-28")
        for name, code in (("Ada Chan", "LS1 6HP"), ("Bo Wong", "LS2 7EY")):
            capture.record(
                petition.id,
                event.id,
                name=name,
                postcode=code,
                address="1 Mill Road",
                consent=True,
                email="a@example.org",
            )
        assert export_batch(stall, work) is not None
        [out] = store.out_batches(stall.conn)
        keys = load_keys(stall)
        plaintext = build_plaintext(
            stall,
            keys,
            1,
            out.prev_hash,
            out.created_at,
            recipients(stall),
            provenance.in_batch(stall.conn, 1),
        )
        importer = Importer(coord)
        mutator = Mutator(
            plaintext,
            stall.device_id,
            keys.signing,
            make_encrypt(recipients(stall)[0]),
            seed=args.seed,
        )
        seen: Counter[tuple[str, str]] = Counter()
        start = time.perf_counter()
        for i in range(args.count):
            layer, data = mutator.next()
            try:
                outcome = importer.import_bytes(data)
            except Exception as exc:
                print(f"BUG at step {i} (seed {args.seed}, layer {layer}): {type(exc).__name__}")
                return 1
            seen[(layer, outcome.status)] += 1
        elapsed = time.perf_counter() - start
        problems = coord.integrity_problems()
        coord.lock()
        stall.lock()
    print(
        f"{args.count} inputs in {elapsed:.1f} s ({args.count / elapsed:,.0f}/s), seed {args.seed}"
    )
    for (layer, status), n in sorted(seen.items()):
        print(f"  {layer:9} {status:17} {n}")
    print("vault integrity:", problems or "ok")
    result(
        "malformed batches fed to the importer",
        f"{args.count} rejected cleanly, {args.count / elapsed:,.0f}/s",
        "vault integrity " + ("ok" if not problems else "FAILED"),
    )
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
