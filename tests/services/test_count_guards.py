"""What an import counts and records: every new record of a batch is added even after a
record the coordinator already holds, the outcome's figures are right, the audit entry
names the batch, multi-line addresses and references are checked exactly (survivors of
`make mutation`)."""

from __future__ import annotations

from pathlib import Path

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import ALREADY, IMPORTED, REFUSED, Importer
from stallapp.storage import audit
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign, vault_hash
from tests.support.resealing import Doc, document_of, reseal


def _export(stall: Stall, folder: Path) -> bytes:
    folder.mkdir()
    done = export_batch(stall.vault, folder)
    assert done is not None
    return done.path.read_bytes()


def test_records_after_a_known_one_are_all_counted(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    first = _export(a, tmp_path / "one")
    importer = Importer(coordinator)
    outcome = importer.import_bytes(first)
    assert (outcome.status, outcome.records, outcome.merged) == (IMPORTED, 1, 0)
    assert "stall-a" in outcome.message
    assert importer.import_bytes(first).message == ""
    assert importer.import_bytes(first).status == ALREADY
    known = document_of(coordinator, first)["records"][0]
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", address="1 Mill Road\nCoventry")
    sign(a, sample_petition.id, "Bo Wong", "CV1 2AB")

    def known_first(doc: Doc) -> None:
        doc["records"] = [known, *doc["records"]]
        doc["record_count"] = len(doc["records"])

    second = reseal(coordinator, a.vault, _export(a, tmp_path / "two"), known_first)
    outcome = importer.import_bytes(second)
    assert (outcome.status, outcome.records, outcome.merged) == (IMPORTED, 2, 1)
    assert coordinator.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 3
    entry = [e for e in audit.entries(coordinator.conn) if e.event == "imported"][-1]
    doc = document_of(coordinator, second)
    assert entry.detail == {
        "batch_id": doc["batch_id"],
        "device_id": a.vault.device_id,
        "seq": 2,
        "count": 2,
    }


def test_a_record_must_name_its_petition_and_an_event_of_the_batch(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    data = _export(a, tmp_path / "out")
    for field, value in (("event_id", "no-such-event"), ("petition_id", "another-petition")):

        def change(doc: Doc, field: str = field, value: str = value) -> None:
            doc["records"][0][field] = value

        snapshot = vault_hash(coordinator)
        outcome = Importer(coordinator).import_bytes(reseal(coordinator, a.vault, data, change))
        assert outcome.status == REFUSED and "refers to" in outcome.message, field
        assert vault_hash(coordinator) == snapshot


def test_a_paper_record_needs_both_its_sheet_and_row(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    data = _export(a, tmp_path / "out")

    def half_paper(doc: Doc) -> None:
        record = doc["records"][0]
        # A paper row otherwise true to what a paper signer saw (the notice's version, no
        # email or contact box), so only the missing row can refuse it.
        paper_consent = sample_petition.consent_hash(record["language"], origin="paper")
        record.update(origin="paper", sheet_serial="A-1", sheet_row=None)
        record.update(consent_hash=paper_consent, email=None)
        record.update(contact_consent=False, contact_consent_hash=None)

    snapshot = vault_hash(coordinator)
    outcome = Importer(coordinator).import_bytes(reseal(coordinator, a.vault, data, half_paper))
    assert outcome.status == REFUSED and "inconsistent" in outcome.message
    assert vault_hash(coordinator) == snapshot


def test_a_signature_drawing_arrives_intact_at_the_coordinator(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The ink the signer drew is what the coordinator's bundle prints (a `make mutation`
    survivor: import could drop the drawing and every count still matched)."""
    import random

    from stallapp.domain import ink as inklib
    from stallapp.services import rehearsal
    from stallapp.services.bundle_rows import load_rows, with_ink

    a: Stall = make_stall("stall-a")
    drawn = inklib.encode(rehearsal.ink(random.Random(7)))
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", ink=drawn)
    sign(a, sample_petition.id, "Bo Wong", "CV1 2AB")
    outcome = Importer(coordinator).import_bytes(_export(a, tmp_path / "one"))
    assert outcome.status == IMPORTED
    rows = with_ink(coordinator, load_rows(coordinator, sample_petition.id))
    inks = {row.name: row.ink for row in rows}
    assert inks == {"Ada Chan": drawn, "Bo Wong": None}


def test_a_contact_consent_arrives_with_its_proof(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Who may be contacted rests on the hash of the words they agreed to; import keeps
    it (a `make mutation` survivor: the hash could be dropped and every count matched)."""
    from stallapp.storage import signatures as signature_store

    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", contact_consent=True)
    sign(a, sample_petition.id, "Bo Wong", "CV1 2AB")
    stall_side = {s.name: s.contact_consent_hash for s in signature_store.iter_all(a.vault.conn)}
    assert stall_side["Ada Chan"] is not None and stall_side["Bo Wong"] is None
    assert Importer(coordinator).import_bytes(_export(a, tmp_path / "one")).status == IMPORTED
    arrived = {s.name: s.contact_consent_hash for s in signature_store.iter_all(coordinator.conn)}
    assert arrived == stall_side
