"""1,000 SIGKILL trials against a process adding entries (the nightly version of the test).

    .venv/bin/python bench/crash_trials.py [--trials N] [--seed S]
Prints the trials run, entries acknowledged, entries lost (must be 0) and integrity problems.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _result import result

from tests.support.crash_harness import run_trials


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        report = run_trials(Path(tmp) / "vault", args.trials, args.seed)
        elapsed = time.perf_counter() - start
    print(f"trials               {report.trials}")
    print(f"killed before ready  {report.killed_before_ready}")
    print(f"acknowledged entries {report.acknowledged}")
    print(f"lost entries         {len(report.missing)}")
    print(f"integrity problems   {len(report.problems)}")
    print(f"elapsed              {elapsed:.1f} s")
    result(
        "acknowledged entries lost after SIGKILL",
        f"{len(report.missing)} of {report.acknowledged} ({report.trials} kills)",
        f"integrity problems {len(report.problems)}",
    )
    for problem in report.problems[:10]:
        print("  ", problem)
    return 0 if not report.missing and not report.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
