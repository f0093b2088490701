"""Opening the next sealed batch in a worker process while the current one is written.

After decryption, opening a batch (unpacking, the envelope, the Ed25519 signature, canonical
JSON, the schema and every record's capture rules) is Python work that holds the GIL for
most of its time, so a thread could hardly overlap it with the writing; a second process
can, on the second core.

What the worker gets, and why that is sound:
- The age identity never leaves this process. A file is read and decrypted here (about
  2 ms a batch) and only the decrypted payload, the coordinator's recipient fingerprints,
  the enrolled devices' public rows and the rehearsal flag go to the worker.
- The worker is spawned, not forked: a fresh interpreter that holds none of this process's
  memory (no vault key, no identity, no other signer's data). Its command line carries only
  pipe numbers; the payload travels through the pipe of a child this process started and
  waits for, never through a file.
- The worker returns the opened batch, or the data of its refusal (the message, its code, and
  for a broken capture rule the record's number, field and reason: nothing of the record's
  values). Anything else (the worker could not start, it died, or hit a bug) makes the file
  be opened again in this process, so the outcome is always exactly that of opening it here,
  and a bug surfaces here, where the job runner's crash guard sees it.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import TracebackType

from stallapp.domain.errors import Field, Reason, StallappError
from stallapp.sealing.document import RecordRejected
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.opening import EnrolledDevice, OpenedBatch, decrypt, open_decrypted

Reply = tuple[str, object, object, object]
"""("opened", batch, "", ""), ("record", number, field code, reason code),
("rejected", message, code, ""), or ("failed", "", "", "") for anything else."""


def open_in_worker(
    payload: bytes,
    my_fingerprints: set[str],
    devices: Mapping[str, EnrolledDevice],
    rehearsal: bool,
) -> Reply:
    """Run in the worker: everything after decryption, with the refusal turned into plain
    data (an exception would travel back with a traceback, and Rejected does not pickle)."""
    try:
        opened = open_decrypted(payload, my_fingerprints, devices.get, rehearsal)
    except RecordRejected as exc:
        return ("record", exc.number, exc.field.value, exc.reason.value)
    except Rejected as exc:
        return ("rejected", exc.message, exc.code, "")
    except Exception:  # the parent opens the file again itself, where a bug surfaces
        return ("failed", "", "", "")
    return ("opened", opened, "", "")


def _from_reply(reply: Reply) -> OpenedBatch | Rejected | None:
    kind, a, b, c = reply
    if kind == "opened" and isinstance(a, OpenedBatch):
        return a
    if kind == "record" and isinstance(a, int) and isinstance(b, str) and isinstance(c, str):
        return RecordRejected(a, Field(b), Reason(c))
    if kind == "rejected" and isinstance(a, str) and isinstance(b, str):
        return Rejected(a, b)
    return None


@dataclass(frozen=True)
class Pending:
    """A file read and decrypted here, being opened (by the worker, or here on `finish`)."""

    data: bytes
    payload: bytes | None = None
    refused: StallappError | None = None
    future: Future[Reply] | None = None


class AheadOpener:
    """Opens files for the importer, the ones after the first in one worker process."""

    def __init__(
        self,
        identity: str,
        my_fingerprints: set[str],
        devices: Mapping[str, EnrolledDevice],
        rehearsal: bool,
        *,
        use_worker: bool = True,
    ) -> None:
        self._identity = identity
        self._mine = set(my_fingerprints)
        self._devices = dict(devices)
        self._rehearsal = rehearsal
        self._use_worker = use_worker
        self._pool: ProcessPoolExecutor | None = None
        self.opened_in_worker = 0  # how many files the worker opened (for the tests)

    def __enter__(self) -> AheadOpener:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _worker(self) -> ProcessPoolExecutor | None:
        if self._use_worker and self._pool is None:
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn")
                )
            except (OSError, ValueError, NotImplementedError):
                self._use_worker = False
        return self._pool if self._use_worker else None

    def start(self, data: bytes, *, here: bool = False) -> Pending:
        """Decrypt the file here; unless `here`, hand the rest to the worker."""
        try:
            payload = decrypt(data, self._identity)
        except StallappError as exc:
            return Pending(data, refused=exc)
        pool = None if here else self._worker()
        if pool is None:
            return Pending(data, payload)
        try:
            future = pool.submit(
                open_in_worker, payload, self._mine, self._devices, self._rehearsal
            )
        except (BrokenProcessPool, RuntimeError, OSError):
            self._use_worker = False
            return Pending(data, payload)
        return Pending(data, payload, future=future)

    def finish(self, pending: Pending) -> OpenedBatch | StallappError:
        """The opened batch, or the error that refuses it; a bug raises here."""
        if pending.refused is not None:
            return pending.refused
        assert pending.payload is not None
        if pending.future is not None:
            try:
                got = _from_reply(pending.future.result())
            except (BrokenProcessPool, OSError, pickle.PickleError, EOFError):
                self._use_worker = False  # it died or cannot start: open the rest here
                got = None
            if got is not None:
                self.opened_in_worker += 1
                return got
        try:
            return open_decrypted(pending.payload, self._mine, self._devices.get, self._rehearsal)
        except StallappError as exc:
            return exc
