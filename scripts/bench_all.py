"""Run every benchmark in bench/ and write their figures as a table into docs/performance.md.

    .venv/bin/python scripts/bench_all.py          (what `make bench` runs)
    .venv/bin/python scripts/bench_all.py --scale  (`make bench-scale`: adds the 1M vault)
    .venv/bin/python scripts/bench_all.py --only bench_kiosk.py bench_merge.py
                                                   (reruns those; the other rows stay)

Each bench script prints, besides its own report, one line per figure:
    RESULT {"figure": "...", "value": "...", "baseline": "...", "ratio": 1.23}
The table goes between the bench markers in docs/performance.md; the rest of that file (the
discussion of each figure) is left as it is. Scripts run in a fixed order with arguments that
keep the whole run under ten minutes on a 2-core machine; longer runs of the same scripts
(e.g. 1,000 crash trials) are for nightly use.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

# script, arguments for the quick run, time limit in seconds
SUITE: list[tuple[str, list[str], int]] = [
    ("bench_commit.py", ["--rounds", "300"], 120),
    ("bench_kiosk.py", [], 180),
    ("bench_merge.py", [], 900),
    ("bench_reports.py", ["--signatures", "100000"], 300),
    ("bench_bundle.py", ["--repeat", "1"], 300),
    ("bench_sealed.py", [], 180),
    ("fuzz_import.py", ["--count", "20000"], 120),
    ("crash_trials.py", ["--trials", "100"], 240),
]
# `--scale` (make bench-scale) adds the campaign-scale run: a million-signature coordinator
# vault, its reports and the merge cost per batch against a 10,000-signature vault.
SCALE: list[tuple[str, list[str], int]] = [("bench_scale.py", [], 2400)]


def machine() -> str:
    cpus = os.cpu_count() or 0
    return f"{platform.machine()}, {cpus} cores, Python {platform.python_version()}"


def run(script: str, args: list[str], limit: int) -> tuple[list[dict[str, object]], str]:
    path = ROOT / "bench" / script
    if not path.exists():
        return [], "missing"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, str(path), *args],
            capture_output=True,
            text=True,
            timeout=limit,
            cwd=ROOT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return [], f"timed out after {limit} s"
    elapsed = time.perf_counter() - start
    sys.stdout.write(proc.stdout)
    results = []
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            results.append(json.loads(line[len("RESULT ") :]))
    status = f"ok in {elapsed:.0f} s" if proc.returncode == 0 else f"exit {proc.returncode}"
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
    return results, status


def row_line(script: str, r: dict[str, object]) -> str:
    ratio = r.get("ratio")
    ratio_text = f"{ratio:.2f}x" if isinstance(ratio, int | float) else "-"
    return (
        f"| {r.get('figure', '?')} | {r.get('value', '')} | {r.get('baseline', '')} "
        f"| {ratio_text} | `bench/{script}` |"
    )


def table(lines: list[str], statuses: list[str], heading: str) -> str:
    out = [
        heading,
        "",
        "| figure | value | baseline (same run) | ratio | script |",
        "|---|---|---|---|---|",
        *lines,
    ]
    out += ["", "Scripts: " + "; ".join(statuses) + "."]
    return "\n".join(out)


def earlier(block: str) -> tuple[str, dict[str, list[str]], dict[str, str]]:
    """The heading line, the row lines by script and the status by script of a table."""
    heading = next((ln for ln in block.splitlines() if ln.startswith("Last ")), "")
    rows: dict[str, list[str]] = {}
    statuses: dict[str, str] = {}
    for ln in block.splitlines():
        if ln.startswith("| ") and ln.endswith("` |") and "`bench/" in ln:
            script = ln.rsplit("`bench/", 1)[1].split("`", 1)[0]
            rows.setdefault(script, []).append(ln)
        elif ln.startswith("Scripts: "):
            for part in ln[len("Scripts: ") :].rstrip(".").split("; "):
                if part.startswith("`") and "` " in part:
                    name, status = part[1:].split("` ", 1)
                    statuses[name] = status
    return heading, rows, statuses


def main() -> int:
    argv = sys.argv[1:]
    scale = "--scale" in argv
    only = set(argv[argv.index("--only") + 1 :]) if "--only" in argv else None
    plan = SUITE + (SCALE if scale else [])
    if only is not None:
        unknown = only - {script for script, _, _ in SUITE + SCALE}
        if unknown or not only:
            print(f"--only takes bench scripts of the suite, not {sorted(unknown)}")
            return 2
        plan = [p for p in SUITE + SCALE if p[0] in only]
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    old_block = text.split(BEGIN, 1)[1].split(END, 1)[0] if BEGIN in text and END in text else ""
    old_heading, old_rows, old_statuses = earlier(old_block)
    new_rows: dict[str, list[str]] = {}
    new_statuses: dict[str, str] = {}
    failed = False
    for script, args, limit in plan:
        print(f"== bench/{script} {' '.join(args)}", flush=True)
        results, status = run(script, args, limit)
        new_statuses[script] = status
        failed |= not status.startswith("ok")
        new_rows[script] = [row_line(script, r) for r in results]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if only is None:
        heading = f"Last `make bench`: {stamp}, on {machine()}."
        order = [script for script, _, _ in plan]
        rows, statuses = new_rows, new_statuses
    else:
        names = ", ".join(f"`{s}`" for s in sorted(only))
        heading = f"{old_heading} Rerun: {names} at {stamp}.".lstrip()
        order = [script for script, _, _ in SUITE + SCALE if script in old_rows or script in only]
        rows = {**old_rows, **new_rows}
        statuses = {**old_statuses, **new_statuses}
    lines = [ln for script in order for ln in rows.get(script, [])]
    status_list = [f"`{script}` {statuses[script]}" for script in order if script in statuses]
    block = f"{BEGIN}\n{table(lines, status_list, heading)}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Latest figures\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote the table to {DOC.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
