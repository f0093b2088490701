"""Signed import receipts, coordinator to stall, on real vaults and files: the round trip,
every kind of bad receipt refused with nothing changed, and the erasure of received signers."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from stallapp.domain.errors import BadInput, StallappError
from stallapp.domain.petition import Petition
from stallapp.sealing.envelope import seal
from stallapp.sealing.receipt_format import (
    MAX_RECEIPT,
    RECEIPT_KIND,
    ForeignReceipt,
    ReceivedBatch,
    receipt_bytes,
)
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import Importer
from stallapp.services.keys import load_keys
from stallapp.services.receipt_confirm import confirm_receipt, read_receipt_file
from stallapp.services.receipt_writer import receipt_for, receipt_name, write_receipts
from stallapp.services.received_erasure import (
    batch_states,
    erasable,
    erase_received,
    erased_count,
)
from stallapp.storage import audit
from stallapp.storage import petitions as petition_store
from stallapp.storage import sealing_store as store
from stallapp.storage.keyfile import KdfCost, KeyFile
from stallapp.storage.migrate import BACKUP_DIR
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.campaign import Stall, sign, vault_hash


def exported(stall: Stall, stick: Path, importer: Importer | None) -> Path:
    done = export_batch(stall.vault, stick)
    assert done is not None
    if importer is not None:
        assert importer.import_file(done.path).status == "imported"
    return done.path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def two_batches(make_stall, importer: Importer, sample_petition: Petition, stick: Path) -> Stall:  # type: ignore[no-untyped-def]
    """A stall whose batch 1 (two signers) the coordinator imported; batch 2 (one signer)
    it never received."""
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    sign(a, sample_petition.id, "Bo Wong", "CV1 1LL")
    exported(a, stick, importer)
    sign(a, sample_petition.id, "Cheuk Lam", "CV1 1LL")
    exported(a, stick, None)
    return a


def received(stall: Stall) -> list[bool]:
    return [b.received for b in batch_states(stall.vault)]


def test_round_trip_marks_only_imported_batches_received(
    two_batches: Stall, coordinator: Vault, stick: Path, tmp_path: Path
) -> None:
    a = two_batches
    out = tmp_path / "out"
    out.mkdir()
    (written,) = write_receipts(coordinator, out)
    assert written.path.name == receipt_name(a.vault.device_id) == written.path.name
    assert written.path.name == f"receipt-{a.vault.device_id}.stallreceipt"
    assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
    data = written.path.read_bytes()
    for personal in (b"Ada", b"Chan", b"Bo Wong", b"CV1", b"Mill Road", b"stall-a"):
        assert personal not in data
    assert [f.name for f in out.iterdir()] == [written.path.name]  # no stray temporary file

    assert received(a) == [False, False]
    done = confirm_receipt(a.vault, data)
    assert (done.listed, done.newly_received, done.again) == (1, 1, False)
    assert received(a) == [True, False]
    (entry,) = [e for e in audit.entries(a.vault.conn) if e.event == "receipt_confirmed"]
    assert entry.detail["newly_received"] == 1

    before = vault_hash(a.vault)
    again = confirm_receipt(a.vault, data)
    assert (again.again, again.newly_received) == (True, 0)
    assert vault_hash(a.vault) == before


def test_receipt_from_coordinator_gui_helper_for_one_device_only(
    two_batches: Stall, make_stall, coordinator: Vault, stick: Path
) -> None:  # type: ignore[no-untyped-def]
    b = make_stall("stall-b")
    with pytest.raises(BadInput, match="No batch from that device"):
        write_receipts(coordinator, stick, b.vault.device_id)
    with pytest.raises(BadInput, match="no enrolled device"):
        write_receipts(coordinator, stick, "0" * 16)
    (only,) = write_receipts(coordinator, stick, two_batches.vault.device_id)
    assert only.batch_count == 1


def bad(stall: Stall, data: bytes) -> str:
    """Confirm `data`, which must be refused with one message and change nothing."""
    before = vault_hash(stall.vault)
    with pytest.raises(StallappError) as refused:
        confirm_receipt(stall.vault, data)
    assert vault_hash(stall.vault) == before
    assert "\n" not in refused.value.message
    return refused.value.message


def test_a_receipt_changed_anywhere_or_cut_short_is_refused(
    two_batches: Stall, coordinator: Vault
) -> None:
    data = receipt_for(coordinator, two_batches.vault.device_id)
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= 0x01
        bad(two_batches, bytes(changed))
    for cut in (0, 1, len(data) // 2, len(data) - 1):
        bad(two_batches, data[:cut])
    bad(two_batches, data + b" ")
    assert received(two_batches) == [False, False]


def forged(
    vault: Vault, device_id: str, batches: list[ReceivedBatch], *, rehearsal: bool = False
) -> bytes:
    return receipt_bytes(
        load_keys(vault),
        coordinator_id=vault.device_id,
        device_id=device_id,
        rehearsal=rehearsal,
        batches=batches,
    )


def sealed(stall: Stall) -> list[ReceivedBatch]:
    return [
        ReceivedBatch(b.batch_id, b.seq, b.doc_hash) for b in store.out_batches(stall.vault.conn)
    ]


def test_a_receipt_signed_by_another_coordinator_is_refused(
    two_batches: Stall, tmp_path: Path, sample_petition: Petition
) -> None:
    other = Vault.create(tmp_path / "other", PASSPHRASE, role="coordinator", cost=KdfCost.light())
    try:
        with other.transaction() as tx:
            petition_store.save(tx, sample_petition)
        data = forged(other, two_batches.vault.device_id, sealed(two_batches))
        message = bad(two_batches, data)
        assert "does not trust" in message
        with pytest.raises(ForeignReceipt):
            confirm_receipt(two_batches.vault, data)
    finally:
        other.lock()


def test_a_receipt_for_another_device_is_refused(
    two_batches: Stall,
    make_stall,
    importer: Importer,
    coordinator: Vault,
    stick: Path,
    sample_petition: Petition,
) -> None:  # type: ignore[no-untyped-def]
    b = make_stall("stall-b")
    sign(b, sample_petition.id, "Dai Man", "CV1 1LL")
    exported(b, stick, importer)
    for_b = receipt_for(coordinator, b.vault.device_id)
    assert "another stall device" in bad(two_batches, for_b)
    # The same batch numbers, ids and hashes, but addressed to stall B: still refused.
    assert "another stall device" in bad(
        two_batches, forged(coordinator, b.vault.device_id, sealed(two_batches))
    )


def test_a_receipt_whose_hash_does_not_match_is_refused(
    two_batches: Stall, coordinator: Vault
) -> None:
    first = sealed(two_batches)[0]
    wrong = ReceivedBatch(first.batch_id, first.sequence, "0" * 64)
    assert "does not match" in bad(
        two_batches, forged(coordinator, two_batches.vault.device_id, [wrong])
    )


def test_a_receipt_naming_a_batch_this_stall_never_exported_is_refused(
    two_batches: Stall, coordinator: Vault
) -> None:
    device = two_batches.vault.device_id
    first, second = sealed(two_batches)
    never = ReceivedBatch("ab" * 16, 3, "cd" * 32)
    assert "never exported" in bad(two_batches, forged(coordinator, device, [first, never]))
    swapped = ReceivedBatch(second.batch_id, 1, first.hash)  # another batch's id at number 1
    assert "never exported" in bad(two_batches, forged(coordinator, device, [swapped]))
    assert received(two_batches) == [False, False]


def test_an_older_receipt_is_refused_after_a_newer_one(
    two_batches: Stall, coordinator: Vault, importer: Importer, stick: Path
) -> None:
    device = two_batches.vault.device_id
    older = receipt_for(coordinator, device)
    importer.import_files([stick])  # batch 2 arrives too
    newer = receipt_for(coordinator, device)
    assert confirm_receipt(two_batches.vault, newer).newly_received == 2
    assert "older" in bad(two_batches, older)


def test_a_stall_with_no_campaign_and_a_coordinator_vault_refuse_receipts(
    two_batches: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    data = receipt_for(coordinator, two_batches.vault.device_id)
    with pytest.raises(BadInput, match="stall vault"):
        confirm_receipt(coordinator, data)
    lone = Vault.create(tmp_path / "lone", PASSPHRASE, role="stall", cost=KdfCost.light())
    try:
        with pytest.raises(BadInput, match="no campaign"):
            confirm_receipt(lone, data)
    finally:
        lone.lock()


def test_erase_removes_only_received_signers_and_keeps_honest_counts(
    two_batches: Stall, coordinator: Vault, sample_petition: Petition, stick: Path
) -> None:
    a = two_batches
    sign(a, sample_petition.id, "Wing Ho", "CV1 1LL")  # not yet exported at all
    assert erasable(a.vault) == 0
    assert erase_received(a.vault).count == 0
    confirm_receipt(a.vault, receipt_for(coordinator, a.vault.device_id))
    assert erasable(a.vault) == 2
    done = erase_received(a.vault)
    assert (done.count, done.batches) == (2, 1)
    assert a.capture.count(petition_id=sample_petition.id, event_id=a.event_id) == 2
    assert erased_count(a.vault, petition_id=sample_petition.id, event_id=a.event_id) == 2
    assert erased_count(a.vault, petition_id=sample_petition.id, event_id="other") == 0
    states = batch_states(a.vault)
    assert [(b.received, b.on_device, b.erased) for b in states] == [(True, 0, 2), (False, 1, 0)]
    assert [
        e.detail["count"] for e in audit.entries(a.vault.conn) if e.event == "received_erased"
    ] == [2]
    before = vault_hash(a.vault)
    assert erase_received(a.vault).count == 0  # safe to repeat
    assert vault_hash(a.vault) == before
    with pytest.raises(BadInput, match="cannot be exported again"):
        export_batch(a.vault, stick, seq=1)
    assert export_batch(a.vault, stick, seq=2) is not None  # not received: still re-exportable


def test_erase_leaves_no_trace_of_received_names_in_the_database_pages(
    two_batches: Stall, coordinator: Vault
) -> None:
    from tests.storage.test_storage_guards import decrypted_pages

    a = two_batches
    folder = a.vault.folder
    confirm_receipt(a.vault, receipt_for(coordinator, a.vault.device_id))
    (folder / BACKUP_DIR).mkdir(exist_ok=True)
    left = folder / BACKUP_DIR / "vault-schema6-20261128.db"
    left.write_bytes(b"a migration backup left after a failed migration")
    erase_received(a.vault)
    assert not left.exists()
    wal = folder / "vault.db-wal"  # checked while the vault is still open
    assert not wal.exists() or wal.stat().st_size == 0
    a.vault.lock()
    assert not (folder / "vault.db-wal").exists() or (folder / "vault.db-wal").stat().st_size == 0
    key = KeyFile.load(folder / "vault.key").open(PASSPHRASE)
    pages = decrypted_pages(folder / "vault.db", key).lower()
    assert b"cheuk lam" in pages and b"create table" in pages  # not received: kept
    for name in (b"ada chan", b"bo wong"):
        assert name not in pages
    assert not list((folder / BACKUP_DIR).glob("vault-schema*"))


def test_a_receipt_signed_by_the_coordinator_but_odd_inside_is_refused(
    two_batches: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    """Signed with the trusted key, yet wrong: another sender id on line 1, a batch listed
    twice, a rehearsal receipt for a real stall; and a file too large to read."""
    device = two_batches.vault.device_id
    first = sealed(two_batches)[0]
    doc = json.loads(forged(coordinator, device, [first]).split(b"\n", 2)[2])
    other_sender = seal(RECEIPT_KIND, "f" * 16, load_keys(coordinator).signing, doc)
    assert "sender does not match" in bad(two_batches, other_sender)
    twice = forged(coordinator, device, [first, first])
    assert "listed twice" in bad(two_batches, twice)
    rehearsal = forged(coordinator, device, [first], rehearsal=True)
    assert "rehearsal" in bad(two_batches, rehearsal)
    huge = tmp_path / "huge.stallreceipt"
    huge.write_bytes(b"x" * (MAX_RECEIPT + 1))
    with pytest.raises(BadInput, match="too large"):
        read_receipt_file(huge)
    assert "too large" in bad(two_batches, huge.read_bytes())
    assert received(two_batches) == [False, False]
