"""Each check that keeps a forged, replayed or forked batch out of a coordinator's count
has a test here that fails when that check is removed (found by deleting each check by
hand and by `make mutation`; see docs/testing.md).

The batches are real: exported by a real stall vault, then opened, changed and sealed
again through the public formats (tests/support/resealing.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import nacl.signing
import pytest

from stallapp.domain.petition import Petition
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, QUARANTINED, REFUSED, Importer, gaps
from stallapp.services.campaign_pack import export_card, read_card
from stallapp.storage import audit
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, sign, vault_hash
from tests.support.resealing import Doc, document_of, encrypt_for, plaintext, reseal


def _export(stall: Stall, folder: Path) -> bytes:
    folder.mkdir(exist_ok=True)
    done = export_batch(stall.vault, folder)
    assert done is not None
    return done.path.read_bytes()


def _signatures(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM signatures").fetchone()[0])


def _refused(coordinator: Vault, data: bytes, words: str) -> None:
    """The batch is refused with a message holding `words`, and nothing at all is written."""
    snapshot = vault_hash(coordinator)
    outcome = Importer(coordinator).import_bytes(data)
    assert outcome.status == REFUSED, outcome
    assert words in outcome.message
    assert vault_hash(coordinator) == snapshot


@pytest.fixture
def stall(make_stall, sample_petition: Petition) -> Stall:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    return a


# -- the Ed25519 signature -----------------------------------------------------------------


def test_signature_check_refuses_a_batch_signed_by_another_key(
    stall: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    data = _export(stall, tmp_path / "out")
    forged = reseal(coordinator, stall.vault, data, lambda doc: None, key=_stranger())
    _refused(coordinator, forged, "signature")
    assert Importer(coordinator).import_bytes(data).status == IMPORTED


def test_signature_check_refuses_a_changed_body_under_the_old_signature(
    stall: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    data = _export(stall, tmp_path / "out")
    envelope = plaintext(coordinator, data)
    changed = envelope.replace(b'"name":"Ada Chan"', b'"name":"Ada Chen"')
    assert changed != envelope
    _refused(coordinator, encrypt_for(coordinator, changed), "signature")


def _stranger() -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey(bytes(range(32)))


# -- the rehearsal flag of the enrolled device -----------------------------------------------


def test_rehearsal_device_is_refused_by_a_real_coordinator_whatever_its_batch_says(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The batch itself claims to be real; the coordinator's record of the device says it is
    a rehearsal device (as if enrolled while the coordinator practised). It stays out."""
    practice: Stall = make_stall("practice", enrol=False)
    sign(practice, sample_petition.id, "Ada Chan", "CV1 1LL")
    card = read_card(export_card(practice.vault))
    with coordinator.transaction() as tx:
        store.enroll(
            tx,
            store.DeviceRow(
                card.device_id, card.device_name, card.signing_key, card.fingerprint, True, False
            ),
        )
    _refused(coordinator, _export(practice, tmp_path / "out"), "real batch")


# -- the chain of batches: previous hash, first batch, the batch after, forks ---------------


def _two_batches(stall: Stall, petition: Petition, tmp_path: Path) -> tuple[bytes, bytes]:
    first = _export(stall, tmp_path / "one")
    sign(stall, petition.id, "Bo Wong", "CV1 2AB")
    return first, _export(stall, tmp_path / "two")


def _set(field: str, value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc[field] = value

    return change


def test_previous_hash_check_quarantines_a_batch_that_does_not_follow_its_predecessor(
    stall: Stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    first, second = _two_batches(stall, sample_petition, tmp_path)
    importer = Importer(coordinator)
    assert importer.import_bytes(first).status == IMPORTED
    before = _signatures(coordinator)
    forged = reseal(coordinator, stall.vault, second, _set("previous_hash", "1" * 64))
    outcome = importer.import_bytes(forged)
    assert outcome.status == QUARANTINED and "does not follow" in outcome.message
    assert _signatures(coordinator) == before
    assert importer.import_bytes(second).status == IMPORTED


def test_first_batch_of_a_device_must_start_the_chain(
    stall: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    data = _export(stall, tmp_path / "out")
    forged = reseal(coordinator, stall.vault, data, _set("previous_hash", "1" * 64))
    outcome = Importer(coordinator).import_bytes(forged)
    assert outcome.status == QUARANTINED and "first batch" in outcome.message
    assert _signatures(coordinator) == 0


def test_batch_that_its_successor_does_not_follow_is_quarantined(
    stall: Stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:
    """Batch 2 arrives first; a batch 1 other than the one batch 2 names is a fork."""
    first, second = _two_batches(stall, sample_petition, tmp_path)
    importer = Importer(coordinator)
    assert importer.import_bytes(second).status == IMPORTED
    before = _signatures(coordinator)
    other = reseal(coordinator, stall.vault, first, _set("created_at", "2026-11-28T13:00:00Z"))
    outcome = importer.import_bytes(other)
    assert outcome.status == QUARANTINED and "batch after it" in outcome.message
    assert _signatures(coordinator) == before
    assert importer.import_bytes(first).status == IMPORTED
    assert gaps(coordinator) == []


def test_batch_id_of_another_device_is_quarantined_with_its_reason(
    make_stall, stall: Stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    b: Stall = make_stall("stall-b", "Leeds")
    sign(b, sample_petition.id, "Bo Wong", "LS1 6HP")
    mine = _export(stall, tmp_path / "a")
    importer = Importer(coordinator)
    assert importer.import_bytes(mine).status == IMPORTED
    taken = str(_document_field(coordinator, mine, "batch_id"))
    forged = reseal(coordinator, b.vault, _export(b, tmp_path / "b"), _set("batch_id", taken))
    outcome = importer.import_bytes(forged)
    assert outcome.status == QUARANTINED and "another device" in outcome.message


def _document_field(coordinator: Vault, data: bytes, field: str) -> object:
    return document_of(coordinator, data)[field]


def test_a_quarantined_batch_is_set_aside_once(
    stall: Stall, coordinator: Vault, tmp_path: Path
) -> None:
    data = _export(stall, tmp_path / "out")
    forged = reseal(coordinator, stall.vault, data, _set("previous_hash", "1" * 64))
    importer = Importer(coordinator)
    assert importer.import_bytes(forged).status == QUARANTINED
    snapshot = vault_hash(coordinator)
    again = importer.import_bytes(forged)
    assert again.status == QUARANTINED and "set aside earlier" in again.message
    assert vault_hash(coordinator) == snapshot
    [entry] = [e for e in audit.entries(coordinator.conn) if e.event == "batch_quarantined"]
    doc = document_of(coordinator, forged)
    assert entry.detail == {"batch_id": doc["batch_id"], "device_id": stall.vault.device_id}


# -- the records: duplicate ids, consent, the petition they refer to ---------------------------


def test_duplicate_record_id_is_refused(stall: Stall, coordinator: Vault, tmp_path: Path) -> None:
    def twice(doc: Doc) -> None:
        doc["records"] = [doc["records"][0], dict(doc["records"][0])]
        doc["record_count"] = 2

    forged = reseal(coordinator, stall.vault, _export(stall, tmp_path / "out"), twice)
    _refused(coordinator, forged, "appears twice")


def _record(field: str, value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["records"][0][field] = value

    return change


@pytest.mark.parametrize(
    "case",
    ["ticked without its text", "text without the tick", "text of another wording"],
)
def test_contact_consent_must_match_the_petition(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path, case: str
) -> None:  # type: ignore[no-untyped-def]
    a: Stall = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", contact_consent=True, email="a@b.org")
    data = _export(a, tmp_path / "out")
    record = _document_field(coordinator, data, "records")
    assert isinstance(record, list) and record[0]["contact_consent"] is True
    change = {
        "ticked without its text": _record("contact_consent_hash", None),
        "text without the tick": _record("contact_consent", False),
        "text of another wording": _record("contact_consent_hash", record[0]["consent_hash"]),
    }[case]
    _refused(coordinator, reseal(coordinator, a.vault, data, change), "contact consent")
    assert Importer(coordinator).import_bytes(data).status == IMPORTED


def _no_records(doc: Doc) -> None:
    """Without records no consent hash can give a changed petition away: only the petition's
    own hash check stands between a forged wording and the coordinator's vault."""
    doc["records"] = []
    doc["record_count"] = 0


@pytest.mark.parametrize("case", ["changed wording", "listed twice"])
def test_petition_definition_must_match_its_hash(
    stall: Stall, coordinator: Vault, tmp_path: Path, case: str
) -> None:
    def change(doc: Doc) -> None:
        _no_records(doc)
        if case == "changed wording":
            doc["petitions"][0]["definition"]["title"]["en"] += " (changed)"
        else:
            doc["petitions"].append(dict(doc["petitions"][0]))

    forged = reseal(coordinator, stall.vault, _export(stall, tmp_path / "out"), change)
    _refused(coordinator, forged, "does not match its hash")


def test_seal_helper_round_trips(stall: Stall, coordinator: Vault, tmp_path: Path) -> None:
    """The resealing helper itself changes nothing when the change is empty: a batch
    resealed with the stall's own key imports, so the refusals above are the checks'."""
    data = _export(stall, tmp_path / "out")
    same = reseal(coordinator, stall.vault, data, lambda doc: None)
    assert Importer(coordinator).import_bytes(same).status == IMPORTED
