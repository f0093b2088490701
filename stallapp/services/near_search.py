"""The persons of one petition in one postcode area that a batch may meet, for the near-match
checks.

An area is the outward code of a UK postcode (CV1 for CV1 1LL and CV1 2AB). A batch's merge
loads, per area, the persons found by the search keys of its new names (services/near_keys.py)
and the area's first persons for the fuzzy check; new persons are added as they are made.
A new person is then compared by key look-ups: the same name elsewhere in the area, the same
letters spaced differently, the same Chinese characters, a Latin name that spells a Chinese
one, the same Cantonese syllables spelt otherwise. Only the fuzzy spelling check compares names
one by one, with the area's first `MAX_FUZZY` persons and the postcode's first `MAX_BLOCK`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz import fuzz, process

from stallapp.services import name_match, near_keys

NEAR_SCORE = 85
MAX_FUZZY = 300  # persons of an area compared by spelling, to keep merging linear
MAX_BLOCK = 200  # persons of one postcode compared by spelling, as before areas
_FUZZY_ROOM = MAX_FUZZY + MAX_BLOCK
SCORE_CROSS = {
    name_match.TRADITIONAL_SIMPLIFIED: 100,
    name_match.SPACING: 100,
    name_match.CROSS_SCRIPT: 95,
    name_match.SAME_AREA: 90,
    name_match.OTHER_SPELLING: 90,
    name_match.CROSS_SCRIPT_EXTRA: 85,
}


@lru_cache(maxsize=16384)
def _sorted_tokens(name_key: str) -> str:
    """The name's words in sorted order: `fuzz.ratio` of two such strings is exactly
    `fuzz.token_sort_ratio` of the names, without re-sorting every compared name per call
    (an area's first persons are loaded again by every batch, so this is cached too)."""
    return " ".join(sorted(name_key.split()))


class AreaPeople:
    """One area's persons: (id, name key, postcode block), indexed by their search keys."""

    def __init__(self) -> None:
        self._of: dict[int, tuple[str, str]] = {}
        self._by_key: dict[str, set[int]] = {}
        self._fuzzy_keys: list[str] = []  # each name's words sorted (`_sorted_tokens`)
        self._fuzzy_ids: list[int] = []
        self._keyed: set[int] = set()
        self._fuzzy: set[int] = set()

    def add(
        self, person_id: int, name_key: str, block: str, *, keys: bool = True, fuzzy: bool = True
    ) -> None:
        """Add a person: `keys` indexes it for the look-ups (a person loaded only for the
        spelling check need not be: the vault's own key index found the rest); `fuzzy` puts
        it in the spelling check, while there is room."""
        self._of[person_id] = (name_key, block)
        if keys and person_id not in self._keyed:
            self._keyed.add(person_id)
            by_key = self._by_key
            for key in near_keys.stored(name_key):
                found = by_key.get(key)
                if found is None:
                    by_key[key] = {person_id}
                else:
                    found.add(person_id)
        if fuzzy and person_id not in self._fuzzy and len(self._fuzzy_ids) < _FUZZY_ROOM:
            self._fuzzy.add(person_id)
            self._fuzzy_keys.append(_sorted_tokens(name_key))
            self._fuzzy_ids.append(person_id)

    def index(self, person_id: int, key: str) -> None:
        """Index an added person under one of its search keys, as the vault found it."""
        self._by_key.setdefault(key, set()).add(person_id)

    def near(self, person_id: int, name_key: str, block: str) -> Iterator[tuple[int, str, int]]:
        """(other person, reason, score) for each person of the area this one may be, each
        other person once, the strongest reason first."""
        seen = {person_id}
        for other in sorted(self._by_key.get("n:" + name_key, ())):
            if other not in seen and self._of[other][1] != block:
                seen.add(other)
                yield other, name_match.SAME_AREA, SCORE_CROSS[name_match.SAME_AREA]
        by_key = self._by_key
        candidates: set[int] = set()
        for key in near_keys.wanted(name_key):
            found_by = by_key.get(key)
            if found_by:
                candidates |= found_by
        candidates -= seen
        if candidates:
            letters = near_keys.letters(name_key)
            known: dict[str, str | None] = {}
            of = self._of
            for other in sorted(candidates):
                other_key = of[other][0]
                if other_key not in known:
                    reason = name_match.same_name(name_key, other_key)
                    if reason is None and near_keys.letters(other_key) == letters:
                        spaced = name_match.spacing_variant(name_key.split(), other_key.split())
                        reason = name_match.SPACING if spaced else None
                    known[other_key] = reason
                reason = known[other_key]
                if reason is not None:
                    seen.add(other)
                    yield other, reason, SCORE_CROSS[reason]
        found = process.extract(
            _sorted_tokens(name_key),
            self._fuzzy_keys,
            scorer=fuzz.ratio,
            score_cutoff=NEAR_SCORE,
            limit=None,
        )
        for _choice, score, index in sorted(found, key=lambda f: f[2]):
            other = self._fuzzy_ids[index]
            other_key, other_block = self._of[other]
            if other in seen or other_key == name_key:
                continue
            seen.add(other)
            if other_block == block:
                yield other, f"similar name ({round(score)}%), same postcode", round(score)
            else:
                yield other, f"similar spelling ({round(score)}%), same postcode area", round(score)
