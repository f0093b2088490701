"""Kill a process that changes the vault's key (passphrase change or recovery) at random
moments; after each kill the vault must open with one of the two passphrases and hold every
acknowledged entry. Used by tests/storage/test_rekey_crash.py."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from stallapp.domain.errors import WrongPassphrase
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault

WORKER = Path(__file__).with_name("rekey_worker.py")
PASS_A = "rekey passphrase one"
PASS_B = "rekey passphrase two"


@dataclass
class RekeyReport:
    trials: int = 0
    acknowledged: int = 0
    switches: int = 0
    unopenable: int = 0
    missing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def open_either(folder: Path) -> Vault | None:
    for passphrase in (PASS_A, PASS_B):
        try:
            return Vault.unlock(folder, passphrase)
        except WrongPassphrase:
            continue
    return None


def run_rekey_trials(folder: Path, trials: int, mode: str, seed: int = 0) -> RekeyReport:
    identity = pyrage.x25519.Identity.generate()
    ready = prepare_vault(folder, PASS_A, day=StallDay(day="2026-11-28"), cost=KdfCost.light())
    vault = Vault.unlock(folder, PASS_A)
    vault.set_recovery_recipient(str(identity.to_public()))
    vault.lock()
    env = {
        **os.environ,
        "STALLAPP_PASS_A": PASS_A,
        "STALLAPP_PASS_B": PASS_B,
        "STALLAPP_IDENTITY": str(identity),
    }
    rng = random.Random(seed)
    report = RekeyReport()
    acked: list[str] = []
    for trial in range(trials):
        proc = subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                str(folder),
                ready.petition_id,
                ready.event_id,
                f"{seed}-{trial}",
                mode,
            ],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        output = proc.stdout.read()
        proc.wait()
        proc.stdout.close()
        lines = output.split(b"\n")
        acked += [ln[4:].decode() for ln in lines if ln.startswith(b"ACK ")]
        report.switches += lines.count(b"SWITCHED")
        report.trials += 1
        opened = open_either(folder)
        if opened is None:
            report.unopenable += 1
            report.problems.append(f"trial {trial}: opens with neither passphrase")
            break
        try:
            present = {r[0] for r in opened.conn.execute("SELECT uid FROM signatures")}
            report.missing += [uid for uid in acked if uid not in present]
            report.problems += [f"trial {trial}: {p}" for p in opened.integrity_problems()]
            report.problems += [f"trial {trial}: {p}" for p in opened.recovery_problems]
        finally:
            opened.lock()
    report.acknowledged = len(acked)
    return report
