"""`has_control` and `fold_for_matching` remember what they decided per character; their
answers stay those of asking `unicodedata` about every character, on any text."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from stallapp.domain import textnorm


def _has_control_each_time(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text)


def _fold_each_time(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = [ch for ch in decomposed if unicodedata.category(ch)[0] not in "MPS"]
    return " ".join("".join(kept).split())


@settings(max_examples=2000)
@given(st.text(alphabet=st.characters(codec=None), max_size=20))
def test_same_answers_as_asking_every_character(text: str) -> None:
    assert textnorm.has_control(text) == _has_control_each_time(text)
    assert textnorm.fold_for_matching(text) == _fold_each_time(text)


def test_same_answers_across_the_code_space_asked_twice() -> None:
    """Random characters from every plane, including unassigned and surrogates; the second
    round is answered from what the first remembered."""
    rng = random.Random(7)
    texts = [
        "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 8)))
        for _ in range(20_000)
    ] + ["Ada Chan", "ÉLODIE  Dupont", "陳大文", "a\u202eb", "x\u0301", "O'Brien-Smith", ""]
    for _round in range(2):
        for text in texts:
            assert textnorm.has_control(text) == _has_control_each_time(text), ascii(text)
            assert textnorm.fold_for_matching(text) == _fold_each_time(text), ascii(text)
