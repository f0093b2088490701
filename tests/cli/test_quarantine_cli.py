"""`stallapp batch quarantine list|accept ID|reject ID` on a real coordinator vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.cli import main
from stallapp.domain.petition import Petition
from stallapp.storage import quarantine_store as qstore
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.forks import make_fork


def run(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), "--passphrase-file", str(secret), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_list_accept_and_reject(
    make_stall,
    coordinator: Vault,
    sample_petition: Petition,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]
    fork = make_fork(make_stall, coordinator, sample_petition.id, tmp_path)
    coordinator.lock()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    folder = tmp_path / "coordinator"

    code, listed = run(folder, secret, capsys, "batch", "quarantine")
    assert code == 0
    assert listed == run(folder, secret, capsys, "batch", "quarantine", "list")[1]
    lines = listed.splitlines()
    assert lines[0].startswith("1\t") and "batch 1\t2 records" in lines[0]
    assert "competing with the batch 1 already merged: 1 records" in lines[1]
    assert lines[2].startswith("2\t") and "batch 2\t1 records" in lines[2]
    for name in ("Ada", "Bo", "Cy", "Chan", "Wong", "Lam"):
        assert name not in listed

    with pytest.raises(SystemExit) as usage:  # a reason is required
        run(folder, secret, capsys, "batch", "quarantine", "accept", "1")
    assert usage.value.code == 2 and "--reason" in capsys.readouterr().err
    code, out = run(folder, secret, capsys, "batch", "quarantine", "reject", "7", "--reason", "x")
    assert code == 2 and "no quarantined batch number 7" in out
    code, out = run(
        folder, secret, capsys, "batch", "quarantine", "accept", "1", "--reason", "restored copy"
    )
    assert code == 0, out
    assert "1 signatures added; 1 later batch(es)" in out
    code, out = run(folder, secret, capsys, "batch", "quarantine")
    assert out.strip() == "No batch is waiting for a decision."
    code, out = run(folder, secret, capsys, "batch", "quarantine", "reject", "1", "--reason", "x")
    assert code == 2 and "settled already" in out

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        uids = sorted(r[0] for r in vault.conn.execute("SELECT uid FROM signatures"))
        assert uids == sorted(fork.uids.values())
        assert qstore.quarantine_entries(vault.conn) == []
    finally:
        vault.lock()
