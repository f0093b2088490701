"""The receipt queries on `signatures` (the stall's batch counts, the erasure of received
batches) run on the partial index `signatures_batch`, never by reading every row."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stallapp.services.capture import CaptureService
from stallapp.storage import receipt_store
from stallapp.storage.connection import Connection
from tests.storage.test_query_plans import _plans


def _erase_in_savepoint(conn: Connection) -> int:
    conn.execute("SAVEPOINT probe")
    try:
        return receipt_store.erase_received(conn)
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")


CASES: dict[str, Callable[[Connection], object]] = {
    "kept rows by batch": receipt_store.batch_states,
    "erasable count": receipt_store.erasable_count,
    "erase received": _erase_in_savepoint,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_receipt_query_uses_the_batch_index(
    capture: CaptureService, event_id: str, name: str
) -> None:
    for plan in _plans(capture.vault.conn, CASES[name]):
        assert "signatures_batch" in plan, f"{name}: {plan}"
        assert not any(
            line.startswith(("SCAN signatures", "SCAN s")) and "INDEX" not in line
            for line in plan.splitlines()
        ), f"{name} reads the whole table: {plan}"
