"""Strict parsing of a correctly signed document: each kind of malformation has its answer."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stallapp.domain.petition import Petition
from stallapp.sealing.envelope import canonical, seal
from stallapp.sealing.opening import MAX_BATCH_BYTES
from stallapp.services.batch_export import build_plaintext, export_batch, recipients
from stallapp.services.batch_import import IMPORTED, REFUSED, Importer
from stallapp.services.keys import load_keys
from stallapp.storage import provenance
from stallapp.storage import sealing_store as store
from stallapp.storage.vault import Vault
from tests.support.campaign import sign, vault_hash
from tests.support.mutations import make_encrypt


def _rec(doc: dict[str, Any]) -> dict[str, Any]:
    return dict(doc["records"][0])


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node: Any = doc
        parts = path.split(".")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        node[parts[-1]] = value

    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node: Any = doc
        parts = path.split(".")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[parts[-1]]

    return change


CASES = {
    "unknown field": (_set("records.0.nickname", "x"), "records[0]"),
    "missing field": (_drop("records.0.postcode"), "records[0]"),
    "wrong type": (_set("sequence", "1"), "'sequence'"),
    "boolean as number": (_set("records.0.sheet_row", True), "sheet_row"),
    "over-long name": (_set("records.0.name", "A" * 121), "records[0].name"),
    "control character": (_set("records.0.name", "Ada\u202eChan"), "(name: control_characters)"),
    "not normalised": (_set("records.0.name", "Ada  Chan"), "(name: bad_format)"),
    "formula": (_set("records.0.address_lines", ["=HYPERLINK(1)"]), "(address: formula)"),
    "record count": (_set("record_count", 2), "record count"),
    "consent hash": (_set("records.0.consent_hash", "0" * 64), "consent"),
    "unknown petition": (_set("records.0.petition_hash", "1" * 64), "refers to"),
    "petition changed": (_set("petitions.0.hash", "2" * 64), "petition"),
    "bad ink": (_set("records.0.ink", "!!!"), "ink"),
    "event not in normal form": (_set("events.0.location", "Broadgate  "), "stall event"),
    "event twice": (lambda doc: doc["events"].append(dict(doc["events"][0])), "stall event"),
    "wrong recipient": (_set("recipients", ["1111 1111 1111 1111 1111 1111"]), "not sealed for"),
    "wrong device key": (
        _set("device_key", base64.b64encode(b"k" * 32).decode()),
        "does not match its signature",
    ),
}


@pytest.fixture
def signed(make_stall, sample_petition: Petition, tmp_path: Path):  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL")
    assert export_batch(a.vault, tmp_path) is not None
    [out] = store.out_batches(a.vault.conn)
    keys = load_keys(a.vault)
    plain = build_plaintext(
        a.vault,
        keys,
        1,
        out.prev_hash,
        out.created_at,
        recipients(a.vault),
        provenance.in_batch(a.vault.conn, 1),
    )
    doc = json.loads(plain.split(b"\n", 2)[2])
    encrypt = make_encrypt(recipients(a.vault)[0])

    def make(
        change: Callable[[dict[str, Any]], None] | None = None, raw: bytes | None = None
    ) -> bytes:
        copy = json.loads(json.dumps(doc))
        if change is not None:
            change(copy)
        if raw is not None:
            head = f"stallapp-batch 1 {a.vault.device_id}\n".encode()
            sig = base64.b64encode(keys.signing.sign(head + raw).signature)
            return encrypt(head + sig + b"\n" + raw)
        return encrypt(seal("stallapp-batch", a.vault.device_id, keys.signing, copy))

    make.doc = doc  # type: ignore[attr-defined]
    return make


@pytest.mark.parametrize("case", sorted(CASES))
def test_signed_but_malformed_document_is_refused(signed, coordinator: Vault, case: str) -> None:  # type: ignore[no-untyped-def]
    change, expected = CASES[case]
    importer = Importer(coordinator)
    snapshot = vault_hash(coordinator)
    outcome = importer.import_bytes(signed(change))
    assert outcome.status == REFUSED
    assert expected in outcome.message
    assert vault_hash(coordinator) == snapshot
    assert importer.import_bytes(signed()).status == IMPORTED


def test_non_canonical_json_and_duplicate_keys(signed, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    importer = Importer(coordinator)
    body = canonical(signed.doc)
    spaced = json.dumps(signed.doc, sort_keys=True, ensure_ascii=False).encode()
    outcome = importer.import_bytes(signed(raw=spaced))
    assert outcome.status == REFUSED and "expected form" in outcome.message
    duplicated = body.replace(b'{"batch_id":', b'{"batch_id":"x","batch_id":', 1)
    outcome = importer.import_bytes(signed(raw=duplicated))
    assert outcome.status == REFUSED and "not valid" in outcome.message
    outcome = importer.import_bytes(signed(raw=b"[" * 100_000))
    assert outcome.status == REFUSED


def test_a_lone_surrogate_escape_is_refused_cleanly(signed, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    """A signed document whose name holds the escape of half a UTF-16 pair: JSON reads it,
    UTF-8 cannot write it. It is refused as not canonical, with nothing written, instead of
    an encoding error escaping the importer."""
    importer = Importer(coordinator)
    snapshot = vault_hash(coordinator)
    body = canonical(signed.doc)
    odd = body.replace(b'"Ada Chan"', b'"Ada \\ud800Chan"', 1)
    assert odd != body
    outcome = importer.import_bytes(signed(raw=odd))
    assert outcome.status == REFUSED and "expected form" in outcome.message
    assert vault_hash(coordinator) == snapshot
    paired = body.replace(b'"Ada Chan"', b'"Ada \\ud83d\\ude00Chan"', 1)  # escaped, not raw
    outcome = importer.import_bytes(signed(raw=paired))
    assert outcome.status == REFUSED and "expected form" in outcome.message


def test_oversized_file_refused_before_reading(coordinator: Vault, tmp_path: Path) -> None:
    big = tmp_path / "big.stallbatch"
    with big.open("wb") as fh:
        fh.truncate(MAX_BATCH_BYTES + 1)  # sparse: nothing is really written
    outcome = Importer(coordinator).import_file(big)
    assert outcome.status == REFUSED and "too large" in outcome.message


def test_same_number_under_another_batch_id_is_a_fork(signed, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    importer = Importer(coordinator)
    assert importer.import_bytes(signed()).status == IMPORTED
    outcome = importer.import_bytes(signed(_set("batch_id", "0" * 32)))
    assert outcome.status == "quarantined" and "fork" in outcome.message


# A record that passes the schema but breaks a rule build_signature applies at the stall:
# (change, field code, reason code). Each is signed with the device's real key.
RULES = {
    "postcode not a postcode": (_set("records.0.postcode", "NOT A PC"), "postcode", "bad_inward"),
    "postcode not canonical": (_set("records.0.postcode", "cv11ll"), "postcode", "bad_format"),
    "postcode too short": (_set("records.0.postcode", "CV1"), "postcode", "incomplete"),
    "email": (_set("records.0.email", "not-an-email"), "email", "bad_format"),
    "email domain case": (_set("records.0.email", "ada@EXAMPLE.org"), "email", "bad_format"),
    "country private use": (_set("records.0.country", "ZZ"), "country", "unknown"),
    "country outside the UK": (_set("records.0.country", "FR"), "country", "not_accepted"),
    "name empty": (_set("records.0.name", ""), "name", "missing"),
    "address missing": (_set("records.0.address_lines", []), "address", "missing"),
    "postcode longer than UK": (
        _set("records.0.postcode", "CV1 1LLXX"),
        "postcode",
        "longer_than_uk",
    ),
}


@pytest.mark.parametrize("case", sorted(RULES))
def test_record_breaking_a_capture_rule_is_refused(signed, coordinator: Vault, case: str) -> None:  # type: ignore[no-untyped-def]
    change, field, reason = RULES[case]
    importer = Importer(coordinator)
    snapshot = vault_hash(coordinator)
    outcome = importer.import_bytes(signed(change))
    assert outcome.status == REFUSED
    assert f"record 1 breaks a capture rule ({field}: {reason})" in outcome.message
    assert vault_hash(coordinator) == snapshot
    bad = _rec(signed.doc)
    change(doc := {"records": [bad]})
    value = doc["records"][0][{"address": "address_lines"}.get(field, field)]
    if isinstance(value, str) and value:
        assert value not in outcome.message
    assert importer.import_bytes(signed()).status == IMPORTED


def test_record_number_is_named(signed, coordinator: Vault) -> None:  # type: ignore[no-untyped-def]
    def third_is_bad(doc: dict[str, Any]) -> None:
        first = doc["records"][0]
        extra = [dict(first, uid=f"{n:032x}", receipt_code=f"AAAA-000{n}") for n in (1, 2)]
        extra[1]["postcode"] = "NOT A PC"
        doc["records"] = [first, *extra]
        doc["record_count"] = 3

    outcome = Importer(coordinator).import_bytes(signed(third_is_bad))
    assert outcome.status == REFUSED
    assert "record 3 breaks a capture rule (postcode: bad_inward)" in outcome.message


def test_an_event_group_survives_the_trip(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A stall run by a named group: its event arrives whole (a dropped field would make
    the event differ from what was signed, and the batch would be refused)."""
    from stallapp.services.batch_import import IMPORTED, Importer
    from stallapp.storage import events as event_store

    a = make_stall("stall-a")
    event = a.capture.add_event(
        city="Coventry", location="Broadgate", day="2026-11-28", group_name="Coventry HK Group"
    )
    a.capture.record(
        sample_petition.id,
        event.id,
        name="Ada Chan",
        postcode="CV1 1LL",
        address="1 Mill Road",
        consent=True,
    )
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    assert Importer(coordinator).import_file(done.path).status == IMPORTED
    groups = {e.id: e.group_name for e in event_store.all_events(coordinator.conn)}
    assert groups[event.id] == "Coventry HK Group"
