"""The schema's quick yes/no (`Check.ok`, what `validate` asks first) decides exactly as its
raising form, which names the wrong field: on a real batch document and on thousands of
damaged copies of it, of every shape the fuzz test makes."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from stallapp.domain.petition import Petition
from stallapp.sealing.document import DOCUMENT
from stallapp.sealing.envelope import Rejected
from stallapp.sealing.schema import Invalid, validate
from stallapp.services.batch_export import export_batch
from stallapp.storage.vault import Vault
from tests.support.campaign import sign
from tests.support.mutations import mutate_document
from tests.support.resealing import document_of

RUNS = 8_000


def _raising_accepts(doc: Any) -> str | None:
    """None if the raising form accepts the document, else the path it names."""
    try:
        DOCUMENT(doc, "")
    except Invalid as exc:
        return exc.path or "document"
    return None


def _message(doc: Any) -> str | None:
    try:
        validate(DOCUMENT, doc, "batch")
    except Rejected as exc:
        return exc.message
    return None


@pytest.fixture
def real_document(
    make_stall, sample_petition: Petition, coordinator: Vault, tmp_path: Path
) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    a = make_stall("stall-a")
    sign(a, sample_petition.id, "Ada Chan", "CV1 1LL", email="ada@example.org")
    sign(
        a, sample_petition.id, "Bo Wong", "CV1 2AB", origin="paper", sheet_serial="S-1", sheet_row=2
    )
    sign(a, sample_petition.id, "陳大文", "CV1 3AB")
    done = export_batch(a.vault, tmp_path)
    assert done is not None
    return document_of(coordinator, done.path.read_bytes())


def test_quick_and_raising_forms_agree_on_damaged_documents(
    real_document: dict[str, Any],
) -> None:
    assert DOCUMENT.ok(real_document) and _raising_accepts(real_document) is None
    rng = random.Random(20261202)
    refused = 0
    for _ in range(RUNS):
        doc: Any = real_document
        for _step in range(rng.randint(1, 3)):
            changed = mutate_document(rng, doc)
            if isinstance(changed, bytes):  # a spelling change: the schema sees the same data
                changed = json.loads(changed)
            doc = changed
        where = _raising_accepts(doc)
        assert DOCUMENT.ok(doc) == (where is None), where
        message = _message(doc)
        if where is None:
            assert message is None
        else:
            refused += 1
            assert message == f"The batch is damaged (the field '{where}' is missing or wrong)."
    assert refused > RUNS // 2  # most changes break the schema; the rest reach the domain rules


@pytest.mark.parametrize(
    ("path", "value", "accepted"),
    [
        (("records", 0, "uid"), "A" * 32, False),  # the pattern: lower-case hex only
        (("records", 0, "name"), "x" * 121, False),  # the length
        (("records", 0, "name"), "x" * 120, True),
        (("records", 0, "sheet_row"), True, False),  # a bool is not an int here
        (("records", 0, "sheet_row"), 1001, False),  # the range
        (("records", 0, "contact_consent"), 1, False),  # nor an int a bool
        (("records", 0, "email"), None, True),  # optional
        (("records", 0, "uid"), None, False),  # required
        (("version",), 2.0, False),  # the type, not only the value
        (("version",), 1, True),
        (("recipients",), [], False),  # at least one
        (("format",), "stallapp-pack", False),
        (("petitions", 0, "definition"), [], False),
    ],
)
def test_each_rule_decides_the_same_both_ways(
    real_document: dict[str, Any], path: tuple[Any, ...], value: object, accepted: bool
) -> None:
    doc = copy.deepcopy(real_document)
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    assert DOCUMENT.ok(doc) is accepted
    assert (_raising_accepts(doc) is None) is accepted


def test_a_missing_or_extra_key_is_refused_by_both(real_document: dict[str, Any]) -> None:
    for change in ("drop", "extra", "connection"):
        doc = copy.deepcopy(real_document)
        record = doc["records"][0]
        if change == "drop":
            del record["uid"]
        elif change == "extra":
            record["uid2"] = record["uid"]
        else:
            record.pop("connection", None)  # a field added later may be absent
        accepted = _raising_accepts(doc) is None
        assert DOCUMENT.ok(doc) == accepted
        assert accepted == (change == "connection")
