from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain.errors import Field, FieldError, Reason
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
    ("overrides", "field", "reason"),
    [
        ({"name": ""}, "name", Reason.MISSING),
        ({"name": "   "}, "name", Reason.MISSING),
        ({"name": "=HYPERLINK(1)"}, "name", Reason.FORMULA),
        ({"name": "+44"}, "name", Reason.FORMULA),
        ({"name": "-x"}, "name", Reason.FORMULA),
        ({"name": "@me"}, "name", Reason.FORMULA),
        ({"name": "Bell\x07"}, "name", Reason.CONTROL_CHARACTERS),
        ({"name": "Right\u202eto left"}, "name", Reason.CONTROL_CHARACTERS),
        ({"name": "x" * 121}, "name", Reason.TOO_LONG),
        ({"postcode": "QQ1 1AA"}, "postcode", Reason.NOT_UK_POSTCODE),
        ({"postcode": "CV1 1LL" * 5}, "postcode", Reason.TOO_LONG),
        ({"postcode": ""}, "postcode", Reason.MISSING),
        ({"postcode": "CV1"}, "postcode", Reason.INCOMPLETE),
        ({"postcode": "CV1 1LL12"}, "postcode", Reason.LONGER_THAN_UK),
        ({"postcode": "CV1 1XX9"}, "postcode", Reason.BAD_INWARD),
        ({"address": ""}, "address", Reason.MISSING),
        ({"address": "=1+1"}, "address", Reason.FORMULA),
        ({"address": "\n".join(["a"] * 6)}, "address", Reason.TOO_MANY_LINES),
        ({"email": "not-an-email"}, "email", Reason.BAD_FORMAT),
        ({"consent": False}, "consent", Reason.MISSING),
        ({"origin": "paper"}, "sheet_serial", Reason.BAD_FORMAT),
        (
            {"origin": "paper", "sheet_serial": "S-1", "sheet_row": 0},
            "sheet_row",
            Reason.OUT_OF_RANGE,
        ),
        ({"sheet_serial": "S-1", "sheet_row": 2}, "sheet_serial", Reason.NOT_ACCEPTED),
        ({"country": "FR", "postcode": "75001"}, "country", Reason.NOT_ACCEPTED),
        ({"country": "F1"}, "country", Reason.UNKNOWN),
        ({"language": "fr"}, "language", Reason.UNKNOWN),
        ({"origin": "post"}, "origin", Reason.UNKNOWN),
    ],
)
def test_rejections_name_the_field_not_the_value(
    sample_petition: Petition, overrides: dict[str, object], field: str, reason: Reason
) -> None:
    with pytest.raises(FieldError) as info:
        sign(sample_petition, **overrides)
    assert info.value.field == field
    assert info.value.reason is reason
    assert isinstance(info.value.field, Field)
    for value in overrides.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(info.value)


def test_contact_consent_only_where_the_petition_asks(sample_petition: Petition) -> None:
    silent = replace(sample_petition, contact_consent=None)
    with pytest.raises(FieldError) as info:
        sign(silent, contact_consent=True)
    assert (info.value.field, info.value.reason) == (Field.CONTACT_CONSENT, Reason.NOT_ACCEPTED)


def test_postal_codes_abroad_allow_only_letters_digits_and_spaces(
    sample_petition: Petition,
) -> None:
    relaxed = replace(sample_petition, allow_non_uk=True)
    with pytest.raises(FieldError) as info:
        sign(relaxed, country="DE", postcode="10*115")
    assert (info.value.field, info.value.reason) == (Field.POSTCODE, Reason.BAD_CHARACTERS)
    assert "10*115" not in str(info.value)


def test_paper_entry(sample_petition: Petition) -> None:
    sig = sign(sample_petition, origin="paper", sheet_serial="PHK-000123", sheet_row=7)
    assert (sig.origin, sig.sheet_serial, sig.sheet_row) == ("paper", "PHK-000123", 7)


def test_postcode_only_and_non_uk(sample_petition: Petition) -> None:
    relaxed = replace(sample_petition, address_mode="postcode_only", allow_non_uk=True)
    sig = sign(relaxed, address="", country="fr", postcode="75001")
    assert sig.address_lines == () and sig.postcode == "75001" and sig.country == "FR"


def test_email_off(sample_petition: Petition) -> None:
    no_email = replace(sample_petition, email_mode="off")
    with pytest.raises(FieldError) as info:
        sign(no_email, email="a@example.org")
    assert (info.value.field, info.value.reason) == (Field.EMAIL, Reason.NOT_ACCEPTED)
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
