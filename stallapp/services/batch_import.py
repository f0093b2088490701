"""Coordinator side: import sealed batches into the vault, all or nothing, idempotently.

Each file is verified completely (see sealing/opening.py) before one transaction writes its
petitions, events and signature rows (with provenance: device and batch), groups the rows
into persons (dedupe.py) and records the batch. Forks are quarantined, not merged: the
sealed file is kept (services/quarantine.py settles it), and a quarantined batch that
follows its device's chain once a fork is settled is imported and released.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stallapp.domain.errors import StallappError, VaultError
from stallapp.sealing.document import GENESIS, RecordRejected
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.opening import MAX_BATCH_BYTES, OpenedBatch, open_batch
from stallapp.services import dedupe
from stallapp.services.keys import load_keys, recipient_fingerprint, require_coordinator
from stallapp.services.open_worker import AheadOpener, Pending
from stallapp.storage import audit, provenance
from stallapp.storage import events as event_store
from stallapp.storage import quarantine_store as qstore
from stallapp.storage import sealing_store as store
from stallapp.storage import signatures as sig_store
from stallapp.storage.connection import Connection, use_page_cache
from stallapp.storage.vault import Vault

MERGE_CACHE_MIB = 64  # SQLite's default is 2 MiB: at a million rows, most index pages miss
IMPORTED, ALREADY, QUARANTINED, REFUSED = "imported", "already imported", "quarantined", "refused"
# Why a batch was refused or quarantined, as a code a screen phrases in its own language.
# A refusal from the sealing layer carries its code (sealing/envelope.py); one without a
# code ("") has only its English `message`.
TOO_LARGE, UNREADABLE, PAST_RETENTION = "too large", "unreadable", "past retention"
SET_ASIDE, WAITING, FORK = "set aside", "waiting", "fork"


@dataclass(frozen=True)
class Outcome:
    """What became of one file: `status` and `reason` are codes, `message` is the English
    line for the command line, `records` and `merged` the rows added and matched."""

    status: str
    message: str
    records: int = 0
    merged: int = 0
    reason: str = ""
    # For a record that breaks a capture rule: its number, then the field and reason codes.
    rule: tuple[int, str, str] | None = None

    def line(self, name: str) -> str:
        """The English result line (the command line; screens phrase the codes themselves)."""
        return (
            f"{name}: {self.status}: {self.message}" if self.message else f"{name}: {self.status}"
        )


def refusal(exc: Rejected) -> Outcome:
    """The outcome of a refused file, with the refusal's code for a screen to phrase."""
    rule = None
    if isinstance(exc, RecordRejected):
        rule = (exc.number, exc.field.value, exc.reason.value)
    return Outcome(REFUSED, exc.message, reason=exc.code, rule=rule)


Progress = Callable[[int, int, Path, Outcome], None]
"""(files done, files in all, the file just done, its outcome)"""

_Opened = Outcome | tuple[bytes, OpenedBatch | StallappError]
"""A file read and verified: an outcome already (unreadable), or its bytes with the opened
batch or the error that refused it."""


class Importer:
    """Imports batches into one coordinator vault."""

    def __init__(self, vault: Vault) -> None:
        require_coordinator(vault)
        self.vault = vault
        keys = load_keys(vault)
        if keys.age_identity is None or keys.recipient is None:
            raise VaultError("This coordinator vault has no age identity.")
        self._identity = keys.age_identity
        self._mine = {recipient_fingerprint(keys.recipient)}
        use_page_cache(vault.conn, MERGE_CACHE_MIB)

    def verify(self, data: bytes) -> OpenedBatch:
        conn = self.vault.conn
        return open_batch(
            data,
            self._identity,
            self._mine,
            lambda device_id: store.device(conn, device_id),
            self.vault.rehearsal,
        )

    def _devices(self) -> dict[str, store.DeviceRow]:
        return {d.device_id: d for d in store.devices(self.vault.conn)}

    def _import_opened(self, opened: _Opened, devices: dict[str, store.DeviceRow]) -> Outcome:
        if isinstance(opened, Outcome):
            return opened
        data, result = opened
        try:
            if self._devices() != devices:
                # A device was enrolled or revoked meanwhile: verify again against the vault.
                return self.import_bytes(data)
            if isinstance(result, Rejected):
                return refusal(result)
            if isinstance(result, StallappError):
                raise result
            return self._merge(result, data, date.today())
        except StallappError as exc:
            return Outcome(REFUSED, exc.message)

    def import_bytes(self, data: bytes, today: date | None = None) -> Outcome:
        try:
            opened = self.verify(data)
        except Rejected as exc:
            return refusal(exc)
        return self._merge(opened, data, today or date.today())

    @staticmethod
    def _read(path: Path) -> bytes | Outcome:
        try:
            if path.stat().st_size > MAX_BATCH_BYTES:
                return Outcome(
                    REFUSED, "The file is too large to be a stallapp batch.", reason=TOO_LARGE
                )
            return path.read_bytes()
        except OSError as exc:
            return Outcome(REFUSED, f"The file cannot be read ({exc.strerror}).", reason=UNREADABLE)

    def import_file(self, path: Path) -> Outcome:
        data = self._read(path)
        if isinstance(data, Outcome):
            return data
        try:
            return self.import_bytes(data)
        except StallappError as exc:
            return Outcome(REFUSED, exc.message)

    @staticmethod
    def record_of(opened: OpenedBatch) -> store.InBatch:
        c = opened.content
        return store.InBatch(
            c.batch_id, c.device_id, c.sequence, opened.doc_hash, c.previous_hash, len(c.records)
        )

    def _merge(self, opened: OpenedBatch, data: bytes, today: date) -> Outcome:
        c = opened.content
        for petition in c.petitions:
            if today > petition.retention_until:
                return Outcome(
                    REFUSED,
                    "The batch holds a petition past its retention date.",
                    reason=PAST_RETENTION,
                )
        record = self.record_of(opened)
        name = opened.device.name
        with self.vault.transaction() as tx:
            status = qstore.quarantine_status(tx, opened.doc_hash)
            if status == qstore.SET_ASIDE:
                return Outcome(
                    QUARANTINED, "The coordinator set this batch aside earlier.", reason=SET_ASIDE
                )
            fork = self._fork_reason(tx, record)
            if fork == "same":
                return Outcome(ALREADY, "")
            if fork and status == qstore.OPEN:
                qstore.keep_sealed(tx, opened.doc_hash, data)
                return Outcome(
                    QUARANTINED,
                    "This batch was set aside earlier; it waits for a decision.",
                    reason=WAITING,
                )
            if fork:
                qstore.quarantine(tx, record, fork, data)
                audit.append(tx, "batch_quarantined", batch_id=c.batch_id, device_id=c.device_id)
                text = f"{fork} (batch {c.sequence} from {name})."
                return Outcome(QUARANTINED, text, reason=FORK)
            added, merged = self.write_batch(tx, opened)
            if status == qstore.OPEN:
                qstore.release(tx, opened.doc_hash)
                audit.append(tx, "quarantine_released", batch_id=c.batch_id, seq=c.sequence)
        text = (
            f"batch {c.sequence} from {name}, {added} signatures, {merged} matched earlier people"
        )
        return Outcome(IMPORTED, text, added, merged)

    @staticmethod
    def write_batch(tx: Connection, opened: OpenedBatch) -> tuple[int, int]:
        """Write a verified batch on its device's chain: (rows added, rows matched)."""
        c = opened.content
        for petition in c.petitions:
            provenance.ensure_petition_version(tx, petition)
        for event in c.events:
            event_store.save(tx, event, c.device_id)
        skip = provenance.known_uids(tx, [s.uid for s in c.records])
        fresh = [sig for sig in c.records if sig.uid not in skip]
        people = dedupe.BatchDedupe(tx, fresh)
        rows = []
        merged = 0
        for sig in fresh:
            person_id, joined = people.assign(sig)
            rows.append((sig, person_id))
            merged += int(joined)
        people.flush()
        sig_store.insert_merged_many(tx, rows, c.device_id, c.batch_id)
        added = len(rows)
        store.save_in_batch(tx, Importer.record_of(opened))
        audit.append(
            tx, "imported", batch_id=c.batch_id, device_id=c.device_id, seq=c.sequence, count=added
        )
        return added, merged

    @staticmethod
    def _fork_reason(tx: Connection, b: store.InBatch) -> str | None:
        same_id = store.in_batch(tx, b.batch_id)
        if same_id is not None:
            if same_id.device_id != b.device_id:
                return "another device's batch has the same id"
            if same_id.doc_hash == b.doc_hash:
                return "same"
            return "a different batch with the same number was imported before (a fork)"
        if store.in_batch_at(tx, b.device_id, b.seq) is not None:
            return "a different batch with the same number was imported before (a fork)"
        if b.seq == 1 and b.prev_hash != GENESIS:
            return "the first batch of a device names a previous batch"
        before = store.in_batch_at(tx, b.device_id, b.seq - 1)
        # A batch that follows one the coordinator settled (accepted or set aside) follows
        # the device's chain: the device's own vault went on from it.
        settled = qstore.settled_hashes(tx, b.device_id, b.seq - 1)
        if before is not None and b.prev_hash not in {before.doc_hash, *settled}:
            return "it does not follow the batch before it (a fork)"
        after = store.in_batch_at(tx, b.device_id, b.seq + 1)
        if after is not None and after.prev_hash != b.doc_hash:
            return "the batch after it does not follow it (a fork)"
        return None

    def import_files(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[Path, Outcome]]:
        """Import each file (folders: their batches) in turn until `cancelled()`; after each,
        `progress(done, total, path, outcome)` (a screen phrases the outcome itself)."""
        todo = expand(paths)
        done: list[tuple[Path, Outcome]] = []
        devices = self._devices()
        # The next file is opened and verified in a worker process while this one is
        # written (services/open_worker.py: decrypted here, the rest there); each is still
        # fully verified before anything of it is written, and written in file order, one
        # transaction each. The first file is opened here while the worker starts.
        # One file, or one core: a worker would only add its start and the pickling.
        worker = len(todo) > 1 and (os.cpu_count() or 1) > 1
        with AheadOpener(
            self._identity, self._mine, devices, self.vault.rehearsal, use_worker=worker
        ) as opener:

            def begin(i: int) -> Outcome | Pending:
                data = self._read(todo[i])
                return data if isinstance(data, Outcome) else opener.start(data, here=i == 0)

            current: Outcome | Pending | None = None
            for i, path in enumerate(todo):
                if cancelled is not None and cancelled():
                    break
                if current is None:
                    current = begin(i)
                ahead = begin(i + 1) if i + 1 < len(todo) else None
                opened: _Opened = (
                    current
                    if isinstance(current, Outcome)
                    else (current.data, opener.finish(current))
                )
                current = ahead
                outcome = self._import_opened(opened, devices)
                done.append((path, outcome))
                if progress is not None:
                    progress(i + 1, len(todo), path, outcome)
        return done


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders become the .stallbatch files inside them (not recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.suffix == ".stallbatch" and p.is_file())
        else:
            out.append(path)
    return out


@dataclass(frozen=True)
class MissingBatches:
    """Batch numbers a device sent before its latest one that never arrived (data for a
    screen to phrase in its own language)."""

    device_name: str
    device_id: str
    numbers: tuple[int, ...]


def missing_batches(vault: Vault) -> list[MissingBatches]:
    names = {d.device_id: d.name for d in store.devices(vault.conn)}
    found = []
    for device_id, seqs in store.sequences(vault.conn).items():
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            found.append(MissingBatches(names.get(device_id, device_id), device_id, tuple(missing)))
    return found


def gaps(vault: Vault) -> list[str]:
    """One English line per device with missing batch numbers (for the command line)."""
    lines = []
    for gap in missing_batches(vault):
        missing = gap.numbers
        label = f"{gap.device_name} ({gap.device_id})"
        if len(missing) == 1:
            lines.append(f"batch {missing[0]} from {label} is missing")
        else:
            nums = ", ".join(str(n) for n in missing[:-1]) + f" and {missing[-1]}"
            lines.append(f"batches {nums} from {label} are missing")
    return lines


def quarantined(vault: Vault) -> list[tuple[str, str, int, str]]:
    """(batch id, device id, batch number, reason) of each batch waiting for a decision."""
    return qstore.quarantine_list(vault.conn)
