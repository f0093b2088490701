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
    finally:
        vault.lock()


def test_persons_of_an_area_are_read_through_the_area_index(coordinator: Vault) -> None:
    seen: list[str] = []
    conn = coordinator.conn
    conn.set_trace_callback(seen.append)  # type: ignore[attr-defined]
    try:
        person_store.touched_by(conn, "p", [], ["CV1"])
    finally:
        conn.set_trace_callback(None)  # type: ignore[attr-defined]
    (statement,) = [s for s in seen if "area_key" in s]
    plan = " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + statement))
    assert "INDEX persons_area" in plan, plan
