"""Names compared across scripts: what is the same name, and what only looks like it."""

from __future__ import annotations

import pytest

from stallapp.domain.signer import dedupe_key
from stallapp.services import name_match as nm


def _key(name: str) -> str:
    return dedupe_key(name, "CV1 1LL").rpartition("|")[0]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("陳大文", "Chan Tai Man", nm.CROSS_SCRIPT),
        ("陳大文", "CHAN Tai-man", nm.CROSS_SCRIPT),
        ("陳大文", "Tai Man Chan", nm.CROSS_SCRIPT),
        ("陳大文", "Chan Taiman", nm.CROSS_SCRIPT),
        ("陈大文", "Chan Tai Man", nm.CROSS_SCRIPT),
        ("陳大文", "Chen Dawen", nm.CROSS_SCRIPT),  # Pinyin
        ("陳大文", "Peter Chan Tai Man", nm.CROSS_SCRIPT_EXTRA),
        ("陈大文", "陳大文", nm.TRADITIONAL_SIMPLIFIED),
        ("陈杰中", "陳傑中", nm.TRADITIONAL_SIMPLIFIED),  # 杰 is a Traditional character too
        ("陳 大文", "陳大文", nm.SPACING),
        ("陳大文 Chan Tai Man", "陳大文", nm.CROSS_SCRIPT),
        ("歐陽志強", "Au Yeung Chi Keung", nm.CROSS_SCRIPT),
        ("歐陽志強", "AUYEUNG Chi-keung", nm.CROSS_SCRIPT),
        ("司徒子聰", "Szeto Tsz Chung", nm.CROSS_SCRIPT),
        ("李嘉欣", "Lee Ka Yan", nm.CROSS_SCRIPT),
        ("余家豪", "Yu Ka Ho", nm.CROSS_SCRIPT),
        ("Chan Tsz Kin", "Kin Chi Chan", nm.OTHER_SPELLING),
        ("Lee Ka Yan", "Li Kar Yan", nm.OTHER_SPELLING),
    ],
)
def test_one_name_written_two_ways(a: str, b: str, reason: str) -> None:
    assert nm.same_name(_key(a), _key(b)) == reason
    assert nm.same_name(_key(b), _key(a)) == reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("陳大文", "Chan Tai Ming"),  # one syllable differs
        ("陳大文", "Wong Tai Man"),  # another surname
        ("陳大文", "Chan Man"),  # a syllable missing
        ("陳大文", "陳大明"),
        ("陳大文", "Chan Ka Ho Tai Man"),  # two extra words
        ("Chan Ka Yan", "Chan Ka Yin"),  # different syllables (the fuzzy check may list it)
        ("Chan Tai Man", "Chan Tai Man"),  # the same key: exact matching's business
        ("陳大文", "Chan"),
        ("陳", "Chan"),
    ],
)
def test_different_names_do_not_match_across_scripts(a: str, b: str) -> None:
    assert nm.same_name(_key(a), _key(b)) is None


def test_characters_are_never_guessed_from_latin() -> None:
    # Two Latin names in two romanisations of one Chinese name cannot be linked without it.
    assert nm.same_name(_key("Chan Tai Man"), _key("Chen Dawen")) is None
