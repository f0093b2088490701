"""A full campaign rehearsal with real processes: `make rehearsal`.

Three stall devices over two days and one coordinator, all rehearsal vaults driven through
the `stallapp` command line: campaign pack, enrolment, 600 signatures (kiosk signers with
drawn ink, paper rows from printed sheets, people who sign at two stalls), sealed exports,
imports in shuffled order with one batch imported twice and one batch lost, reports, sheet
returns, and a submission bundle. It ends with a one-page summary whose counts it checks
against what it generated, written to docs/rehearsal-summary.md. Exit status 0 only if every
check holds.
"""

from __future__ import annotations

# ruff: noqa: S311 - synthetic people for a rehearsal, not secrets
import argparse
import csv
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "petitions" / "sample.toml"
SUMMARY = ROOT / "docs" / "rehearsal-summary.md"
PETITION = "protect-hongkongers-uk"
PASSPHRASE = "rehearsal passphrase"  # noqa: S105 - synthetic rehearsal vaults only
DAYS = ("2026-11-28", "2026-12-05")
STALLS = (
    ("Coventry laptop", "Coventry", "Broadgate, CV1 1LL"),
    ("Liverpool tablet", "Liverpool", "Lord Street"),
    ("Leeds laptop", "Leeds", "Briggate"),
)
KIOSK_PER_DAY = 87  # synthetic kiosk signers with ink, per stall and day
PAPER_PER_DAY = 8  # paper rows transcribed, per stall and day
REPEATERS_PER_DAY = 5  # rows by people who also sign elsewhere, per stall and day


class RehearsalFailed(Exception):
    pass


@dataclass
class Batch:
    stall: str
    day: str
    path: Path
    rows: int
    repeaters: list[str] = field(default_factory=list)
    paper_rows: int = 0


def cli(data: Path, *args: str, ok: bool = True) -> str:
    env = {**os.environ, "STALLAPP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "stallapp", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if ok and proc.returncode != 0:
        raise RehearsalFailed(
            f"stallapp {args[0]} {args[1] if len(args) > 1 else ''} failed: {proc.stderr.strip()}"
        )
    return proc.stdout + proc.stderr


def grab(pattern: str, text: str) -> str:
    m = re.search(pattern, text)
    if m is None:
        raise RehearsalFailed(f"expected output not found: {pattern}")
    return m.group(1).strip()


def add_entry(stall: Path, event: str, name: str, street: str, code: str, *extra: str) -> None:
    cli(
        stall,
        "entry",
        "add",
        "--petition",
        PETITION,
        "--event",
        event,
        "--name",
        name,
        "--postcode",
        code,
        "--address",
        street,
        "--consent",
        *extra,
    )


def repeat_people(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    given = ("Hoi", "Ling", "Sze", "Wai", "Yuk", "Chun", "Kwok", "Mei")
    family = ("Tam", "Kwok", "Lui", "Choi", "Fok", "Hui", "Kong", "Yau")
    out, seen = [], set()
    while len(out) < count:
        name = f"{rng.choice(given)} {rng.choice(given)} {rng.choice(family)} Repeat"
        if name in seen:
            continue
        seen.add(name)
        inward = f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRS')}"
        code = f"NG{rng.randint(1, 9)} {inward}"
        out.append((name, f"{rng.randint(1, 99)} Castle Boulevard", code))
    return out


def paper_person(rng: random.Random, i: int) -> tuple[str, str, str]:
    name = f"Paper Signer {i} {rng.choice(('Ho', 'Chu', 'Siu', 'Yim', 'Lo'))}"
    code = f"S{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRS')}"
    return name, f"{rng.randint(1, 300)} Division Street", code


def run(work: Path, seed: int) -> tuple[list[tuple[str, object, object, bool]], dict[str, object]]:
    rng = random.Random(seed)
    coord = work / "coordinator"
    started = time.perf_counter()
    cli(
        coord,
        "init",
        "--role",
        "coordinator",
        "--rehearsal",
        "--device-name",
        "Rehearsal coordinator",
    )
    cli(coord, "petition", "add", str(SAMPLE))
    fingerprint = grab(r"Fingerprint: ([\d ]+)", cli(coord, "keys", "show"))
    pack = work / "campaign.pack"
    cli(coord, "pack", "export", "--out", str(pack))
    # The organiser prints the paper sheets; the coordinator's vault registers the serials.
    printed = cli(
        coord,
        "print",
        "sheets",
        "--petition",
        PETITION,
        "--count",
        "6",
        "--out",
        str(work / "sheets.pdf"),
    )
    first = grab(r"serials (\S+) to", printed)
    prefix, number = first.rsplit("-", 1)
    serials = [f"{prefix}-{int(number) + i:03d}" for i in range(6)]

    repeaters = repeat_people(rng, REPEATERS_PER_DAY * len(STALLS))
    # Each repeater signs twice: once on day 1 at stall i, once on day 2 at stall i+1.
    plan: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
    for k, person in enumerate(repeaters):
        s = k % len(STALLS)
        plan.setdefault((s, 0), []).append(person)
        plan.setdefault(((s + 1) % len(STALLS), 1), []).append(person)

    batches: list[Batch] = []
    paper_counter = 0
    sheet_rows: dict[str, int] = {}
    for s, (device, city, location) in enumerate(STALLS):
        stall = work / f"stall-{s + 1}"
        cli(stall, "init", "--role", "stall", "--rehearsal", "--device-name", device)
        cli(stall, "pack", "import", str(pack), "--fingerprint", fingerprint)
        card = work / f"device-{s + 1}.card"
        shown = cli(stall, "device", "export", "--out", str(card))
        cli(
            coord,
            "device",
            "enroll",
            str(card),
            "--fingerprint",
            grab(r"Fingerprint to show the coordinator: ([\d ]+)", shown),
        )
        for d, day in enumerate(DAYS):
            event = (
                cli(
                    stall,
                    "event",
                    "add",
                    "--city",
                    city,
                    "--location",
                    location,
                    "--date",
                    day,
                    "--start",
                    "12:00",
                    "--end",
                    "14:00",
                )
                .strip()
                .splitlines()[-1]
            )
            cli(
                stall,
                "rehearse",
                "--signatures",
                str(KIOSK_PER_DAY),
                "--event",
                event,
                "--seed",
                str(seed * 100 + s * 10 + d),
            )
            serial = serials[s * 2 + d]
            for row in range(1, PAPER_PER_DAY + 1):
                paper_counter += 1
                name, street, code = paper_person(rng, paper_counter)
                add_entry(
                    stall, event, name, street, code, "--paper-sheet", serial, "--row", str(row)
                )
            sheet_rows[serial] = PAPER_PER_DAY
            names = []
            for name, street, code in plan.get((s, d), []):
                add_entry(stall, event, name, street, code)
                names.append(name)
            usb = work / "usb" / f"{s + 1}-{d + 1}"
            usb.mkdir(parents=True)
            written = cli(stall, "batch", "export", "--out", str(usb)).strip().splitlines()[-1]
            rows = KIOSK_PER_DAY + PAPER_PER_DAY + len(names)
            batches.append(Batch(device, day, Path(written), rows, names, PAPER_PER_DAY))

    generated = sum(b.rows for b in batches)
    # Transport: shuffle, lose one batch (a stall's first day), import one twice.
    lost = batches[2]  # stall 2, day 1
    delivered = [b for b in batches if b is not lost]
    order = delivered[:]
    rng.shuffle(order)
    twice = order[0]
    outcomes = []
    for b in [*order, twice]:
        outcomes.append(cli(coord, "batch", "import", str(b.path)).strip())
    imported_lines = [o for o in outcomes if ": imported" in o]
    again_lines = [o for o in outcomes if "already imported" in o]
    gap_reported = any("missing" in o.lower() for o in outcomes)

    for serial in serials:
        cli(coord, "sheets", "return", serial, "--count", str(sheet_rows[serial]))
    report = json.loads(cli(coord, "report", "--json"))
    by_city = json.loads(cli(coord, "report", "--by", "city", "--json"))
    bundle = work / "bundle"
    cli(
        coord,
        "print",
        "bundle",
        "--petition",
        PETITION,
        "--recipient",
        "Rehearsal MP",
        "--out",
        str(bundle),
    )
    csv_files = sorted(bundle.glob("*.csv"))
    with csv_files[0].open(encoding="utf-8", newline="") as fh:
        csv_rows = sum(1 for _ in csv.DictReader(fh))

    arrived = sum(b.rows for b in delivered)
    repeat_rows = [n for b in delivered for n in b.repeaters]
    people = arrived - (len(repeat_rows) - len(set(repeat_rows)))
    paper = sum(b.paper_rows for b in delivered)
    cities = {c: 0 for _, c, _ in STALLS}
    city_of = {device: city for device, city, _ in STALLS}
    for b in delivered:
        cities[city_of[b.stall]] += b.rows
    reported_city = {g["group"]: g.get("signatures", g.get("people")) for g in by_city["groups"]}

    checks: list[tuple[str, object, object, bool]] = []

    def check(what: str, expected: object, got: object) -> None:
        checks.append((what, expected, got, expected == got))

    check("signatures generated at the stalls", 600, generated)
    check("batches exported", 6, len(batches))
    check("batch files imported (one lost)", 5, len(imported_lines))
    check("second import of the same batch changed nothing", 1, len(again_lines))
    check("missing batch reported", True, gap_reported)
    check("signatures merged", arrived, report["signatures"])
    check("people, each counted once", people, report["people"])
    check("duplicates found", arrived - people, report["duplicates"])
    check("paper signatures", paper, report["paper"])
    check("kiosk signatures", arrived - paper, report["kiosk"])
    for city, count in cities.items():
        check(f"signatures from {city}", count, reported_city.get(city, 0))
    check("bundle CSV rows (one per person)", people, csv_rows)
    check("bundle manifest matches every file (SHA-256)", True, manifest_ok(bundle))
    facts = {
        "elapsed_s": round(time.perf_counter() - started, 1),
        "lost_batch": f"{lost.stall}, {lost.day} ({lost.rows} signatures)",
        "twice": f"{twice.stall}, {twice.day}",
        "outcomes": outcomes,
    }
    return checks, facts


def manifest_ok(bundle: Path) -> bool:
    manifest = bundle / "MANIFEST.sha256"
    if not manifest.exists():
        return False
    entries = [line.split("  ", 1) for line in manifest.read_text().splitlines() if line]
    for digest, name in entries:
        if hashlib.sha256((bundle / name).read_bytes()).hexdigest() != digest:
            return False
    return len(entries) >= 2


def write_summary(checks: list[tuple[str, object, object, bool]], facts: dict[str, object]) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Field rehearsal summary",
        "",
        f"`make rehearsal`, {stamp}: three stall devices (Coventry, Liverpool, Leeds) over two",
        "days and one coordinator, every step a real `stallapp` process on rehearsal vaults.",
        f"Lost in transit: {facts['lost_batch']}. Imported twice: {facts['twice']}.",
        f"Run time: {facts['elapsed_s']} s.",
        "",
        "| check | expected | reported | |",
        "|---|---|---|---|",
    ]
    for what, expected, got, ok in checks:
        lines.append(f"| {what} | {expected} | {got} | {'ok' if ok else 'MISMATCH'} |")
    lines += ["", "Import log (one line per file, as the coordinator saw it):", "", "```"]
    lines += [str(o) for o in facts["outcomes"]]  # type: ignore[union-attr]
    lines += ["```", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None, help="keep the vaults in this folder")
    parser.add_argument("--no-write", action="store_true", help="do not update the docs summary")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            checks, facts = run(work, args.seed)
        except RehearsalFailed as exc:
            print(f"rehearsal: {exc}", file=sys.stderr)
            return 1
    text = write_summary(checks, facts)
    print(text)
    if not args.no_write:
        SUMMARY.write_text(text, encoding="utf-8")
    failed = [c for c in checks if not c[3]]
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
