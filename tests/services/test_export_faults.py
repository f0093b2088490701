"""Export that cannot fork: a real process killed at each step, a full vault, a failing stick.

After any interruption the next export writes the same batch (same id, number and signed
document), and the coordinator ends with every signature exactly once, nothing quarantined.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput, DiskFull
from stallapp.domain.petition import Petition
from stallapp.sealing.opening import decrypt
from stallapp.services.batch_export import StickFull, export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, Importer, expand
from stallapp.services.capture import CaptureService
from stallapp.storage import audit
from stallapp.storage import quarantine_store as qstore
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.campaign import sign, vault_hash

WORKER = Path(__file__).parents[1] / "support" / "export_worker.py"


def run_worker(folder: Path, out: Path, step: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "STALLAPP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": os.getcwd()}
    return subprocess.run(
        [sys.executable, str(WORKER), str(folder), str(out), step],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def record(vault: Vault, petition_id: str, name: str) -> str:
    capture = CaptureService(vault)
    event_id = capture.events()[0].id
    return capture.record(
        petition_id, event_id, name=name, postcode="CV1 1LL", address="1 Mill Road", consent=True
    ).uid


def merged_uids(coordinator: Vault) -> list[str]:
    return [r[0] for r in coordinator.conn.execute("SELECT uid FROM signatures")]


@pytest.mark.parametrize("step", ["before_write", "mid_write", "after_write"])
def test_kill_at_each_step_then_export_again_writes_the_same_batch(
    step: str, make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(a, sample_petition.id, "Bo Wong", "L1 8JQ")
    a.vault.lock()
    sticks = [tmp_path / f"stick{i}" for i in range(3)]
    for stick in sticks:
        stick.mkdir()
    died = run_worker(tmp_path / "stall-a", sticks[0], step)
    assert died.returncode == -signal.SIGKILL, died.stderr.decode()
    on_stick = list(sticks[0].glob("*.stallbatch"))
    assert len(on_stick) == (1 if step == "after_write" else 0)
    if step == "mid_write":
        assert len(list(sticks[0].glob(".tmp-*"))) == 1  # a stray temporary file, ignored

    vault = Vault.unlock(tmp_path / "stall-a", PASSPHRASE)
    try:
        (recorded,) = store.out_batches(vault.conn)
        assert recorded.seq == 1 and recorded.written_at is None
        again = export_batch(vault, sticks[1])
        assert again is not None and again.resumed and again.unchanged
        assert (again.seq, again.batch_id, again.record_count) == (1, recorded.batch_id, 2)
        assert store.out_batches(vault.conn)[0].written_at is not None
        identity = Importer(coordinator)._identity
        for orphan in on_stick:
            assert orphan.name == again.path.name
            assert decrypt(orphan.read_bytes(), identity) == decrypt(
                again.path.read_bytes(), identity
            )
        record(vault, sample_petition.id, "Cy Lam")
        later = export_batch(vault, sticks[2])
        assert later is not None and (later.seq, later.resumed) == (2, False)
        signed = {r[0] for r in vault.conn.execute("SELECT uid FROM signatures")}
    finally:
        vault.lock()

    importer = Importer(coordinator)
    outcomes = [importer.import_file(p).status for p in expand(sticks)]
    assert outcomes.count(IMPORTED) == 2
    assert set(outcomes) <= {IMPORTED, ALREADY}
    uids = merged_uids(coordinator)
    assert sorted(uids) == sorted(signed)  # every signature exactly once
    assert qstore.quarantine_entries(coordinator.conn, only_open=False) == []


def test_random_kills_during_export_never_fork(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    a.vault.lock()
    folder = tmp_path / "stall-a"
    rng = random.Random(14)
    env = {**os.environ, "STALLAPP_PASSPHRASE": PASSPHRASE, "PYTHONPATH": os.getcwd()}
    sticks: list[Path] = []
    for trial in range(12):
        vault = Vault.unlock(folder, PASSPHRASE)
        record(vault, sample_petition.id, f"Trial Signer {trial}")
        vault.lock()
        stick = tmp_path / f"stick{trial}"
        stick.mkdir()
        sticks.append(stick)
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), str(stick), "none"],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"READY"
        try:
            proc.wait(timeout=rng.uniform(0, 0.15))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        proc.stdout.close()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        last = tmp_path / "last"
        last.mkdir()
        sticks.append(last)
        while export_batch(vault, last) is not None:
            pass
        signed = {r[0] for r in vault.conn.execute("SELECT uid FROM signatures")}
        assert vault.integrity_problems() == []
    finally:
        vault.lock()
    importer = Importer(coordinator)
    outcomes = [importer.import_file(p).status for p in expand(sticks)]
    assert set(outcomes) <= {IMPORTED, ALREADY}
    assert sorted(merged_uids(coordinator)) == sorted(signed)
    assert len(signed) == 12
    assert qstore.quarantine_entries(coordinator.conn, only_open=False) == []


def test_full_vault_disk_writes_nothing_to_the_stick(
    make_stall, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    conn = a.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):  # fill the last free space of the vault
        for _ in range(100_000):
            with a.vault.transaction() as tx:
                audit.append(tx, "unlocked")
    before = vault_hash(a.vault)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(DiskFull):
        export_batch(a.vault, stick)
    assert list(stick.iterdir()) == []
    assert vault_hash(a.vault) == before
    conn.execute("PRAGMA max_page_count = 1073741823")
    done = export_batch(a.vault, stick)
    assert done is not None and (done.seq, done.resumed) == (1, False)


def test_failing_stick_keeps_the_batch_for_the_next_export(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    full, good = tmp_path / "full-stick", tmp_path / "good-stick"
    full.mkdir()
    good.mkdir()
    real = Path.write_bytes

    def no_space(self: Path, data: bytes) -> int:  # the one mock: a stick with no room
        if self.parent == full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", no_space)
    with pytest.raises(StickFull) as failed:
        export_batch(a.vault, full)
    assert "kept safely" in failed.value.message and "Ada" not in failed.value.message
    assert list(full.iterdir()) == []  # not even a temporary file
    (recorded,) = store.out_batches(a.vault.conn)
    assert recorded.written_at is None
    # A file where the folder should be: refused before anything, the vault unchanged.
    not_a_folder = tmp_path / "file"
    not_a_folder.write_bytes(b"x")
    before = vault_hash(a.vault)
    with pytest.raises(BadInput):
        export_batch(a.vault, not_a_folder / "sub")
    assert vault_hash(a.vault) == before
    done = export_batch(a.vault, good)
    assert done is not None and done.resumed and done.batch_id == recorded.batch_id
    assert Importer(coordinator).import_file(done.path).status == IMPORTED
    assert export_batch(a.vault, good) is None
