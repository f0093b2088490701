"""The statements a storage call really runs, caught with SQLite's trace callback, and
their query plans: for the tests that hold queries to their indexes."""

from __future__ import annotations

from collections.abc import Callable

from stallapp.storage.connection import Connection


def statements(conn: Connection, call: Callable[[Connection], object]) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)  # type: ignore[attr-defined]
    try:
        call(conn)
    finally:
        conn.set_trace_callback(None)  # type: ignore[attr-defined]
    return seen


def plan(conn: Connection, statement: str, joiner: str = " ") -> str:
    """The plan of one statement, its steps joined by `joiner`."""
    return joiner.join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + statement))
