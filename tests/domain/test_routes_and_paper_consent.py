"""What each kind of row records, and what each route tells the signer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain import routes
from stallapp.domain.errors import Field, FieldError, Reason
from stallapp.domain.petition import Petition, Texts
from stallapp.domain.signer import Signature, build_signature, consent_record


def sign(petition: Petition, **extra: object) -> Signature:
    fields: dict[str, object] = {
        "event_id": "ev-1",
        "name": "Ada Lam",
        "postcode": "CV1 1LL",
        "address": "1 High Street",
        "consent": True,
    }
    fields.update(extra)
    return build_signature(petition, **fields)  # type: ignore[arg-type]


def test_a_paper_row_records_the_printed_notice_version(sample_petition: Petition) -> None:
    sig = sign(sample_petition, origin="paper", sheet_serial="S-1", sheet_row=2)
    version = sample_petition.notice_version()
    assert sig.consent_hash == version
    assert sig.consent_hash != sample_petition.consent_hash("en")
    said = consent_record("paper", sig.consent_hash)
    assert said == f"paper sheet; notice version {version[:12]} shown at the stall"


def test_the_notice_version_changes_with_any_word_of_the_handout(
    sample_petition: Petition,
) -> None:
    before = sample_petition.notice_version()
    notice = Texts({**sample_petition.privacy_notice.values, "zh-Hans": "另一个版本"})
    assert replace(sample_petition, privacy_notice=notice).notice_version() != before
    assert replace(sample_petition, routes=("paper",)).notice_version() != before


def test_a_paper_row_cannot_claim_boxes_the_sheet_does_not_have(
    sample_petition: Petition,
) -> None:
    paper = {"origin": "paper", "sheet_serial": "S-1", "sheet_row": 2}
    with pytest.raises(FieldError) as info:
        sign(sample_petition, contact_consent=True, **paper)
    assert (info.value.field, info.value.reason) == (Field.CONTACT_CONSENT, Reason.NOT_ACCEPTED)
    with pytest.raises(FieldError) as info:
        sign(sample_petition, email="a@example.org", **paper)
    assert info.value.field == Field.EMAIL


def test_a_petition_takes_only_its_own_routes(sample_petition: Petition) -> None:
    with pytest.raises(FieldError) as info:
        sign(replace(sample_petition, routes=("paper",)))
    assert (info.value.field, info.value.reason) == (Field.ORIGIN, Reason.NOT_ACCEPTED)
    with pytest.raises(FieldError):
        sign(
            replace(sample_petition, routes=("kiosk",)),
            origin="paper",
            sheet_serial="S",
            sheet_row=1,
        )


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_the_kiosk_for_a_commons_petition_never_claims_the_paper_petition(
    sample_petition: Petition, lang: str
) -> None:
    said = routes.kiosk_privacy(sample_petition, lang)
    supporters = {"en": "list of supporters", "zh-Hant": "支持者名單", "zh-Hans": "支持者名单"}
    assert supporters[lang] in said and supporters[lang] in routes.saved_statement(
        sample_petition, lang
    )
    if lang == "en":
        assert "it is not part of the formal paper petition" in said
    # It points to the paper sheet for the formal petition.
    paper = {"en": "paper sheet", "zh-Hant": "紙本表格", "zh-Hans": "纸质表格"}
    assert paper[lang] in routes.kiosk_purpose(sample_petition, lang)
    # What the kiosk shows is what the consent hash covers.
    changed = replace(sample_petition, routes=("kiosk",))  # no pointer to the paper sheet
    assert changed.consent_hash(lang) != sample_petition.consent_hash(lang)


def test_a_council_kiosk_signature_joins_the_council_petition(sample_petition: Petition) -> None:
    council = replace(
        sample_petition,
        target="council",
        target_name="Sheffield City Council",
        digital_use=routes.FORMAL_PETITION,
    )
    assert routes.digital_statement(council, "en") == (
        "A signature on this screen is added to the petition to Sheffield City Council."
    )
