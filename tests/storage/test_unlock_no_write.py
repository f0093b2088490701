"""Unlock on a full disk or a read-only folder: the vault opens for reading and export, the
unlock's audit rows wait for the next write that succeeds, and the reason is kept.

A real small filesystem (tmpfs) is filled up or remounted read-only; this needs the right to
mount, so the tests are skipped where it is missing (e.g. not root)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from stallapp.domain.errors import DiskFull, ReadOnlyVault
from stallapp.services.capture import CaptureService
from stallapp.services.stall_setup import StallDay, prepare_vault
from stallapp.storage import audit
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.vault import Vault

PASS = "correct horse battery"


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "mnt"
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small filesystem here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _vault_in(mount: Path, tmp_path: Path) -> tuple[Path, str, str]:
    ready = prepare_vault(
        tmp_path / "made", PASS, day=StallDay(day="2026-11-28"), cost=KdfCost.light()
    )
    vault = Vault.unlock(ready.folder, PASS)
    CaptureService(vault).record(
        ready.petition_id,
        ready.event_id,
        name="Ada Chan",
        postcode="CV1 1LL",
        address="1 High St",
        consent=True,
    )
    vault.lock()
    folder = mount / "vault"
    shutil.copytree(ready.folder, folder)
    return folder, ready.petition_id, ready.event_id


def _fill(mount: Path) -> Path:
    filler = mount / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 512)
        except OSError:
            pass
    return filler


def _unlocks(vault: Vault) -> int:
    return sum(1 for e in audit.entries(vault.conn) if e.event == "unlocked")


def test_unlock_on_a_full_disk_reads_then_works_once_there_is_room(
    mount: Path, tmp_path: Path
) -> None:
    folder, petition_id, event_id = _vault_in(mount, tmp_path)
    filler = _fill(mount)
    vault = Vault.unlock(folder, PASS)
    try:
        assert isinstance(vault.write_problem, DiskFull)
        assert "disk is full" in vault.write_problem.message
        capture = CaptureService(vault)
        assert capture.count(petition_id=petition_id) == 1
        assert [p.id for p in capture.petitions()] == [petition_id]
        unlocks_before = _unlocks(vault)
    finally:
        vault.lock()
    filler.unlink()
    vault = Vault.unlock(folder, PASS)
    try:
        assert vault.write_problem is None
        CaptureService(vault).record(
            petition_id,
            event_id,
            name="Bo Li",
            postcode="CV1 1LL",
            address="2 High St",
            consent=True,
        )
        assert _unlocks(vault) == unlocks_before + 1
        assert audit.verify(vault.conn) is None
    finally:
        vault.lock()


def test_audit_of_an_unlock_waits_for_the_next_write(tmp_path: Path) -> None:
    ready = prepare_vault(
        tmp_path / "v", PASS, day=StallDay(day="2026-11-28"), cost=KdfCost.light()
    )
    vault = Vault.unlock(ready.folder, PASS)
    try:
        before = _unlocks(vault)
        # The unlock row could not be written (as on a full disk): it waits in memory.
        vault._pending_audit.append(("unlocked", {}))
        CaptureService(vault).record(
            ready.petition_id,
            ready.event_id,
            name="Bo Li",
            postcode="CV1 1LL",
            address="2 High St",
            consent=True,
        )
        assert _unlocks(vault) == before + 1 and vault._pending_audit == []
    finally:
        vault.lock()


def test_unlock_in_a_read_only_folder_reads(mount: Path, tmp_path: Path) -> None:
    folder, petition_id, _ = _vault_in(mount, tmp_path)
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    vault = Vault.unlock(folder, PASS)
    try:
        assert isinstance(vault.write_problem, ReadOnlyVault)
        assert CaptureService(vault).count(petition_id=petition_id) == 1
        assert [p.id for p in CaptureService(vault).petitions()] == [petition_id]
    finally:
        vault.lock()


def test_a_read_only_folder_with_an_unsaved_log_never_reads_short(
    mount: Path, tmp_path: Path
) -> None:
    """A laptop that lost power keeps its last signatures in the write-ahead log beside the
    database. Copied to a read-only stick, the vault must show them (or refuse to open),
    never open without them: an export would then silently leave signers out."""
    ready = prepare_vault(
        tmp_path / "made", PASS, day=StallDay(day="2026-11-28"), cost=KdfCost.light()
    )
    vault = Vault.unlock(ready.folder, PASS)
    try:
        for name in ("Ada Chan", "Bo Wong"):
            CaptureService(vault).record(
                ready.petition_id,
                ready.event_id,
                name=name,
                postcode="CV1 1LL",
                address="1 High St",
                consent=True,
            )
        wal = ready.folder / "vault.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the signatures are in the log only
        folder = mount / "vault"
        shutil.copytree(ready.folder, folder)  # as the power went: the log not merged
    finally:
        vault.lock()
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    try:
        copy = Vault.unlock(folder, PASS)
    except ReadOnlyVault:
        return  # refusing is safe: the message says to copy the folder somewhere writable
    try:
        assert CaptureService(copy).count(petition_id=ready.petition_id) == 2
    finally:
        copy.lock()
