"""After a purge no signer survives in the database file: every decrypted page (live rows,
free space, free pages) is searched for each signer's canary name, address, postcode, email
and ink bytes, while the report's counts are unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.services import reports
from stallapp.services.capture import CaptureService
from stallapp.services.withdrawal import purge_petition
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.vault import Vault
from tests.storage.test_storage_guards import decrypted_pages
from tests.support.kept import Signer, after_retention, fill, lookup_files
from tests.support.vault_setup import PASSPHRASE


def _needles(signers: list[Signer]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for i, s in enumerate(signers):
        out[f"name {i}"] = s.name.encode()
        out[f"address {i}"] = s.address.encode()
        out[f"postcode {i}"] = s.postcode.encode()
        out[f"email {i}"] = s.email.encode()
        # 24 bytes of the ink where they vary most: a run of zeros (a finger's constant
        # pressure) would be found anywhere.
        start = max(range(len(s.ink) - 24), key=lambda k: len(set(s.ink[k : k + 24])))
        out[f"ink {i}"] = s.ink[start : start + 24]
    return out


def _found(folder: Path, needles: dict[str, bytes]) -> list[str]:
    assert not (folder / "vault.db-wal").exists() or (folder / "vault.db-wal").stat().st_size == 0
    key = KeyFile.load(folder / "vault.key").open(PASSPHRASE)
    pages = decrypted_pages(folder / "vault.db", key)
    return [what for what, needle in needles.items() if needle in pages]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")
def test_no_canary_survives_the_purge_and_the_counts_do(
    tmp_path: Path, sample_petition: Petition
) -> None:
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(vault)
    capture.add_petition(sample_petition)
    signers = fill(capture, sample_petition)
    nspl, names = lookup_files(tmp_path / "ons")
    lookup = reports.load_lookup(nspl, names, vault.conn)
    before = {by: reports.build(vault.conn, by, lookup=lookup) for by in ("day", "event")}
    vault.lock()
    needles = _needles(signers)
    # Every canary is in the pages before: the decryption and the needles both work.
    assert _found(folder, needles) == list(needles)

    vault = Vault.unlock(folder, PASSPHRASE)
    done = purge_petition(
        vault, sample_petition.id, today=after_retention(sample_petition), lookup=lookup
    )
    assert done.count == done.kept == len(signers)
    vault.lock()
    assert _found(folder, needles) == []

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        for by, report in before.items():
            after = reports.build(vault.conn, by)
            assert (after.signatures, after.people) == (report.signatures, report.people)
            assert [(g["group"], g["people"]) for g in after.groups] == [
                (g["group"], g["people"]) for g in report.groups
            ]
    finally:
        vault.lock()
