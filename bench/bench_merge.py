"""Merge rate: 100 sealed batches of 1,000 synthetic signatures into a coordinator vault,
against a bare SQLCipher insert of the same rows measured in the same run.

    .venv/bin/python bench/bench_merge.py [--batches 100] [--size 1000] [--stalls 4]

Synthetic signers come from stallapp.services.rehearsal (the engine of `stallapp rehearse`), in
rehearsal vaults. Each phase runs in its own process so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _result import result as emit_result  # noqa: E402 - bench/ is the script's folder

PASSPHRASE = "bench passphrase"  # noqa: S105 - throwaway rehearsal vaults


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu(who: int) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def prepare(work: Path, batches: int, size: int, stalls: int) -> None:
    from stallapp.domain.petition import load_petition
    from stallapp.services import rehearsal
    from stallapp.services.batch_export import export_batch
    from stallapp.services.campaign_pack import (
        enroll,
        export_card,
        export_pack,
        install_pack,
        read_card,
        read_pack,
    )
    from stallapp.services.capture import CaptureService
    from stallapp.storage import petitions as petition_store
    from stallapp.storage.keyfile import KdfCost
    from stallapp.storage.vault import Vault
    from stallapp.system.resources import sample_petition_path

    petition = load_petition(sample_petition_path())
    light = KdfCost.light()
    coord = Vault.create(
        work / "coordinator", PASSPHRASE, role="coordinator", rehearsal=True, cost=light
    )
    with coord.transaction() as tx:
        petition_store.save(tx, petition)
    pack = read_pack(export_pack(coord))
    out = work / "batches"
    out.mkdir()
    per_stall = batches // stalls
    for s in range(stalls):
        stall = Vault.create(
            work / f"stall-{s}",
            PASSPHRASE,
            role="stall",
            rehearsal=True,
            cost=light,
            device_name=f"bench-{s}",
        )
        install_pack(stall, pack)
        enroll(coord, read_card(export_card(stall)))
        capture = CaptureService(stall)
        event = capture.add_event(city=f"City {s}", location="Bench", day="2026-11-28")
        for b in range(per_stall if s < stalls - 1 else batches - per_stall * (stalls - 1)):
            rehearsal.generate(stall, petition, event.id, size, seed=s * 1000 + b, repeat_rate=0.02)
            done = export_batch(stall, out)
            assert done is not None and done.record_count == size
        stall.lock()
    coord.lock()


def merge(work: Path) -> dict[str, float]:
    from stallapp.services.batch_import import IMPORTED, Importer
    from stallapp.storage.vault import Vault

    vault = Vault.unlock(work / "coordinator", PASSPHRASE)
    importer = Importer(vault)
    files = sorted((work / "batches").glob("*.stallbatch"))
    start = time.perf_counter()
    cpu, worker = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    rows = 0
    # As the screen and the command line import: the next file is opened (in a worker
    # process) while one is written; the worker has ended when import_files returns.
    for _path, outcome in importer.import_files(files):
        assert outcome.status == IMPORTED, outcome.message
        rows += outcome.records
    elapsed = time.perf_counter() - start
    cpu = _cpu(resource.RUSAGE_SELF) - cpu
    worker = _cpu(resource.RUSAGE_CHILDREN) - worker
    people = vault.conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    vault.lock()
    return {
        "rows": rows,
        "seconds": elapsed,
        "cpu": cpu + worker,
        "worker_cpu": worker,
        "peak_mib": _peak_mib(),
        "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "people": people,
    }


def baseline(work: Path) -> dict[str, float]:
    """The same rows, read from the stall vaults, inserted with plain executemany."""
    import secrets

    import sqlcipher3

    from stallapp.storage import signatures
    from stallapp.storage.migrations import v1_core
    from stallapp.storage.vault import Vault

    # The bare table is schema version 1's, which predates later columns (connection).
    columns = signatures._COLUMNS.replace(", connection", "")
    batches: list[list[tuple[object, ...]]] = []
    for folder in sorted(work.glob("stall-*")):
        vault = Vault.unlock(folder, PASSPHRASE)
        seqs = [r[0] for r in vault.conn.execute("SELECT seq FROM batches_out ORDER BY seq")]
        for seq in seqs:
            rows = vault.conn.execute(
                f"SELECT {columns}, device_id FROM signatures WHERE batch_seq = ?",  # noqa: S608
                (seq,),
            ).fetchall()
            batches.append([tuple(r) for r in rows])
        vault.lock()
    db = work / f"bare-{os.getpid()}.db"  # a fresh one for each run
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.executescript(
        v1_core.MIGRATION.sql.replace("REFERENCES petitions(id)", "")
        .replace("REFERENCES petition_versions(hash)", "")
        .replace("REFERENCES events(id)", "")
    )
    marks = ",".join("?" * (len(columns.split(",")) + 1))
    start = time.perf_counter()
    cpu = _cpu(resource.RUSAGE_SELF)
    count = 0
    for rows in batches:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            f"INSERT INTO signatures ({columns}, device_id) VALUES ({marks})",  # noqa: S608
            rows,
        )
        conn.execute("COMMIT")
        count += len(rows)
    elapsed = time.perf_counter() - start
    cpu = _cpu(resource.RUSAGE_SELF) - cpu
    conn.close()
    for leftover in work.glob(f"{db.name}*"):
        leftover.unlink()
    return {"rows": count, "seconds": elapsed, "cpu": cpu, "peak_mib": _peak_mib()}


def _child(phase: str, work: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--work", str(work)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batches", type=int, default=100)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--stalls", type=int, default=4)
    parser.add_argument("--phase", choices=("merge", "baseline"), default=None)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    os.umask(0o077)
    if args.phase is not None:
        result = merge(args.work) if args.phase == "merge" else baseline(args.work)
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory(prefix="stallapp-bench-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        prepare(work, args.batches, args.size, args.stalls)
        size_mib = sum(p.stat().st_size for p in (work / "batches").iterdir()) / 2**20
        print(
            f"prepared {args.batches} batches x {args.size} signatures "
            f"({size_mib:.1f} MiB sealed) in {time.perf_counter() - t0:.0f} s"
        )
        # The baseline runs before and after the merge (the machine's load changes during
        # a run); the merge is compared with their mean time.
        first = _child("baseline", work)
        got = _child("merge", work)
        second = _child("baseline", work)
    base = {
        "rows": first["rows"],
        "seconds": (first["seconds"] + second["seconds"]) / 2,
        "cpu": (first["cpu"] + second["cpu"]) / 2,
        "peak_mib": max(first["peak_mib"], second["peak_mib"]),
    }
    print(f"bare insert runs: {first['seconds']:.2f} s and {second['seconds']:.2f} s")
    base_rate = base["rows"] / base["seconds"]
    merge_rate = got["rows"] / got["seconds"]
    print(
        f"bare SQLCipher insert: {base['rows']:.0f} rows in {base['seconds']:.2f} s "
        f"= {base_rate:,.0f} rows/s, peak {base['peak_mib']:.0f} MiB"
    )
    print(
        f"verified merge:        {got['rows']:.0f} rows in {got['seconds']:.2f} s "
        f"= {merge_rate:,.0f} rows/s, peak {got['peak_mib']:.0f} MiB, "
        f"{got['people']:.0f} people; the opening worker's own peak "
        f"{got['worker_peak_mib']:.0f} MiB"
    )
    print(
        f"merge rate / bare insert rate = {merge_rate / base_rate:.3f} "
        f"(the merge is {base_rate / merge_rate:.1f}x slower)"
    )
    emit_result(
        f"verified merge of {args.batches} batches x {args.size} signatures",
        f"{merge_rate:,.0f} rows/s",
        f"bare SQLCipher insert {base_rate:,.0f} rows/s",
        round(merge_rate / base_rate, 3),
    )
    per_batch = 1000 / args.batches
    merge_cpu, base_cpu = got["cpu"] * per_batch, base["cpu"] * per_batch
    print(
        f"CPU a batch: merge {merge_cpu:.0f} ms (of which the opening worker "
        f"{got['worker_cpu'] * per_batch:.0f} ms), bare insert {base_cpu:.0f} ms"
    )
    emit_result(
        "CPU time of that merge a batch (all its processes)",
        f"{merge_cpu:.0f} ms",
        f"bare SQLCipher insert {base_cpu:.0f} ms",
        round(base_cpu / merge_cpu, 3),
    )
    emit_result(
        "merge peak memory (max RSS)",
        f"{got['peak_mib']:.0f} MiB",
        f"bare insert {base['peak_mib']:.0f} MiB",
        round(got["peak_mib"] / base["peak_mib"], 2),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
