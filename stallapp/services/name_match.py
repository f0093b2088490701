"""Whether two names are the same name written differently, and in which way.

Two names match across scripts when the Latin one spells, in the Hong Kong Government
romanisation or in Pinyin, the readings of the Chinese one: its surname as one or two words,
first or last, and its given name in its syllables with or without spaces or hyphens
("Chan Tai Man", "CHAN Tai-man", "Tai Man Chan", "Chan Taiman"). One more Latin word (an
English name: "Peter Chan Tai Man") is allowed and named in the reason. Two Chinese names
match when they are the same characters once Simplified is converted to Traditional.
Latin is only ever checked against readings of characters; characters are never guessed.
"""

from __future__ import annotations

from collections import Counter
from itertools import permutations

from stallapp.domain.hk_romanisation import syllables_of
from stallapp.services.name_forms import NameForms, Reading, Syllables, forms

CROSS_SCRIPT = "same name in Chinese and in romanised form"
CROSS_SCRIPT_EXTRA = "same name in Chinese and in romanised form, with an extra given name"
TRADITIONAL_SIMPLIFIED = "same name in Traditional and Simplified characters"
SPACING = "same name apart from spacing"
SAME_AREA = "same name, same postcode area"
OTHER_SPELLING = "same name in another romanised spelling"

MAX_WORDS = 5  # Latin names longer than this are not tried in every order


def _spells(text: str, syllables: Syllables, whole: frozenset[str]) -> bool:
    """True if the text is the syllables spelt in order, one accepted spelling each."""
    if whole:
        return text in whole
    ends = {0}
    for options in syllables:
        ends = {e + len(o) for e in ends for o in options if text.startswith(o, e)}
        if not ends:
            return False
    return len(text) in ends


def _spells_reading(words: tuple[str, ...], reading: Reading) -> bool:
    for cut in (1, 2):
        if cut >= len(words):
            break
        surname, given = "".join(words[:cut]), "".join(words[cut:])
        if _spells(surname, reading.surname, reading.surnames) and _spells(
            given, reading.given, reading.givens
        ):
            return True
    return False


def romanised(latin: tuple[str, ...], chinese: NameForms) -> str | None:
    """The reason if the Latin words spell the Chinese name, else None."""
    if not chinese.readings or not 2 <= len(latin) <= MAX_WORDS:
        return None
    # Quick refusals first (most candidates only share the surname): every word but one
    # must begin with a spelling of one of the name's syllables, and the words kept must be
    # as long as some spelling of the whole name.
    starts = chinese.syllables
    strays = [i for i, word in enumerate(latin) if not any(word[:n] in starts for n in range(1, 7))]
    if len(strays) > 1 or (strays and len(latin) < 3):
        return None
    tries: list[tuple[tuple[str, ...], str]] = [] if strays else [(latin, CROSS_SCRIPT)]
    if len(latin) >= 3:
        drops = strays or range(len(latin))
        tries += [(latin[:i] + latin[i + 1 :], CROSS_SCRIPT_EXTRA) for i in drops]
    shortest, longest = chinese.lengths
    for words, reason in tries:
        if not shortest <= sum(len(w) for w in words) <= longest:
            continue
        for order in set(permutations(words)):
            if any(_spells_reading(order, r) for r in chinese.readings):
                return reason
    return None


def respelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True if two Latin names are the same Cantonese syllables spelt differently, word for
    word in some order ("Chan Tsz Kin" / "Kin Chi Chan", "Lee Ka Yan" / "Li Kar Yan")."""
    if a == b or len(a) != len(b) or not 2 <= len(a) <= MAX_WORDS:
        return False
    left = [syllables_of(w) for w in a]
    right = [syllables_of(w) for w in b]
    if not all(left) or not all(right):
        return False
    return any(
        all(x & y for x, y in zip(left, order, strict=True)) for order in permutations(right)
    )


def surname_spellings(chinese: NameForms) -> frozenset[str]:
    """Every Latin word the surname of a Chinese name may be written as (for look-ups)."""
    found: set[str] = set()
    for reading in chinese.readings:
        found |= reading.surnames
        found |= reading.surname[0]
    return frozenset(found)


def across_scripts(a: NameForms, b: NameForms) -> str | None:
    """The reason two different name keys are the same name in other characters or script."""
    if a.han and b.han and sorted(a.han) == sorted(b.han):
        if a.han_raw != b.han_raw and sorted(a.han_raw) != sorted(b.han_raw):
            return TRADITIONAL_SIMPLIFIED
        return SPACING if a.latin == b.latin else CROSS_SCRIPT
    if a.han and not b.han:
        return romanised(b.latin, a)
    if b.han and not a.han:
        return romanised(a.latin, b)
    if a.han and b.han:
        return None  # two different Chinese names, whatever their Latin words say
    return OTHER_SPELLING if respelt(a.latin, b.latin) else None


def same_name(name_key_a: str, name_key_b: str) -> str | None:
    """The reason two name keys may be one person's name in two scripts, or None."""
    if name_key_a == name_key_b:
        return None
    return across_scripts(forms(name_key_a), forms(name_key_b))


def spacing_variant(a: list[str], b: list[str]) -> bool:
    """True if the names differ only in where the spaces are ("Tai Man" / "TaiMan")."""
    if len(a) == len(b) or "".join(sorted(a)) == "".join(sorted(b)):
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    left = Counter(long)
    for token in short:
        if left[token] > 0:
            left[token] -= 1
            continue
        pair = next(
            (
                (x, y)
                for x in left
                for y in left
                if left[x] > 0 and left[y] > (1 if x == y else 0) and x + y == token
            ),
            None,
        )
        if pair is None:
            return False
        left[pair[0]] -= 1
        left[pair[1]] -= 1
    return sum(left.values()) == 0
