"""Adds entries to a vault as fast as it can, printing ACK <uid> after each commit.

Run by the crash harness, which kills it with SIGKILL at a random moment. Usage:
    python crash_worker.py FOLDER PETITION_ID EVENT_ID TAG   (passphrase in STALLAPP_PASSPHRASE)
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from stallapp.domain import ink as inklib
from stallapp.services.capture import CaptureService
from stallapp.services.rehearsal import ink as synthetic_ink
from stallapp.storage.vault import Vault


def main() -> None:
    folder, petition_id, event_id, tag = sys.argv[1:5]
    vault = Vault.unlock(Path(folder), os.environ["STALLAPP_PASSPHRASE"])
    service = CaptureService(vault)
    rng = random.Random(tag)
    blob = inklib.encode(synthetic_ink(rng))
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    i = 0
    while True:
        receipt = service.record(
            petition_id,
            event_id,
            name=f"Crash Signer {tag} {i}",
            postcode="CV1 1LL",
            address=f"{i} Test Street",
            consent=True,
            ink=blob,
        )
        out.write(f"ACK {receipt.uid}\n")
        out.flush()
        i += 1


if __name__ == "__main__":
    main()
