"""The near-match spelling check compares names with their words sorted once, as they are
added, instead of letting rapidfuzz sort both names on every comparison: the scores must be
exactly those of `token_sort_ratio`, which the check was written against."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from stallapp.services.near_search import NEAR_SCORE, AreaPeople, _sorted_tokens

word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz陳大文", min_size=1, max_size=7)
name = st.lists(word, min_size=1, max_size=4).map(" ".join)


@given(name, name)
def test_ratio_of_sorted_words_is_token_sort_ratio(a: str, b: str) -> None:
    assert fuzz.ratio(_sorted_tokens(a), _sorted_tokens(b)) == fuzz.token_sort_ratio(a, b)


def test_the_spelling_check_finds_names_with_words_in_another_order() -> None:
    people = AreaPeople()
    people.add(1, "wong tai man", "CV11LL")
    people.add(2, "chan siu ming", "CV12AB")
    # the same words in another order and one letter off: only a sorted comparison scores it
    assert fuzz.ratio("tai mann wong", "wong tai man") < NEAR_SCORE
    found = list(people.near(3, "tai mann wong", "CV11LL"))
    assert [(other, score >= NEAR_SCORE) for other, _reason, score in found] == [(1, True)]
    assert "same postcode" in found[0][1]
