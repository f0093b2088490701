"""Kill a process that is adding entries, at random moments, and check what survived.

Used by tests/test_crash.py (100 trials) and bench/crash_trials.py (1,000 trials).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault

WORKER = Path(__file__).with_name("crash_worker.py")
PASSPHRASE = "crash test passphrase"


@dataclass
class CrashReport:
    trials: int = 0
    acknowledged: int = 0
    missing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    killed_before_ready: int = 0


def prepare(folder: Path) -> tuple[str, str]:
    ready = prepare_vault(folder, PASSPHRASE, day=StallDay(day="2026-11-28"), cost=KdfCost.light())
    return ready.petition_id, ready.event_id


def run_trials(folder: Path, trials: int, seed: int = 0) -> CrashReport:
    petition_id, event_id = prepare(folder)
    rng = random.Random(seed)
    env = {**os.environ, "STALLAPP_PASSPHRASE": PASSPHRASE}
    report = CrashReport()
    acked: list[str] = []
    for trial in range(trials):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), petition_id, event_id, f"{seed}-{trial}"],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        # Half the kills land while entries are being written, half at any moment after start
        # (opening, WAL recovery from the previous kill, the first commits).
        if rng.random() < 0.5:
            line = proc.stdout.readline()
            if line.strip() != b"READY":
                report.problems.append(f"trial {trial}: worker did not start")
            time.sleep(rng.uniform(0, 0.03))
        else:
            time.sleep(rng.uniform(0, 0.4))
        proc.send_signal(signal.SIGKILL)
        output = proc.stdout.read()
        proc.wait()
        proc.stdout.close()
        lines = output.split(b"\n")
        if b"READY" not in lines and trial_not_ready(lines):
            report.killed_before_ready += 1
        acked += [ln[4:].decode() for ln in lines if ln.startswith(b"ACK ")]
        report.trials += 1
        check(folder, acked, report, trial)
    report.acknowledged = len(acked)
    return report


def trial_not_ready(lines: list[bytes]) -> bool:
    return not any(ln.startswith(b"ACK ") for ln in lines)


def check(folder: Path, acked: list[str], report: CrashReport, trial: int) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        present = {r[0] for r in vault.conn.execute("SELECT uid FROM signatures")}
        for uid in acked:
            if uid not in present:
                report.missing.append(uid)
        for problem in vault.integrity_problems():
            report.problems.append(f"trial {trial}: {problem}")
    finally:
        vault.lock()
