from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain.errors import FieldError
from stallapp.domain.petition import Petition
from stallapp.domain.signer import build_signature, dedupe_key, normalise_receipt_code


def sign(petition: Petition, **overrides):  # type: ignore[no-untyped-def]
    fields = {
        "event_id": "ev-1",
        "name": "Chan Tai Man",
        "postcode": "cv1 1ll",
        "address": "1 High Street\nCoventry",
        "consent": True,
    }
    fields.update(overrides)
    return build_signature(petition, **fields)


def test_normalises_fields(sample_petition: Petition) -> None:
    sig = sign(sample_petition, name="  Ｃｈａｎ   Tai\tMan ", email="Tai.Man@Example.ORG")
    assert sig.name == "Chan Tai Man"  # NFKC folds full-width letters; spaces collapse
    assert sig.postcode == "CV1 1LL"
    assert sig.address_lines == ("1 High Street", "Coventry")
    assert sig.email == "Tai.Man@example.org"
    assert sig.petition_hash == sample_petition.content_hash
    assert sig.consent_hash == sample_petition.consent_hash("en")
    assert sig.captured_at.endswith("Z")
    assert normalise_receipt_code(sig.receipt_code) == sig.receipt_code


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "=HYPERLINK(1)"}, "name"),
        ({"name": "+44"}, "name"),
        ({"name": "-x"}, "name"),
        ({"name": "@me"}, "name"),
        ({"name": "Bell\x07"}, "name"),
        ({"name": "Right\u202eto left"}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"postcode": "QQ1 1AA"}, "postcode"),
        ({"postcode": "CV1 1LL" * 5}, "postcode"),
        ({"address": ""}, "address"),
        ({"address": "=1+1"}, "address"),
        ({"address": "\n".join(["a"] * 6)}, "address"),
        ({"email": "not-an-email"}, "email"),
        ({"consent": False}, "consent"),
        ({"origin": "paper"}, "sheet_serial"),
        ({"origin": "paper", "sheet_serial": "S-1", "sheet_row": 0}, "sheet_row"),
        ({"sheet_serial": "S-1", "sheet_row": 2}, "sheet_serial"),
        ({"country": "FR", "postcode": "75001"}, "country"),
        ({"language": "fr"}, "language"),
    ],
)
def test_rejections_name_the_field_not_the_value(
    sample_petition: Petition, overrides: dict[str, object], field: str
) -> None:
    with pytest.raises(FieldError) as info:
        sign(sample_petition, **overrides)
    assert info.value.field == field
    for value in overrides.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(info.value)


def test_paper_entry(sample_petition: Petition) -> None:
    sig = sign(sample_petition, origin="paper", sheet_serial="PHK-000123", sheet_row=7)
    assert (sig.origin, sig.sheet_serial, sig.sheet_row) == ("paper", "PHK-000123", 7)


def test_postcode_only_and_non_uk(sample_petition: Petition) -> None:
    relaxed = replace(sample_petition, address_mode="postcode_only", allow_non_uk=True)
    sig = sign(relaxed, address="", country="fr", postcode="75001")
    assert sig.address_lines == () and sig.postcode == "75001" and sig.country == "FR"


def test_email_off(sample_petition: Petition) -> None:
    no_email = replace(sample_petition, email_mode="off")
    with pytest.raises(FieldError):
        sign(no_email, email="a@example.org")
    assert sign(no_email).email is None


def test_dedupe_key_ignores_case_spacing_order_accents() -> None:
    base = dedupe_key("Chan Tai Man", "CV1 1LL")
    assert dedupe_key("chan  tai-man", "cv11ll") != base  # hyphen joins tokens: different
    assert dedupe_key("TAI MAN CHAN", "CV1 1LL") == base
    assert dedupe_key("Chán Tai Man", "CV1 1LL") == base
    assert dedupe_key("Chan Tai Man", "CV1 1LB") != base


def test_receipt_codes_tolerate_misreadings() -> None:
    assert normalise_receipt_code("k7qf 3m9x") == "K7QF-3M9X"
    assert normalise_receipt_code("O1IL-abcd") == "0111-ABCD"
    assert normalise_receipt_code("ABC-12") is None
    assert normalise_receipt_code("ABCD-123!") is None
