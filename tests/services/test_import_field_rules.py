"""The capture rules applied again at import, for the petition options a record must agree
with: a postcode-only petition, one open to signers abroad, one without email, and paper
records. Each batch is a real export, changed and signed again with the stall's own key
(tests/support/resealing.py), so only the rule under test can stop it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from stallapp.domain.petition import Petition, petition_from_dict
from stallapp.sealing import envelope as refusal
from stallapp.services.batch_export import export_batch
from stallapp.services.batch_import import IMPORTED, REFUSED, Importer
from stallapp.storage.vault import Vault
from tests.support.campaign import Stall, vault_hash
from tests.support.resealing import Doc, reseal


def _variant(base: Petition, **changes: object) -> Petition:
    """`base` with `changes`, read back so its content hash is its own."""
    return petition_from_dict(replace(base, **changes).to_dict())  # type: ignore[arg-type]


def _export(
    make_stall, petition: Petition, tmp_path: Path, **fields: object
) -> tuple[Stall, bytes]:  # type: ignore[no-untyped-def]
    stall: Stall = make_stall("stall-a")
    stall.capture.add_petition(petition)
    entry = {"name": "Ada Chan", "postcode": "CV1 1LL", "consent": True, **fields}
    stall.capture.record(petition.id, stall.event_id, **entry)
    (tmp_path / "stick").mkdir()
    done = export_batch(stall.vault, tmp_path / "stick")
    assert done is not None
    return stall, done.path.read_bytes()


def _record(change: Callable[[dict[str, object]], None]) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        change(doc["records"][0])

    return apply


def _refused_on(coordinator: Vault, data: bytes, field: str) -> None:
    before = vault_hash(coordinator)
    outcome = Importer(coordinator).import_bytes(data)
    assert (outcome.status, outcome.reason) == (REFUSED, refusal.RECORD_RULE)
    assert outcome.rule is not None and outcome.rule[:2] == (1, field)
    assert vault_hash(coordinator) == before


def test_an_address_in_a_postcode_only_petition_is_refused(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    petition = _variant(sample_petition, id="postcode-only", address_mode="postcode_only")
    stall, data = _export(make_stall, petition, tmp_path)

    def add_address(r: dict[str, object]) -> None:
        r["address_lines"] = ["1 Mill Road"]

    _refused_on(
        coordinator, reseal(coordinator, stall.vault, data, _record(add_address)), "address"
    )
    assert Importer(coordinator).import_bytes(data).status == IMPORTED


def test_a_signer_abroad_imports_only_where_the_petition_allows_it(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    petition = _variant(sample_petition, id="open-abroad", allow_non_uk=True)
    stall, data = _export(
        make_stall, petition, tmp_path, country="HK", postcode="", address="1 Queen's Road"
    )

    def unknown_country(r: dict[str, object]) -> None:
        r["country"] = "ZZ"  # two capitals, as the schema asks, but no country

    bad = reseal(coordinator, stall.vault, data, _record(unknown_country))
    _refused_on(coordinator, bad, "country")
    assert Importer(coordinator).import_bytes(data).status == IMPORTED


@pytest.mark.parametrize("origin", ["kiosk", "paper"])
def test_an_email_where_none_is_collected_is_refused(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path, origin: str
) -> None:  # type: ignore[no-untyped-def]
    """A petition that collects no email, and a paper record (the sheet has no email
    column), each refuse a record carrying one."""
    mode = "off" if origin == "kiosk" else sample_petition.email_mode
    petition = _variant(sample_petition, id="no-email", email_mode=mode)
    extra: dict[str, object] = {"address": "1 Mill Road"}
    if origin == "paper":
        from tests.support.campaign import register_sheet

        stall: Stall = make_stall("stall-a")
        stall.capture.add_petition(petition)
        register_sheet(stall.vault, petition.id, "K7PQ-001")
        stall.capture.record(
            petition.id,
            stall.event_id,
            name="Ada Chan",
            postcode="CV1 1LL",
            consent=True,
            origin="paper",
            sheet_serial="K7PQ-001",
            sheet_row=1,
            **extra,
        )
        (tmp_path / "stick").mkdir()
        done = export_batch(stall.vault, tmp_path / "stick")
        assert done is not None
        data = done.path.read_bytes()
    else:
        stall, data = _export(make_stall, petition, tmp_path, **extra)

    def add_email(r: dict[str, object]) -> None:
        r["email"] = "ada@example.org"

    _refused_on(coordinator, reseal(coordinator, stall.vault, data, _record(add_email)), "email")
    assert Importer(coordinator).import_bytes(data).status == IMPORTED


def test_contact_consent_on_paper_and_a_connection_nobody_asked_are_refused(
    make_stall, coordinator: Vault, sample_petition: Petition, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A paper sheet has no contact tick box, and only a council petition that asks for a
    connection to the area may carry one."""
    from tests.support.campaign import register_sheet

    stall: Stall = make_stall("stall-a")
    register_sheet(stall.vault, sample_petition.id, "K7PQ-001")
    stall.capture.record(
        sample_petition.id,
        stall.event_id,
        name="Ada Chan",
        postcode="CV1 1LL",
        address="1 Mill Road",
        consent=True,
        origin="paper",
        sheet_serial="K7PQ-001",
        sheet_row=1,
    )
    (tmp_path / "stick").mkdir()
    done = export_batch(stall.vault, tmp_path / "stick")
    assert done is not None
    data = done.path.read_bytes()

    def ticked(r: dict[str, object]) -> None:
        r["contact_consent"] = True

    def connected(r: dict[str, object]) -> None:
        r["connection"] = "live"

    _refused_on(
        coordinator, reseal(coordinator, stall.vault, data, _record(ticked)), "contact_consent"
    )
    _refused_on(
        coordinator, reseal(coordinator, stall.vault, data, _record(connected)), "connection"
    )
    assert Importer(coordinator).import_bytes(data).status == IMPORTED
