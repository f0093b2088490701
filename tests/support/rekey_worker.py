"""Adds entries and switches the vault's key again and again, printing ACK <uid> after each
committed entry. Run by tests/support/rekey_harness.py, which kills it at a random moment.

    python rekey_worker.py FOLDER PETITION_ID EVENT_ID TAG MODE
MODE is "change" (change the passphrase) or "recover" (recover with the campaign identity).
Passphrases in STALLAPP_PASS_A / STALLAPP_PASS_B, the identity in STALLAPP_IDENTITY.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from stallapp.domain.errors import WrongPassphrase
from stallapp.services.capture import CaptureService
from stallapp.storage.vault import Vault


def open_either(folder: Path) -> tuple[Vault, str, str]:
    a, b = os.environ["STALLAPP_PASS_A"], os.environ["STALLAPP_PASS_B"]
    try:
        return Vault.unlock(folder, a), a, b
    except WrongPassphrase:
        return Vault.unlock(folder, b), b, a


def main() -> None:
    folder, petition_id, event_id, tag, mode = sys.argv[1:6]
    out = sys.stdout
    i = 0
    while True:
        vault, current, other = open_either(Path(folder))
        service = CaptureService(vault)
        for _ in range(2):
            receipt = service.record(
                petition_id,
                event_id,
                name=f"Rekey Signer {tag} {i}",
                postcode="CV1 1LL",
                address=f"{i} Test Street",
                consent=True,
            )
            out.write(f"ACK {receipt.uid}\n")
            out.flush()
            i += 1
        if mode == "change":
            vault.change_passphrase(current, other)
            vault.lock()
        else:
            vault.lock()
            Vault.recover(Path(folder), os.environ["STALLAPP_IDENTITY"], other).lock()
        out.write("SWITCHED\n")
        out.flush()


if __name__ == "__main__":
    main()
