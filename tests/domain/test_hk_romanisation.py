"""Jyutping syllables spelt as on Hong Kong identity cards, and back."""

from __future__ import annotations

import pytest

from stallapp.domain.hk_romanisation import spellings, syllables_of


@pytest.mark.parametrize(
    ("jyutping", "usual"),
    [
        ("can4", "chan"),
        ("wong4", "wong"),
        ("zoeng1", "cheung"),
        ("daai6", "tai"),
        ("man4", "man"),
        ("lei5", "lee"),
        ("ng4", "ng"),
        ("gwok3", "kwok"),
        ("jyun4", "yuen"),
        ("syut3", "suet"),
        ("ceoi4", "tsui"),
        ("si1", "sze"),
        ("zi2", "tsz"),
        ("zi3", "chi"),
        ("lo4", "law"),
        ("hou6", "ho"),
        ("gaa1", "kar"),
    ],
)
def test_the_usual_spelling_is_accepted(jyutping: str, usual: str) -> None:
    assert usual in spellings(jyutping)


def test_other_syllables_are_not_spelt_alike() -> None:
    assert "chan" not in spellings("wan4")
    assert "man" not in spellings("min5")
    assert spellings("xyz") == frozenset() and spellings("") == frozenset()


def test_spellings_lead_back_to_their_syllables() -> None:
    assert {"zi", "ci"} <= syllables_of("Tsz") and {"zi", "ci"} <= syllables_of("chi")
    assert "lei" in syllables_of("Li") and "lei" in syllables_of("LEE")
    assert syllables_of("Taiman") == frozenset()  # two syllables are not one
    assert syllables_of("Yan").isdisjoint(syllables_of("Yin"))


def test_words_that_may_spell_one_syllable_share_a_sound_class() -> None:
    """The look-up key never loses a pair the full check would accept."""
    from stallapp.domain import hk_romanisation as hk

    table = hk._reverse()
    assert len(table) > 500
    for word, syllables in table.items():
        for other in (w for s in syllables for w in hk.spellings(s)):
            assert hk.sounds_of(word) & hk.sounds_of(other), (word, other)
    assert hk.sounds_of("Tsz") == hk.sounds_of("chi") and hk.sounds_of("Yan") != hk.sounds_of("Yin")
