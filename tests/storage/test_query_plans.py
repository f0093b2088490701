"""Every query on `signatures` runs on an index that exists for it (migration 5).

The statements are the ones storage really runs, caught with SQLite's trace callback, then
explained. A change that drops an index a query needs, or a query that stops matching its
index, fails here rather than as a slow coordinator at a million signatures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stallapp.services.capture import CaptureService
from stallapp.storage import persons as person_store
from stallapp.storage import provenance, sheet_records
from stallapp.storage import report_queries as reports
from stallapp.storage import signatures as signature_store
from stallapp.storage.connection import Connection
from stallapp.storage.vault import Vault
from tests.support.query_trace import plan as plan_of
from tests.support.query_trace import statements

PETITION = "p"


def _statements(conn: Connection, call: Callable[[Connection], object]) -> list[str]:
    return [s for s in statements(conn, call) if "signatures" in s]


def _plans(conn: Connection, call: Callable[[Connection], object]) -> list[str]:
    found = _statements(conn, call)
    assert found, "the call ran no statement on signatures"
    return [plan_of(conn, s, "\n") for s in found]


CASES: dict[str, tuple[Callable[[Connection], object], tuple[str, ...]]] = {
    "receipt look-up": (
        lambda c: signature_store.receipt_in_use(c, "ABCD-EFGH"),
        ("signatures_receipt",),
    ),
    "dedupe key": (
        lambda c: signature_store.has_dedupe_key(c, PETITION, "chan tai man|CV11LL"),
        ("signatures_dedupe",),
    ),
    "per-event count": (
        lambda c: signature_store.count(c, petition_id=PETITION, event_id="e"),
        ("COVERING INDEX",),
    ),
    "rows of a person": (lambda c: person_store.signature_count(c, 3), ("signatures_person",)),
    "first row of a person": (lambda c: person_store.first_signature(c, 3), ("signatures_person",)),
    "rows of persons": (
        lambda c: provenance.count_of_persons(c, {1, 2}),
        ("signatures_person",),
    ),
    "rows to erase": (
        lambda c: provenance.rows_to_erase(c, "ABCD-EFGH", {4}),
        ("signatures_receipt", "signatures_person"),
    ),
    "known uids": (
        lambda c: provenance.known_uids(c, ["a", "b"]),
        ("sqlite_autoindex_signatures",),
    ),
    "persons of a petition": (lambda c: signature_store.persons_of(c, PETITION), ("INDEX",)),
    "report totals": (reports.by_petition, ("COVERING INDEX signatures_report",)),
    "people of a petition": (
        lambda c: reports.people_of(c, PETITION),
        ("COVERING INDEX signatures_report",),
    ),
    "paper entries by city": (sheet_records.keyed_paper_by_city, ("COVERING INDEX",)),
    **{
        f"report by {by}": (
            lambda c, by=by: reports.grouped(c, by),  # type: ignore[misc]
            ("COVERING INDEX signatures_report",),
        )
        for by in reports.GROUP_COLUMNS
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_query_uses_its_index(capture: CaptureService, event_id: str, name: str) -> None:
    call, expected = CASES[name]
    conn = capture.vault.conn
    for plan in _plans(conn, call):
        for index in expected:
            assert index in plan, f"{name}: {plan}"
        lines = plan.splitlines()
        assert not any(
            line.startswith(("SCAN signatures", "SCAN s")) and "INDEX" not in line for line in lines
        ), f"{name} reads the whole table: {plan}"


def test_moving_rows_between_persons_uses_the_partial_index(stall_vault: Vault) -> None:
    plans: list[str] = []
    with stall_vault.transaction() as tx:
        plans = _plans(tx, lambda c: person_store.move_signatures(c, 1, 2))
    assert all("signatures_person" in p for p in plans)
