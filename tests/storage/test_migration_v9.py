"""A coordinator vault at schema version 6 opens at version 9: every person gets the postcode
area that new persons get (domain/postcode.area_of), and near matches are then found across
the area through the new index."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.domain.postcode import area_of
from stallapp.domain.signer import build_signature
from stallapp.services import dedupe
from stallapp.services.name_match import CROSS_SCRIPT
from stallapp.storage import migrate as migrate_module
from stallapp.storage import persons as person_store
from stallapp.storage import petitions as petition_store
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

# (name key, compact postcode): UK shapes of every outward length, and codes that are not UK.
OLD_PERSONS = [
    ("chan man tai", "CV11LL"),
    ("lee wing", "CV101AA"),
    ("ho ka yan", "EC1A1BB"),
    ("lam siu", "W1A0AX"),
    ("tse ming", "GIR0AA"),
    ("wong yan", "10115"),
    ("yip kit", "SW1A2AA"),
    ("ng mei", "M11AE"),
    ("law pui", "D02X285"),
    ("mok chi", ""),
]


def test_version_6_vault_migrates_to_version_9(
    tmp_path: Path, sample_petition: Petition, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "old"
    original = migrate_module.migrate

    def up_to_v6(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 6])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v6)
    old = Vault.create(folder, PASSPHRASE, role="coordinator", cost=KdfCost.light())
    with old.transaction() as tx:
        petition_store.save(tx, sample_petition)
        for name_key, block in OLD_PERSONS:
            tx.execute(
                "INSERT INTO persons (petition_id, dedupe_key, block_key, name_key) "
                "VALUES (?, ?, ?, ?)",
                (sample_petition.id, f"{name_key}|{block}", block, name_key),
            )
    assert schema_version(old.conn) == 6
    old.lock()
    monkeypatch.undo()

    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert schema_version(vault.conn) >= 9
        rows = vault.conn.execute("SELECT block_key, area_key FROM persons ORDER BY id").fetchall()
        assert [(r[0], r[1]) for r in rows] == [(b, area_of(b)) for _n, b in OLD_PERSONS]
        assert area_of("CV11LL") == "CV1" and area_of("10115") == "10115"
        assert vault.conn.execute("SELECT count(*) FROM persons WHERE keyed = 0").fetchone()[
            0
        ] == len(OLD_PERSONS)
        assert vault.conn.execute("SELECT count(*) FROM person_keys").fetchone()[0] == 0
        # A new signer in another postcode of the old person's area meets them for review.
        event = "event-1"
        sig = build_signature(
            sample_petition,
            event_id=event,
            name="陳大文",
            postcode="CV1 2AB",
            address="2 Hertford Street",
            consent=True,
        )
        with vault.transaction() as tx:
            merge = dedupe.BatchDedupe(tx, [sig])
            person, joined = merge.assign(sig)
            merge.flush()
        assert not joined
        (match,) = dedupe.pending(vault.conn)
        assert (match.a.person_id, match.b.person_id, match.reason) == (1, person, CROSS_SCRIPT)
        # The old persons of the area met were given their keys once; others wait their turn.
        keyed = vault.conn.execute("SELECT id FROM persons WHERE keyed = 1 ORDER BY id")
        assert [r[0] for r in keyed] == [1, person]  # CV1 (not CV10) and the new person
        keys = {r[0] for r in vault.conn.execute("SELECT key FROM person_keys WHERE person_id = 1")}
        # (Since schema 10 the name key itself, "n:chan man tai", is found through
        # persons_key instead of being stored: tests/storage/test_migration_v10.py.)
        assert {"w:chan", "w:tai", "w:man"} <= keys
    finally:
        vault.lock()


def _plan(conn, call) -> str:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        call(conn)
    finally:
        conn.set_trace_callback(None)
    (statement,) = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    return " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + statement))


def test_the_area_look_ups_use_their_indexes(coordinator: Vault) -> None:
    conn = coordinator.conn
    # The key look-up's plan since schema 10: tests/storage/test_migration_v10.py.
    plan = _plan(conn, lambda c: person_store.first_in_area(c, "p", "CV1", 1000))
    assert "INDEX persons_area" in plan and "TEMP B-TREE" not in plan, plan
    plan = _plan(conn, lambda c: person_store.unkeyed(c, "p", "CV1"))
    assert "INDEX persons_unkeyed" in plan, plan
