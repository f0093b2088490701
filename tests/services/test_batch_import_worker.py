"""The importer opens every file after the first in a spawned worker process: what the worker
is given (never the age identity), what it gives back (the same batch, the same refusals),
and what happens when it fails (the file is opened in this process instead)."""

from __future__ import annotations

import pickle
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from stallapp.domain.errors import Field, Reason
from stallapp.domain.petition import Petition
from stallapp.sealing import envelope as refusal
from stallapp.sealing.document import RecordRejected
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.opening import OpenedBatch, decrypt
from stallapp.services import batch_import, open_worker
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, REFUSED, Importer
from stallapp.services.keys import load_keys
from stallapp.services.open_worker import AheadOpener, Pending
from stallapp.storage import sealing_store
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign, vault_hash
from tests.support.resealing import Doc, reseal


def _batch(stall: Stall, petition: Petition, name: str, folder: Path) -> bytes:
    sign(stall, petition.id, name, "CV1 1LL")
    folder.mkdir()
    done = export_batch(stall.vault, folder)
    assert done is not None
    return done.path.read_bytes()


def _opener(coordinator: Vault, importer: Importer, *, use_worker: bool = True) -> AheadOpener:
    devices = {d.device_id: d for d in sealing_store.devices(coordinator.conn)}
    return AheadOpener(
        importer._identity, importer._mine, devices, coordinator.rehearsal, use_worker=use_worker
    )


def _broken_name(doc: Doc) -> None:
    doc["records"][0]["name"] = "  Ada   Chan "  # valid text, not in normal form


def test_the_worker_opens_the_same_batch_as_this_process(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    data = _batch(stall, sample_petition, "Ada Chan", tmp_path / "a1")
    importer = Importer(coordinator)
    with _opener(coordinator, importer) as opener:
        there = opener.finish(opener.start(data))
        here = opener.finish(opener.start(data, here=True))
        assert opener.opened_in_worker == 1
    assert isinstance(there, OpenedBatch) and isinstance(here, OpenedBatch)
    assert there == here
    assert there.content.records[0].name == "Ada Chan"


def test_the_worker_is_spawned_and_never_given_the_age_identity(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    data = _batch(stall, sample_petition, "Ada Chan", tmp_path / "a1")
    importer = Importer(coordinator)
    identity = load_keys(coordinator).age_identity
    assert identity is not None
    sent: list[bytes] = []
    with _opener(coordinator, importer) as opener:
        pool = opener._worker()
        assert pool is not None
        assert pool._mp_context.get_start_method() == "spawn"  # no copy of this memory
        real_submit = pool.submit

        def recording_submit(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
            sent.append(pickle.dumps((fn, args, kwargs)))
            return real_submit(fn, *args, **kwargs)

        monkeypatch.setattr(pool, "submit", recording_submit)
        assert isinstance(opener.finish(opener.start(data)), OpenedBatch)
    assert len(sent) == 1
    assert identity.encode() not in sent[0]
    assert identity.upper().encode() not in sent[0]
    # What it gets is already decrypted: the sealed file itself never goes there either.
    assert decrypt(data, identity) in sent[0] and data not in sent[0]


def test_a_refusal_in_the_worker_is_the_refusal_of_this_process(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    good = _batch(stall, sample_petition, "Ada Chan", tmp_path / "a1")
    broken = reseal(coordinator, stall.vault, good, _broken_name)
    forged = good[:-200] + bytes(200)
    expected = Importer(coordinator).import_bytes(broken)
    assert (expected.status, expected.reason) == (REFUSED, refusal.RECORD_RULE)
    importer = Importer(coordinator)
    with _opener(coordinator, importer) as opener:
        got = opener.finish(opener.start(broken))
        assert isinstance(got, RecordRejected)
        assert (got.message, got.code) == (expected.message, expected.reason)
        assert (got.number, got.field.value, got.reason.value) == expected.rule
        unopened = opener.finish(opener.start(forged))  # age refuses it, here
        assert isinstance(unopened, Rejected) and unopened.code == refusal.CANNOT_OPEN
        assert opener.opened_in_worker == 1
    before = vault_hash(coordinator)
    done = importer.import_files(_files(tmp_path, {"broken": broken, "good": good}))
    assert [o.status for _, o in done] == [REFUSED, IMPORTED]
    assert done[0][1] == expected
    assert vault_hash(coordinator) != before


def _files(tmp_path: Path, contents: dict[str, bytes]) -> list[Path]:
    out = []
    for name, data in contents.items():
        path = tmp_path / f"{name}.stallbatch"
        path.write_bytes(data)
        out.append(path)
    return out


def test_a_worker_that_fails_or_dies_leaves_the_file_to_this_process(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    data = _batch(stall, sample_petition, "Ada Chan", tmp_path / "a1")
    importer = Importer(coordinator)
    identity = load_keys(coordinator).age_identity
    assert identity is not None
    payload = decrypt(data, identity)
    failed: Future[open_worker.Reply] = Future()
    failed.set_result(("failed", "", "", ""))
    died: Future[open_worker.Reply] = Future()
    died.set_exception(BrokenProcessPool("the worker was killed"))
    with _opener(coordinator, importer) as opener:
        got = opener.finish(Pending(data, payload, future=failed))
        assert isinstance(got, OpenedBatch) and got.content.records[0].name == "Ada Chan"
        assert opener._worker() is not None  # a bug in one file: the worker stays
        got = opener.finish(Pending(data, payload, future=died))
        assert isinstance(got, OpenedBatch) and got.content.records[0].name == "Ada Chan"
        assert opener._worker() is None  # it died: the rest are opened here
        assert opener.start(data).future is None
        assert opener.opened_in_worker == 0


def test_a_refusal_reply_carries_no_record_values() -> None:
    """The worker's reply for a broken record is its number and codes, nothing more."""
    exc = RecordRejected(3, Field.NAME, Reason.BAD_FORMAT)
    reply = ("record", exc.number, exc.field.value, exc.reason.value)
    rebuilt = open_worker._from_reply(reply)  # type: ignore[arg-type]
    assert isinstance(rebuilt, RecordRejected) and rebuilt.message == exc.message
    assert open_worker._from_reply(("opened", "not a batch", "", "")) is None


def test_a_worker_starts_only_for_several_files_on_several_cores(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    stall = make_stall("stall-a")
    first = _batch(stall, sample_petition, "Ada Chan", tmp_path / "a1")
    second = _batch(stall, sample_petition, "Bo Wong", tmp_path / "a2")
    started: list[int] = []
    real_pool = open_worker.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(1)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(open_worker, "ProcessPoolExecutor", counting_pool)
    importer = Importer(coordinator)
    [one] = importer.import_files(_files(tmp_path, {"one": first}))
    assert one[1].status == IMPORTED and started == []
    monkeypatch.setattr(batch_import.os, "cpu_count", lambda: 1)
    files = _files(tmp_path, {"one": first, "two": second})
    assert [o.status for _, o in importer.import_files(files)] == [ALREADY, IMPORTED]
    assert started == []
    monkeypatch.setattr(batch_import.os, "cpu_count", lambda: 2)
    assert [o.status for _, o in importer.import_files(files)] == [ALREADY, ALREADY]
    assert started == [1]
