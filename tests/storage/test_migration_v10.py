"""A coordinator vault at schema version 9, with persons, search keys and rows, opens at
version 10: the search keys move into one covering b-tree (without the stored name key,
which `persons_key` answers), `signatures_dedupe` holds only a device's own rows, and the
near matches a merge finds are the ones it found before."""

from __future__ import annotations

from pathlib import Path

import pytest

from stallapp.domain.petition import Petition
from stallapp.domain.postcode import area_of
from stallapp.domain.signer import Signature, build_signature
from stallapp.services import dedupe, near_keys
from stallapp.services.capture import CaptureService
from stallapp.services.name_match import CROSS_SCRIPT, SAME_AREA
from stallapp.storage import migrate as migrate_module
from stallapp.storage import persons as person_store
from stallapp.storage import signatures as signature_store
from stallapp.storage.connection import Connection
from stallapp.storage.keyfile import KdfCost
from stallapp.storage.migrate import schema_version
from stallapp.storage.migrations import MIGRATIONS
from stallapp.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.query_trace import plan, statements

# (name key, compact postcode) of persons merged before version 10 (a name key holds the
# name's words in sorted order)
OLD_PERSONS = [("chan man tai", "CV11LL"), ("ming siu wong", "CV12AB"), ("ho ka yan", "LS16HP")]


def _sig(petition: Petition, event_id: str, name: str, postcode: str) -> Signature:
    return build_signature(
        petition, event_id=event_id, name=name, postcode=postcode, address="1 Road",
        consent=True,
    )  # fmt: skip


def _version_9_vault(folder: Path, petition: Petition, monkeypatch: pytest.MonkeyPatch) -> str:
    """A coordinator at version 9 holding OLD_PERSONS with their keys as version 9 stored
    them (the name key included), one merged row of the first and one row of its own."""
    original = migrate_module.migrate

    def up_to_v9(conn, db_path, migrations=MIGRATIONS):  # type: ignore[no-untyped-def]
        return original(conn, db_path, [m for m in migrations if m.version <= 9])

    monkeypatch.setattr("stallapp.storage.vault.migrate", up_to_v9)
    old = Vault.create(folder, PASSPHRASE, role="coordinator", cost=KdfCost.light())
    capture = CaptureService(old)
    capture.add_petition(petition)
    event = capture.add_event(city="Coventry", location="Broadgate", day="2026-11-28").id
    with old.transaction() as tx:
        # Its own row as version 9 captured it, with no person (today's capture code
        # would give it one, through version 10's tables).
        own = _sig(petition, event, "Ho Ka Yan", "LS1 6HP")
        signature_store.insert(tx, own, old.device_id, False)
        for pid, (name_key, block) in enumerate(OLD_PERSONS, start=1):
            person_store.add_many(
                tx,
                [(pid, petition.id, f"{name_key}|{block}", block, area_of(block), name_key, None)],
            )
            tx.executemany(
                "INSERT INTO person_keys (person_id, petition_id, area_key, key) "
                "VALUES (?, ?, ?, ?)",
                [(pid, petition.id, area_of(block), k) for k in near_keys.stored(name_key)],
            )
        merged = _sig(petition, event, "Chan Tai Man", "CV1 1LL")
        signature_store.insert_merged_many(tx, [(merged, 1)], "other-device", "batch-1")
    assert schema_version(old.conn) == 9
    assert old.conn.execute("SELECT count(*) FROM person_keys WHERE key LIKE 'n:%'").fetchone()[
        0
    ] == len(OLD_PERSONS)
    old.lock()
    monkeypatch.undo()
    return event


def test_version_9_vault_migrates_to_version_10(
    tmp_path: Path, sample_petition: Petition, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    event = _version_9_vault(folder, sample_petition, monkeypatch)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        conn = vault.conn
        assert schema_version(conn) >= 10
        schema = {
            str(r[0]): str(r[1])
            for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        }
        assert "WITHOUT ROWID" in schema["person_keys"]
        assert "person_keys_lookup" not in schema
        assert "WHERE person_id IS NULL" in schema["signatures_dedupe"]
        # Every key but the name key moved, with its person's name key and postcode.
        moved = set(
            conn.execute("SELECT person_id, area_key, key, name_key, block_key FROM person_keys")
        )
        assert moved == {
            (pid, area_of(block), key, name_key, block)
            for pid, (name_key, block) in enumerate(OLD_PERSONS, start=1)
            for key in near_keys.stored(name_key)
            if not key.startswith("n:")
        }
        # The capture's flag sees the device's own row, and the row merged from elsewhere
        # through its person (not through the partial index, which it no longer enters).
        assert signature_store.has_dedupe_key(conn, sample_petition.id, "ho ka yan|LS16HP")
        assert signature_store.has_dedupe_key(conn, sample_petition.id, "chan man tai|CV11LL")
        assert not signature_store.has_dedupe_key(conn, sample_petition.id, "nobody|CV11LL")

        # A merge after the migration meets the old persons as before: the same name in
        # another postcode of the area (through persons_key), and the same name in
        # characters (through a stored key).
        same = _sig(sample_petition, event, "Chan Tai Man", "CV1 3HS")
        chinese = _sig(sample_petition, event, "黃小明", "CV1 4AG")
        with vault.transaction() as tx:
            merge = dedupe.BatchDedupe(tx, [same, chinese])
            first, _ = merge.assign(same)
            second, _ = merge.assign(chinese)
            merge.flush()
        found = {(m.a.person_id, m.b.person_id, m.reason) for m in dedupe.pending(conn)}
        assert found == {(1, first, SAME_AREA), (2, second, CROSS_SCRIPT)}
        # New persons' keys are stored as the migrated ones are: no name key, in order.
        new_keys = {
            r[0] for r in conn.execute("SELECT key FROM person_keys WHERE person_id = ?", (first,))
        }
        assert new_keys == {k for k in near_keys.stored("chan man tai") if not k.startswith("n:")}
    finally:
        vault.lock()


def _plans(conn: Connection, call) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        plan(conn, s)
        for s in statements(conn, call)
        if s.lstrip().upper().startswith(("SELECT", "WITH"))
    ]


def test_the_merge_look_ups_use_their_indexes(coordinator: Vault) -> None:
    conn = coordinator.conn
    keys, names = _plans(
        conn, lambda c: person_store.with_search_keys(c, "p", "CV1", ["n:a", "w:b"])
    )
    # Keys: one range of the covering b-tree, without a visit to the persons table.
    assert "SEARCH person_keys USING PRIMARY KEY" in keys and "persons" not in keys.replace(
        "person_keys", ""
    ), keys
    # Name keys: a prefix range of persons_key, never a scan of the area.
    assert "INDEX persons_key" in names and "SCAN p" not in names, names
    (blocks,) = _plans(conn, lambda c: person_store.in_blocks(c, "p", ["CV11LL", "LS16HP"], 200))
    assert "INDEX persons_block" in blocks and "SCAN persons" not in blocks, blocks
    own, merged = _plans(conn, lambda c: signature_store.has_dedupe_key(c, "p", "a|CV11LL"))
    assert "INDEX signatures_dedupe" in own, own
    assert "INDEX persons_key" in merged, merged


def test_first_persons_of_each_postcode_are_read_as_before(
    coordinator: Vault, sample_petition: Petition
) -> None:
    """`in_blocks` with a limit returns each postcode's first persons by id: what the merge
    kept of the full list before (services/dedupe.py), without reading the rest."""
    blocks = ["CV11LL", "CV12AB", "CV13HS", "LS16HP", "LS17AA"]
    with coordinator.transaction() as tx:
        person_store.add_many(
            tx,
            [
                (pid, "p", f"name {pid}|{b}", b, area_of(b), f"name {pid}", None)
                for pid in range(1, 60)
                for b in [blocks[(pid * 7) % 5]]
            ]
            + [(60, "q", "name 60|CV11LL", "CV11LL", "CV1", "name 60", None)],
        )
    everyone = person_store.in_blocks(coordinator.conn, "p", blocks)
    assert len(everyone) == 59
    for limit in (1, 5, 11, 20):
        kept: list[person_store.PersonRow] = []
        in_block: dict[str, int] = {}
        for row in everyone:
            in_block[row[2]] = in_block.get(row[2], 0) + 1
            if in_block[row[2]] <= limit:
                kept.append(row)
        assert person_store.in_blocks(coordinator.conn, "p", blocks, limit) == kept, limit
