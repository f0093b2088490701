from __future__ import annotations

import pytest
import sqlcipher3

from stallapp.storage import audit
from stallapp.storage.vault import Vault


def test_chain_verifies_and_detects_tampering(stall_vault: Vault) -> None:
    with stall_vault.transaction() as tx:
        audit.append(tx, "exported", count=3)
        audit.append(tx, "imported", count=2)
    assert audit.verify(stall_vault.conn) is None
    conn = stall_vault.conn
    # Bypass the triggers as an attacker with the key could, and see the chain break.
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET detail = '{\"count\":30}' WHERE event = 'exported'")
    bad = audit.verify(conn)
    assert bad is not None
    assert stall_vault.integrity_problems() == ["audit log chain broken"]


def test_log_is_append_only(stall_vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        stall_vault.conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        stall_vault.conn.execute("UPDATE audit_log SET event = 'x'")


def test_refuses_personal_looking_details(stall_vault: Vault) -> None:
    with stall_vault.transaction() as tx:
        with pytest.raises(ValueError):
            audit.append(tx, "erased", name="Chan Tai Man")
        with pytest.raises(ValueError):
            audit.append(tx, "no-such-event")
        # Every key is checked, whatever comes before it: a count or an id first does not
        # let a name through after it.
        with pytest.raises(ValueError):
            audit.append(tx, "erased", count=1, name="Chan Tai Man")
        with pytest.raises(ValueError):
            audit.append(tx, "erased", batch_id="b" * 16, name="Chan Tai Man")
        with pytest.raises(ValueError):  # an id-like key, but too long to be an id
            audit.append(tx, "erased", device_id="x" * 81)
        audit.append(tx, "erased", device_id="x" * 80, count=1)
