"""A purge killed part-way leaves the old state or the new one, never counts without the
purge nor a purge without counts: the counts and the deletion share one transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.services import reports
from stallapp.services.capture import CaptureService
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault
from tests.support.kept import after_retention, fill
from tests.support.vault_setup import PASSPHRASE

WORKER = Path(__file__).parents[1] / "support" / "purge_worker.py"
ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize(
    ("point", "purged"), [("counted", False), ("deleted", False), ("committed", True)]
)
def test_a_killed_purge_is_all_or_nothing(
    tmp_path: Path, sample_petition: Petition, point: str, purged: bool
) -> None:
    folder = tmp_path / "vault"
    vault = Vault.create(folder, PASSPHRASE, role="stall", cost=KdfCost.light())
    capture = CaptureService(vault)
    capture.add_petition(sample_petition)
    fill(capture, sample_petition)
    vault.lock()

    env = {**os.environ, "STALLAPP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    day = after_retention(sample_petition).isoformat()
    done = subprocess.run(
        [sys.executable, str(WORKER), str(folder), sample_petition.id, day, point],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        rows = vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
        kept = vault.conn.execute("SELECT count(*) FROM kept_counts").fetchone()[0]
        logged = [e for e in audit.entries(vault.conn) if e.event == "purged"]
        report = reports.build(vault.conn)
    finally:
        vault.lock()
    if purged:
        assert rows == 0 and kept > 0 and len(logged) == 1
    else:
        assert rows == 8 and kept == 0 and logged == []
    assert (report.signatures, report.people) == (8, 8)  # the same either way
