"""A signer's data must be found nowhere in the vault folder as plain text."""

from __future__ import annotations

import random
from pathlib import Path

from stallapp.domain import ink as inklib
from stallapp.services.capture import CaptureService
from stallapp.services.rehearsal import ink
from stallapp.storage.vault import Vault

CANARY_NAME = "Zebedee Quillfeather"
CANARY_STREET = "77 Marmalade Crescent"
CANARY_EMAIL = "zebedee.quillfeather@example.org"


def needles() -> list[bytes]:
    out = []
    for text in (CANARY_NAME, CANARY_STREET, CANARY_EMAIL, "Quillfeather", "QUILLFEATHER"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(text.encode(encoding))
        out.append(text.lower().encode("utf-8"))
    return out


def scan(folder: Path) -> list[str]:
    found = []
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in needles():
            if needle in data:
                found.append(f"{path.name}: {needle!r}")
    return found


def test_canary_is_nowhere_in_plain_text(
    capture: CaptureService, stall_vault: Vault, event_id: str, vault_dir: Path
) -> None:
    petition_id = capture.petitions()[0].id
    for i in range(30):
        capture.record(
            petition_id,
            event_id,
            name=CANARY_NAME if i % 3 == 0 else f"Other Person {i}",
            postcode="CV1 1LL",
            address=f"{CANARY_STREET}\nCoventry",
            email=CANARY_EMAIL,
            consent=True,
            ink=inklib.encode(ink(random.Random(i))),
        )
    # While the vault is open: the WAL and shared-memory files exist and hold the new pages.
    names = {p.name for p in vault_dir.iterdir()}
    assert {"vault.db", "vault.db-wal", "vault.db-shm", "vault.key"} <= names
    assert (vault_dir / "vault.db-wal").stat().st_size > 0
    assert scan(vault_dir) == []
    # The data really is there, readable through the vault.
    row = stall_vault.conn.execute(
        "SELECT count(*) FROM signatures WHERE name = ?", (CANARY_NAME,)
    ).fetchone()
    assert row[0] == 10
    stall_vault.lock()
    assert scan(vault_dir) == []
