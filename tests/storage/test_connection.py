"""The typed Connection and Cursor protocols describe the real SQLCipher objects."""

from __future__ import annotations

import pytest

from stallapp.storage.connection import Connection, Cursor, new_id, scalar
from stallapp.storage.vault import Vault


def test_vault_connection_and_cursor_match_the_protocols(stall_vault: Vault) -> None:
    assert isinstance(stall_vault.conn, Connection)
    with stall_vault.transaction() as tx:
        assert isinstance(tx, Connection)
        assert tx.in_transaction
        cur = tx.execute("SELECT key, value FROM meta WHERE key = ?", ("role",))
        assert isinstance(cur, Cursor)
        assert cur.fetchall() == [("role", "stall")]  # rows are plain tuples


def test_scalar_and_new_id(stall_vault: Vault) -> None:
    conn = stall_vault.conn
    assert scalar(conn.execute("SELECT count(*) FROM meta WHERE key = 'role'")) == 1
    with pytest.raises(LookupError):
        scalar(conn.execute("SELECT value FROM meta WHERE key = 'no such key'"))
    with stall_vault.transaction() as tx:
        cur = tx.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
        assert new_id(cur) > 0
