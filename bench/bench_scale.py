"""A coordinator at campaign scale: reports and merge against a vault of a million signatures.

    .venv/bin/python bench/bench_scale.py [--signatures 1000000] [--small 10000] [--batches 5]
        [--keep FOLDER] [--no-reports]
    (`make bench-scale`; about ten minutes, most of it filling the big vault)

With --keep, the sealed batches and the filled vaults are kept in FOLDER and reused by the
next run with the same sizes (each run merges into a fresh copy of a filled vault, so runs
start from the same state); a folder filled by one version of the code is for that version.

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


def filled(source: Path, target: Path, count: int, keep: Path | None = None) -> None:
    """Copy the coordinator to `target` filled with `count` merged rows (from the kept
    filled copy when there is one)."""
    kept = None if keep is None else keep / f"filled-{count}"
    if kept is not None and kept.exists():
        shutil.copytree(kept, target)
        print(f"reused a coordinator vault filled with {count:,} merged signatures")
        return
    shutil.copytree(source, target)
    vault = Vault.unlock(target, PASSPHRASE)
    seconds = fill(vault, load_petition(sample_petition_path()), count)
    vault.lock()
    print(f"filled a coordinator vault with {count:,} merged signatures in {seconds:.0f} s")
    if kept is not None:
        shutil.copytree(target, kept)


def merge_times(folder: Path, batches: list[Path]) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each batch's import, one file at a time."""
    vault = Vault.unlock(folder, PASSPHRASE)
    importer = Importer(vault)
    times, cpu = [], []
    for path in batches:
        start, start_cpu = time.perf_counter(), time.process_time()
        outcome = importer.import_file(path)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        assert outcome.status == IMPORTED, outcome.message
    vault.lock()
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signatures", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep and reuse the batches and filled vaults")
    parser.add_argument("--no-reports", action="store_true", help="measure the merge only")
    args = parser.parse_args()
    os.umask(0o077)
    with tempfile.TemporaryDirectory(prefix="stallapp-bench-scale-") as tmp:
        work = Path(tmp)
        keep: Path | None = args.keep
        source = work if keep is None else keep / f"batches-{args.batches}"
        if not (source / "batches").exists():
            source.mkdir(parents=True, exist_ok=True)
            prepare(source, args.batches, 1000, 1)
        batches = sorted((source / "batches").glob("*.stallbatch"))
        filled(source / "coordinator", work / "small", args.small, keep and source)
        filled(source / "coordinator", work / "large", args.signatures, keep and source)

        if not args.no_reports:
            vault = Vault.unlock(work / "large", PASSPHRASE)
            bare = plain_table(vault, work / "plain.db")
            m = measure(vault, bare, args.rounds)
            bare.close()
            vault.lock()
            report(m, args.signatures)

        small, small_cpu = merge_times(work / "small", batches)
        large, large_cpu = merge_times(work / "large", batches)
    s, big = statistics.median(small), statistics.median(large)
    print(
        f"merge per batch of 1,000: {s:.2f} s at {args.small:,}, {big:.2f} s at {args.signatures:,}"
    )
    print(
        f"merge CPU per batch of 1,000: {statistics.median(small_cpu):.2f} s at {args.small:,}, "
        f"{statistics.median(large_cpu):.2f} s at {args.signatures:,}"
    )
    print(
        "per batch (wall): "
        + " ".join(f"{t:.2f}" for t in small)
        + " | "
        + " ".join(f"{t:.2f}" for t in large)
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
