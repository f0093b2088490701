"""The typed shape of a vault connection: what storage modules may use of SQLCipher.

`Vault.conn` and `Vault.transaction()` hand out a `Connection`. Rows are plain tuples.
Nothing outside stallapp/storage runs a query; services pass the connection (or the open
transaction) through to the storage functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

Row = tuple[Any, ...]


@runtime_checkable
class Cursor(Protocol):
    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def __iter__(self) -> Iterator[Row]: ...


@runtime_checkable
class Connection(Protocol):
    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...

    def executescript(self, sql: str, /) -> Cursor: ...

    def close(self) -> None: ...


def scalar(cur: Cursor) -> Any:
    """The first column of the first row (of a count or lookup that always returns one)."""
    row = cur.fetchone()
    if row is None:
        raise LookupError("the query returned no row")
    return row[0]


def new_id(cur: Cursor) -> int:
    """The row id an INSERT just gave."""
    if cur.lastrowid is None:
        raise LookupError("the statement inserted no row")
    return int(cur.lastrowid)


def use_page_cache(conn: Connection, mib: int) -> None:
    """Let this connection keep up to `mib` MiB of decrypted pages in memory (a merge into
    a large vault inserts into its indexes at random places, which a small cache misses)."""
    conn.execute(f"PRAGMA cache_size = -{int(mib) * 1024}")
