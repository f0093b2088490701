"""A coordinator at campaign scale: reports and merge against a vault of a million signatures.

    .venv/bin/python bench/bench_scale.py [--signatures 1000000] [--small 10000] [--batches 5]
    (`make bench-scale`; about ten minutes, most of it filling the big vault)

1. Seals --batches batches of 1,000 synthetic signatures at an enrolled rehearsal stall
   (as bench_merge.py does), for one coordinator vault.
2. Copies that coordinator twice and fills the copies with --small and --signatures merged
   rows (bench/_scale.py: bulk inserts through storage's own column list, not the capture
   service one by one).
3. Reports on the big vault against a bare GROUP BY over a plain table of the same rows
   (bench_reports.py's measure).
4. Merges the same sealed batches into both vaults, one at a time, and compares the median
   seconds per batch: what a million rows already in the vault cost each new batch.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _result import result
from _scale import fill
from bench_merge import PASSPHRASE, prepare
from bench_reports import measure, plain_table, report

from stallapp.domain.petition import load_petition
from stallapp.services.batch_import import IMPORTED, Importer
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path


def filled(source: Path, target: Path, count: int) -> None:
    shutil.copytree(source, target)
    vault = Vault.unlock(target, PASSPHRASE)
    seconds = fill(vault, load_petition(sample_petition_path()), count)
    vault.lock()
    print(f"filled a coordinator vault with {count:,} merged signatures in {seconds:.0f} s")


def merge_times(folder: Path, batches: list[Path]) -> list[float]:
    vault = Vault.unlock(folder, PASSPHRASE)
    importer = Importer(vault)
    times = []
    for path in batches:
        start = time.perf_counter()
        outcome = importer.import_file(path)
        times.append(time.perf_counter() - start)
        assert outcome.status == IMPORTED, outcome.message
    vault.lock()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signatures", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.umask(0o077)
    with tempfile.TemporaryDirectory(prefix="stallapp-bench-scale-") as tmp:
        work = Path(tmp)
        prepare(work, args.batches, 1000, 1)
        batches = sorted((work / "batches").glob("*.stallbatch"))
        filled(work / "coordinator", work / "small", args.small)
        filled(work / "coordinator", work / "large", args.signatures)

        vault = Vault.unlock(work / "large", PASSPHRASE)
        bare = plain_table(vault, work / "plain.db")
        m = measure(vault, bare, args.rounds)
        bare.close()
        vault.lock()
        report(m, args.signatures)

        small = merge_times(work / "small", batches)
        large = merge_times(work / "large", batches)
    s, big = statistics.median(small), statistics.median(large)
    print(
        f"merge per batch of 1,000: {s:.2f} s at {args.small:,}, {big:.2f} s at {args.signatures:,}"
    )
    result(
        f"merge cost per batch, vault at {args.signatures:,} signatures (median)",
        f"{big:.2f} s",
        f"same batches into a vault at {args.small:,}: {s:.2f} s",
        round(big / s, 2),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
