"""The persons of one petition in one postcode area, indexed for the near-match checks.

An area is the outward code of a UK postcode (CV1 for CV1 1LL and CV1 2AB). A new person is
compared with the persons of its area by look-ups, not by a scan: the same name key
elsewhere in the area, the same letters spaced differently, the same Chinese characters, or a
Latin word that spells the surname of a Chinese name (then the whole name is checked). Only
the fuzzy spelling check compares names one by one, and only with the area's first
`MAX_FUZZY` persons, so a merge stays linear in the size of the batch.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz, process

from stallapp.domain.hk_romanisation import syllables_of
from stallapp.services import name_match
from stallapp.services.name_forms import forms

NEAR_SCORE = 85
MAX_FUZZY = 1000
SCORE_CROSS = {
    name_match.TRADITIONAL_SIMPLIFIED: 100,
    name_match.SPACING: 100,
    name_match.CROSS_SCRIPT: 95,
    name_match.SAME_AREA: 90,
    name_match.OTHER_SPELLING: 90,
    name_match.CROSS_SCRIPT_EXTRA: 85,
}


def _letters(name_key: str) -> str:
    return "".join(sorted(name_key.replace(" ", "")))


class AreaPeople:
    """One area's persons: (id, name key, postcode block), with the look-ups near() uses."""

    def __init__(self) -> None:
        self._of: dict[int, tuple[str, str]] = {}
        self._by_name: dict[str, list[int]] = {}
        self._by_letters: dict[str, list[int]] = {}
        self._by_han: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        self._by_surname: dict[str, list[int]] = {}
        self._by_syllable: dict[str, set[int]] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_ids: list[int] = []

    def add(self, person_id: int, name_key: str, block: str) -> None:
        self._of[person_id] = (name_key, block)
        self._by_name.setdefault(name_key, []).append(person_id)
        self._by_letters.setdefault(_letters(name_key), []).append(person_id)
        if len(self._fuzzy_keys) < MAX_FUZZY:
            self._fuzzy_keys.append(name_key)
            self._fuzzy_ids.append(person_id)
        shape = forms(name_key)
        for word in set(shape.latin):
            self._by_word.setdefault(word, []).append(person_id)
            for syllable in syllables_of(word):
                self._by_syllable.setdefault(syllable, set()).add(person_id)
        if shape.han:
            self._by_han.setdefault("".join(sorted(shape.han)), []).append(person_id)
            for spelt in name_match.surname_spellings(shape):
                self._by_surname.setdefault(spelt, []).append(person_id)

    def near(self, person_id: int, name_key: str, block: str) -> Iterator[tuple[int, str, int]]:
        """(other person, reason, score) for each person of the area this one may be, each
        other person once, the strongest reason first."""
        seen = {person_id}
        for other in self._by_name.get(name_key, ()):
            if other not in seen and self._of[other][1] != block:
                seen.add(other)
                yield other, name_match.SAME_AREA, SCORE_CROSS[name_match.SAME_AREA]
        for other in self._others(name_key, seen):
            other_key = self._of[other][0]
            reason = name_match.same_name(name_key, other_key)
            if reason is None and name_match.spacing_variant(name_key.split(), other_key.split()):
                reason = name_match.SPACING
            if reason is not None:
                seen.add(other)
                yield other, reason, SCORE_CROSS[reason]
        found = process.extract(
            name_key,
            self._fuzzy_keys,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NEAR_SCORE,
            limit=None,
        )
        for _choice, score, index in found:
            other = self._fuzzy_ids[index]
            other_key, other_block = self._of[other]
            if other in seen or other_key == name_key:
                continue
            seen.add(other)
            if other_block == block:
                yield other, f"similar name ({round(score)}%), same postcode", round(score)
            else:
                yield other, f"similar spelling ({round(score)}%), same postcode area", round(score)

    def _others(self, name_key: str, seen: set[int]) -> list[int]:
        """Persons whose names may be this one in another script or spacing, by id."""
        shape = forms(name_key)
        found = set(self._by_letters.get(_letters(name_key), ()))
        if shape.han:
            found.update(self._by_han.get("".join(sorted(shape.han)), ()))
            for spelt in name_match.surname_spellings(shape):
                found.update(self._by_word.get(spelt, ()))
        if shape.latin:
            for word in shape.latin:
                found.update(self._by_surname.get(word, ()))
            found |= self._respelt(shape.latin)
        return sorted(found - seen)

    def _respelt(self, words: tuple[str, ...]) -> set[int]:
        """Persons with, for every word, a word that may spell the same syllable."""
        common: set[int] | None = None
        for word in words:
            these: set[int] = set()
            for syllable in syllables_of(word):
                these |= self._by_syllable.get(syllable, set())
            common = these if common is None else common & these
            if not common:
                return set()
        return common or set()
