"""Exports a batch from a stall vault and kills itself (SIGKILL) at one chosen step.

Run by tests/services/test_export_faults.py. Usage (passphrase in STALLAPP_PASSPHRASE):
    python export_worker.py VAULT_FOLDER OUT_FOLDER STEP
STEP is where the process dies:
    before_write  after the batch is committed, before any byte reaches the stick
    mid_write     half the file written to its temporary name on the stick
    after_write   the file is on the stick, before the vault notes that it was written
    none          no kill: export, print DONE and exit (the parent may kill it at random)
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from stallapp.services import batch_export
from stallapp.storage.vault import Vault
from stallapp.system.paths import atomic_output, atomic_write


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    folder, out, step = sys.argv[1:4]

    def before_write(path: Path, data: bytes) -> None:
        die()

    def mid_write(path: Path, data: bytes) -> None:
        with atomic_output(path) as tmp:
            with open(tmp, "wb") as fh:
                fh.write(data[: len(data) // 2])
                fh.flush()
                os.fsync(fh.fileno())
            die()

    def after_write(path: Path, data: bytes) -> None:
        atomic_write(path, data)
        die()

    steps = {"before_write": before_write, "mid_write": mid_write, "after_write": after_write}
    if step in steps:
        batch_export.atomic_write = steps[step]  # type: ignore[assignment]
    vault = Vault.unlock(Path(folder), os.environ["STALLAPP_PASSPHRASE"])
    print("READY", flush=True)
    done = batch_export.export_batch(vault, Path(out))
    print(f"DONE {done.seq if done else 0}", flush=True)
    vault.lock()


if __name__ == "__main__":
    main()
