"""Coordinator reports at campaign scale, against a bare GROUP BY over a plain table.

    .venv/bin/python bench/bench_reports.py [--signatures 100000] [--rounds 3] [--vault DIR]

Fills a rehearsal coordinator vault with merged signatures (bench/_scale.py; a million takes
about five minutes), then times, interleaved round by round:
- the report's totals (`reports.build`: signatures, people, paper, kiosk, open near matches,
  people per petition) against `SELECT count(*), count(DISTINCT person), ...` over a plain
  SQLCipher table holding only (petition, city, person, origin) of the same rows;
- the report by city (`reports.build(by="city")`, which includes the totals) against the
  same plain table's `GROUP BY city`.
With --vault DIR the vault is kept there (or reused if it exists), for bench_scale.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3
from _result import result
from _scale import fill

from stallapp.domain.petition import load_petition
from stallapp.services import reports
from stallapp.storage import petitions as petition_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.report_queries import PERSON
from stallapp.storage.vault import Vault
from stallapp.system.resources import sample_petition_path

PASSPHRASE = "bench passphrase"  # noqa: S105 - a throwaway rehearsal vault
BARE_TOTALS = (
    "SELECT count(*), count(DISTINCT person), sum(origin = 'paper'), sum(origin = 'kiosk') FROM t"
)
BARE_CITY = (
    "SELECT city, count(*), count(DISTINCT person), sum(origin = 'paper') FROM t "
    "GROUP BY city ORDER BY 3 DESC, 1"
)


def scale_vault(folder: Path, signatures: int) -> Vault:
    """The coordinator vault with `signatures` merged rows, made if the folder is new."""
    if (folder / "vault.db").exists():
        return Vault.unlock(folder, PASSPHRASE)
    vault = Vault.create(
        folder, PASSPHRASE, role="coordinator", rehearsal=True, cost=KdfCost.light()
    )
    petition = load_petition(sample_petition_path())
    with vault.transaction() as tx:
        petition_store.save(tx, petition)
    seconds = fill(vault, petition, signatures)
    print(f"filled a coordinator vault with {signatures:,} signatures in {seconds:.0f} s")
    return vault


def plain_table(vault: Vault, path: Path) -> sqlcipher3.Connection:
    """The same rows as (petition, city, person, origin) in a plain SQLCipher table."""
    rows = vault.conn.execute(
        f"SELECT s.petition_id, e.city, {PERSON}, s.origin "  # noqa: S608
        "FROM signatures s JOIN events e ON e.id = s.event_id"
    ).fetchall()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + "5a" * 32 + "'\"")
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE t (petition_id TEXT, city TEXT, person INTEGER, origin TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    return conn


def _timed(work) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = work()
    return time.perf_counter() - start, out


def measure(vault: Vault, bare: sqlcipher3.Connection, rounds: int) -> dict[str, float]:
    times: dict[str, list[float]] = {"totals": [], "bare_totals": [], "city": [], "bare_city": []}
    for _ in range(rounds):
        t, report = _timed(lambda: reports.build(vault.conn))
        times["totals"].append(t)
        t, row = _timed(lambda: bare.execute(BARE_TOTALS).fetchone())
        times["bare_totals"].append(t)
        assert report.signatures == row[0] and report.people == row[1]  # type: ignore[attr-defined,index]
        t, by_city = _timed(lambda: reports.build(vault.conn, "city"))
        times["city"].append(t)
        t, rows = _timed(lambda: bare.execute(BARE_CITY).fetchall())
        times["bare_city"].append(t)
        assert [g["people"] for g in by_city.groups] == [r[2] for r in rows]  # type: ignore[attr-defined,union-attr]
    return {k: statistics.median(v) for k, v in times.items()}


def report(m: dict[str, float], signatures: int) -> None:
    for key, label in (("totals", "totals"), ("city", "by city")):
        ratio = m[key] / m[f"bare_{key}"]
        print(
            f"report {label:8s} {m[key]:7.2f} s   bare GROUP BY {m[f'bare_{key}']:7.2f} s   "
            f"ratio {ratio:.2f}"
        )
        result(
            f"coordinator report ({label}) at {signatures:,} signatures (median)",
            f"{m[key]:.2f} s",
            f"bare GROUP BY over a plain table {m[f'bare_{key}']:.2f} s",
            round(ratio, 2),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signatures", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--vault", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stallapp-bench-") as tmp:
        folder = args.vault or Path(tmp) / "coordinator"
        vault = scale_vault(folder, args.signatures)
        count = int(vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0])
        bare = plain_table(vault, Path(tmp) / "plain.db")
        m = measure(vault, bare, args.rounds)
        bare.close()
        vault.lock()
    report(m, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
