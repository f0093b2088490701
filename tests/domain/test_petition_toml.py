"""Petition TOML round trip, and the organiser's warnings."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stallapp.domain.errors import PetitionFileError
from stallapp.domain.petition import Petition, Texts, load_petition, parse_petition
from stallapp.domain.petition_toml import to_toml
from stallapp.printing import fonts, wording
from stallapp.services.petition_check import check, describe
from stallapp.system.resources import sample_petition_path

SAMPLE = load_petition(sample_petition_path())


def test_sample_round_trips_with_the_same_hash(sample_petition: Petition) -> None:
    again = parse_petition(to_toml(sample_petition))
    assert again == sample_petition
    assert again.content_hash == sample_petition.content_hash


text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Cf")), min_size=1
).filter(lambda s: s.strip() and len(s) < 200)


@given(title=text, prayer=text, zh=st.one_of(st.none(), text))
@settings(max_examples=60, deadline=None)
def test_any_text_round_trips(title: str, prayer: str, zh: str | None) -> None:
    values = {"en": title.strip()}
    if zh:
        values["zh-Hant"] = zh.strip()
    changed = replace(SAMPLE, title=Texts(values), prayer=Texts({"en": prayer.strip()}))
    again = parse_petition(to_toml(changed))
    assert again.title == changed.title and again.prayer == changed.prayer


def test_warnings_for_missing_translations_and_structure(sample_petition: Petition) -> None:
    assert check(sample_petition) == []
    partial = replace(
        sample_petition,
        title=Texts({"en": "A title", "zh-Hant": "標題"}),
        prayer=Texts({"en": "The petitioners therefore request that the Government acts."}),
        online_url=None,
    )
    found = {(w.code, w.table, w.lang) for w in check(partial)}
    assert ("missing_translation", "title", "zh-Hans") in found
    assert ("missing_translation", "prayer", "zh-Hant") in found
    assert ("prayer_not_to_house", "prayer", "en") in found
    assert ("no_online_url", "", "") in found
    assert all(describe(w) for w in check(partial))
    council = replace(sample_petition, target="council", target_name="A Council")
    assert [w.code for w in check(council)] == ["council_lws", "council_no_organiser"]
    named = replace(council, live_work_study=True, organiser_name="Friends of Hong Kong")
    assert check(named) == []


def test_broken_toml_is_reported_by_field(sample_petition: Petition) -> None:
    source = to_toml(sample_petition).replace(
        '[petitioners]\nen = "residents of the United Kingdom"', "[petitioners]"
    )
    with pytest.raises(PetitionFileError, match=r"petitioners\.en"):
        parse_petition(source)


def test_prayer_and_declares_get_their_opening_words_once(sample_petition: Petition) -> None:
    bare = replace(
        sample_petition,
        prayer=Texts({"en": "end the tie.", "zh-Hant": "終止關係。"}),
        text=Texts({"en": "Declares that things are bad."}),
    )
    assert wording.prayer(bare, "en") == (
        "The petitioners therefore request that the House of Commons end the tie."
    )
    assert wording.prayer(bare, "zh-Hant") == "因此，請願人請求下議院終止關係。"
    assert wording.prayer(sample_petition, "en") == sample_petition.prayer.get("en")
    assert wording.declares(bare, "en") == "Declares that things are bad."
    assert wording.declares(sample_petition, "en").startswith("Declares that Hong Kongers")


def test_characters_the_fonts_lack_are_warned_about(sample_petition: Petition) -> None:
    rare = replace(
        sample_petition, title=Texts({**sample_petition.title.values, "zh-Hant": "保護𠝹港人"})
    )
    found = [w for w in check(rare) if w.code == "unprintable"]
    assert [(w.table, w.lang, w.detail) for w in found] == [("title", "zh-Hant", "𠝹")]
    assert "𠝹" in describe(found[0])
    # Cantonese characters are covered.
    assert fonts.unprintable("嘅咗冇啲係喺 Café £5 “quoted”") == ""
