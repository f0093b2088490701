"""The one petition check: prayer forms, kiosk wording for the Commons, privacy notices."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from stallapp.domain.errors import PetitionFileError
from stallapp.domain.petition import Petition, Texts, load_petition, parse_petition
from stallapp.services.petition_check import NOTICE_ELEMENTS, check, describe
from stallapp.system.resources import resource, sample_petition_path

SHIPPED = sorted(resource("petitions").glob("*.toml"))


def codes(p: Petition) -> set[tuple[str, str, str]]:
    return {(w.code, w.lang, w.detail) for w in check(p)}


def test_there_are_the_campaign_petitions_and_every_one_is_clean() -> None:
    ids = {load_petition(path).id for path in SHIPPED}
    assert {"commons-city-diplomacy", "sheffield-anshan-chengdu", "bristol-guangzhou"} <= ids
    assert "nottingham-ningbo" in ids and len(SHIPPED) >= 5
    for path in SHIPPED:
        assert check(load_petition(path)) == [], path.name


@pytest.mark.parametrize(
    "prayer",
    [
        "The petitioners therefore urge the House of Commons to act.",
        "The petitioner therefore requests that the House of Commons act.",
        "Wherefore your petitioners pray that your honourable House act.",
        "that the House of Commons act.",
        "urge the Government to act.",
    ],
)
def test_no_form_the_guidance_allows_is_warned_about(
    sample_petition: Petition, prayer: str
) -> None:
    p = replace(
        sample_petition,
        prayer=replace(
            sample_petition.prayer, values={**sample_petition.prayer.values, "en": prayer}
        ),
    )
    assert not {c for c in codes(p) if c[0].startswith("prayer")}


def test_an_unrecognised_opening_and_a_prayer_to_no_house_are_warned(
    sample_petition: Petition,
) -> None:
    odd = Texts({**sample_petition.prayer.values, "en": "The petitioners humbly beseech that X."})
    assert ("prayer_opening_unknown", "en", "") in codes(replace(sample_petition, prayer=odd))
    gov = Texts({**sample_petition.prayer.values, "en": "The petitioners urge the Government."})
    assert ("prayer_not_to_house", "en", "") in codes(replace(sample_petition, prayer=gov))


def test_a_commons_consent_claiming_kiosk_signatures_join_the_petition_is_warned(
    sample_petition: Petition,
) -> None:
    claim = Texts({**sample_petition.consent.values, "en": "I sign to present this petition."})
    found = codes(replace(sample_petition, consent=claim))
    assert ("kiosk_claims_formal", "en", "") in found
    paper_only = replace(sample_petition, consent=claim, routes=("paper",))
    assert ("kiosk_claims_formal", "en", "") not in codes(paper_only)


@pytest.mark.parametrize("element", sorted(NOTICE_ELEMENTS))
@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_a_notice_missing_an_element_is_warned(
    sample_petition: Petition, element: str, lang: str
) -> None:
    text = sample_petition.privacy_notice.get(lang)
    for words in NOTICE_ELEMENTS[element][lang]:
        for word in words:
            text = text.replace(word, "…").replace(word.title(), "…")
    notice = Texts({**sample_petition.privacy_notice.values, lang: text})
    found = codes(replace(sample_petition, privacy_notice=notice))
    assert ("notice_missing", lang, element) in found
    assert all(describe(w) for w in check(replace(sample_petition, privacy_notice=notice)))


def test_the_scottish_parliament_is_refused_with_the_reason() -> None:
    source = sample_petition_path().read_text(encoding="utf-8")
    source = source.replace('target = "commons"', 'target = "scottish_parliament"')
    with pytest.raises(PetitionFileError) as info:
        parse_petition(source, "p.toml")
    assert "own website" in str(info.value) and 'target = "council"' in str(info.value)


def test_a_commons_petition_cannot_put_kiosk_signatures_in_the_petition() -> None:
    source = sample_petition_path().read_text(encoding="utf-8")
    source = source.replace("format = 1", 'format = 1\ndigital_use = "formal_petition"')
    with pytest.raises(PetitionFileError) as info:
        parse_petition(source, "p.toml")
    assert "cannot be part of a House of Commons petition" in str(info.value)


def test_routes_must_name_a_known_route(tmp_path: Path) -> None:
    source = sample_petition_path().read_text(encoding="utf-8")
    for bad in ("[]", '["email"]', '["paper", "paper"]', '"paper"'):
        with pytest.raises(PetitionFileError):
            parse_petition(source.replace("format = 1", f"format = 1\nroutes = {bad}"), "p")
