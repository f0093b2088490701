"""Purges a petition and kills itself (SIGKILL) at a chosen point of the purge.

Run by tests/services/test_purge_crash.py. Usage:
    python purge_worker.py FOLDER PETITION_ID YYYY-MM-DD POINT   (passphrase in STALLAPP_PASSPHRASE)
POINT is `counted` (counts written, rows not yet deleted), `deleted` (both done, not yet
committed) or `committed` (after the commit, before the write-ahead log is cut).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from stallapp.services.withdrawal import purge_petition
from stallapp.storage import erasure, kept_count_store
from stallapp.storage.vault import Vault


def _then_die(real: Callable[..., Any]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    return wrapped


def main() -> None:
    folder, petition_id, day, point = sys.argv[1:5]
    vault = Vault.unlock(Path(folder), os.environ["STALLAPP_PASSPHRASE"])
    if point == "counted":
        kept_count_store.add = _then_die(kept_count_store.add)  # type: ignore[method-assign]
    elif point == "deleted":
        erasure.delete_signatures_of_petition = _then_die(  # type: ignore[method-assign]
            erasure.delete_signatures_of_petition
        )
    elif point == "committed":
        Vault.truncate_wal = _then_die(lambda self: None)  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown point {point}")
    purge_petition(vault, petition_id, today=date.fromisoformat(day))
    sys.stdout.write("NOT KILLED\n")


if __name__ == "__main__":
    main()
