"""Durable commit of one signature (with ink) vs a bare SQLCipher insert+commit of the same bytes.

    .venv/bin/python bench/bench_commit.py [--rounds N]

Both sides use the same SQLCipher settings (WAL, synchronous=FULL, a raw 256-bit key) on the
same disk, interleaved round by round so that disk noise hits both alike. Ours includes
validation, the receipt-code and duplicate look-ups and the index updates. The bare side is
a plain table with no secondary index. A second figure compares CPU time only: on a shared
machine whose disk is busy, fsync waits swamp the wall-clock ratio.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3
from _result import result

from stallapp.domain import ink as inklib
from stallapp.domain.petition import load_petition
from stallapp.services.capture import CaptureService
from stallapp.services.rehearsal import ink as synthetic_ink
from stallapp.services.rehearsal import person
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path


def bare_db(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, address TEXT, "
        "postcode TEXT, email TEXT, ink BLOB)"
    )
    return conn


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "vault", "bench passphrase", role="stall", cost=KdfCost.light()
        )
        service = CaptureService(vault)
        petition = load_petition(sample_petition_path())
        service.add_petition(petition)
        event = service.add_event(city="Coventry", location="Broadgate", day="2026-11-28")
        bare = bare_db(Path(tmp) / "bare.db")
        ours, base = [], []
        cpu_ours = cpu_base = 0.0
        ink_bytes = 0
        for _ in range(args.rounds):
            who = person(rng)
            blob = inklib.encode(synthetic_ink(rng))
            ink_bytes += len(blob)
            c0 = time.process_time()
            t0 = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute(
                "INSERT INTO t (name, address, postcode, email, ink) VALUES (?,?,?,?,?)",
                (who.name, who.address, who.postcode, who.email, blob),
            )
            bare.execute("COMMIT")
            t1 = time.perf_counter()
            c1 = time.process_time()
            service.record(
                petition.id,
                event.id,
                name=who.name,
                address=who.address,
                postcode=who.postcode,
                email=who.email,
                consent=True,
                ink=blob,
            )
            t2 = time.perf_counter()
            c2 = time.process_time()
            cpu_base += c1 - c0
            cpu_ours += c2 - c1
            base.append(t1 - t0)
            ours.append(t2 - t1)
        vault.lock()
        bare.close()
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    ratio = m_ours / m_base
    print(f"rounds                     {args.rounds}")
    print(f"mean ink blob              {ink_bytes / args.rounds:.0f} bytes")
    print(f"stallapp durable commit    median {m_ours * 1000:.2f} ms")
    print(f"bare SQLCipher commit      median {m_base * 1000:.2f} ms")
    print(f"ratio                      {ratio:.2f}x")
    cpu_ratio = cpu_ours / cpu_base
    print(
        f"CPU per commit             {cpu_ours / args.rounds * 1000:.2f} ms vs bare "
        f"{cpu_base / args.rounds * 1000:.2f} ms: {cpu_ratio:.2f}x (fsync waits excluded)"
    )
    result(
        "durable commit of one signature with ink (median)",
        f"{m_ours * 1000:.2f} ms",
        f"bare SQLCipher insert+commit {m_base * 1000:.2f} ms",
        round(ratio, 2),
    )
    result(
        "CPU time of that commit (mean; disk waits excluded)",
        f"{cpu_ours / args.rounds * 1000:.2f} ms",
        f"bare SQLCipher insert+commit {cpu_base / args.rounds * 1000:.2f} ms",
        round(cpu_ratio, 2),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
