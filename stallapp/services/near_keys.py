"""Search keys of a person's name: what is stored at import, and what a new name looks up.

Two names that the near-match checks (services/near_search.py) could link share a key: the
same name key ("n:"), the same letters however spaced ("l:"), the same Chinese characters
once Traditional ("h:"), a Latin word that is a romanised spelling of a Chinese surname
(stored "w:" on the Latin side, "s:" on the Chinese side, each looked up by the other), and
the same Cantonese syllables word by word ("y:"). Keys only find candidates; every candidate
is checked in full before it is listed. Keys hold nothing the persons table does not already
derive from the name, and are deleted with the person.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from math import prod

from stallapp.domain.hk_romanisation import sounds_of
from stallapp.services import name_match
from stallapp.services.name_forms import forms

MAX_SYLLABLE_KEYS = 8


@lru_cache(maxsize=16384)
def letters(name_key: str) -> str:
    """The name's letters in order, spaces dropped (remembered: every new name is compared
    with its candidates' letters)."""
    return "".join(sorted(name_key.replace(" ", "")))


def _syllable_keys(words: tuple[str, ...]) -> set[str]:
    """One key per way of reading every word as one coarse Cantonese sound, order-free: two
    names share a key when each word of one may be the same syllable as a word of the other
    (usually one key per name)."""
    sets = [sorted(sounds_of(w)) for w in words]
    if len(words) < 2 or not all(sets) or prod(len(s) for s in sets) > MAX_SYLLABLE_KEYS:
        return set()
    return {"y:" + "|".join(sorted(choice)) for choice in product(*sets)}


@lru_cache(maxsize=16384)
def stored(name_key: str) -> frozenset[str]:
    """The keys a person is found by (computed once per distinct name: a batch asks for the
    keys of a name when it is loaded, compared and stored)."""
    shape = forms(name_key)
    keys = {"n:" + name_key, "l:" + letters(name_key)}
    keys |= {"w:" + word for word in shape.latin}
    if shape.han:
        keys.add("h:" + "".join(sorted(shape.han)))
        keys |= {"s:" + spelt for spelt in name_match.surname_spellings(shape)}
    if not shape.han:
        keys |= _syllable_keys(shape.latin)
    return frozenset(keys)


@lru_cache(maxsize=16384)
def wanted(name_key: str) -> frozenset[str]:
    """The keys a new person looks up to find the persons it may be (once per distinct
    name)."""
    shape = forms(name_key)
    keys = {"n:" + name_key, "l:" + letters(name_key)}
    if shape.han:
        keys.add("h:" + "".join(sorted(shape.han)))
        keys |= {"w:" + spelt for spelt in name_match.surname_spellings(shape)}
    keys |= {"s:" + word for word in shape.latin}
    if not shape.han:
        keys |= _syllable_keys(shape.latin)
    return frozenset(keys)
