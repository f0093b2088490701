"""Jyutping syllables spelt as the Hong Kong Government romanises Cantonese names.

The romanisation on Hong Kong identity cards and passports (Chan, Wong, Cheung, Tai Man)
is not a strict system: one Jyutping syllable has several accepted spellings (zi is written
Chi, Tsz or Tze; lei is Lee, Lei or Li). `spellings` gives every spelling we accept for a
syllable, lower case, so a name typed in Latin letters can be checked against the Chinese
characters of another entry. It is a many-to-one map: we never guess characters from Latin.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

# Initials, longest first so that "gw" wins over "g" and "ng" over "n".
_INITIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gw", ("kw",)),
    ("kw", ("kw",)),
    ("ng", ("ng",)),
    ("b", ("p",)),
    ("p", ("p",)),
    ("m", ("m",)),
    ("f", ("f",)),
    ("d", ("t",)),
    ("t", ("t",)),
    ("n", ("n",)),
    ("l", ("l",)),
    ("g", ("k",)),
    ("k", ("k",)),
    ("h", ("h",)),
    ("w", ("w",)),
    ("z", ("ch", "ts", "j")),
    ("c", ("ch", "ts")),
    ("s", ("s", "sh")),
    ("j", ("y",)),
)

# Finals: the usual spelling first, then the other accepted ones.
_FINALS: dict[str, tuple[str, ...]] = {
    "aa": ("a", "ah", "ar"),
    "aai": ("ai",),
    "aau": ("au", "ow"),
    "aam": ("am",),
    "aan": ("an",),
    "aang": ("ang",),
    "aap": ("ap",),
    "aat": ("at",),
    "aak": ("ak",),
    "ai": ("ai",),
    "au": ("au", "ow"),
    "am": ("am",),
    "an": ("an",),
    "ang": ("ang",),
    "ap": ("ap",),
    "at": ("at",),
    "ak": ("ak",),
    "e": ("e", "eh"),
    "ei": ("ei", "ee", "i"),
    "eng": ("eng",),
    "ek": ("ek",),
    "eu": ("eu",),
    "i": ("i", "ee", "y"),
    "iu": ("iu",),
    "im": ("im",),
    "in": ("in",),
    "ing": ("ing",),
    "ip": ("ip",),
    "it": ("it",),
    "ik": ("ik",),
    "o": ("o", "oh", "aw"),
    "oi": ("oi", "oy"),
    "ou": ("o", "ou", "oh"),
    "on": ("on",),
    "ong": ("ong",),
    "ot": ("ot",),
    "ok": ("ok",),
    "oe": ("oe", "euh"),
    "oeng": ("eung",),
    "oek": ("euk",),
    "eoi": ("ui", "eui", "ue"),
    "eon": ("un", "eun"),
    "eot": ("ut", "eut"),
    "u": ("u", "oo"),
    "ui": ("ui", "ooi"),
    "un": ("un", "oon"),
    "ung": ("ung",),
    "ut": ("ut", "oot"),
    "uk": ("uk",),
    "yu": ("u", "ue", "yu"),
    "yun": ("un", "uen", "yun"),
    "yut": ("ut", "uet", "yut"),
}

# After z, c and s the vowel i is also written z or ze (Tsz, Tze, Sze).
_SIBILANT_I = ("z", "ze")
# Syllables with no vowel (吳 ng, 唔 m) and the few spelt by custom.
_WHOLE: dict[str, tuple[str, ...]] = {
    "m": ("m",),
    "ng": ("ng",),
    "si": ("si", "sze", "sz", "shi", "see"),
    "lei": ("lee", "lei", "li"),
    "jyu": ("yu", "yue", "u"),
}


def _split(syllable: str) -> tuple[str, str]:
    for initial, _ in _INITIALS:
        if syllable.startswith(initial) and syllable[len(initial) :] in _FINALS:
            return initial, syllable[len(initial) :]
    return "", syllable


@lru_cache(maxsize=4096)
def spellings(jyutping: str) -> frozenset[str]:
    """Every accepted HK Government spelling of one Jyutping syllable (tone digits ignored);
    an empty set if the syllable is not Jyutping."""
    syllable = "".join(ch for ch in jyutping.lower() if ch.isalpha())
    found: set[str] = set(_WHOLE.get(syllable, ()))
    initial, final = _split(syllable)
    finals = _FINALS.get(final)
    if finals is None:
        return frozenset(found)
    starts = dict(_INITIALS).get(initial, ("",)) if initial else ("",)
    if final == "i" and initial in ("z", "c", "s"):
        finals = finals + _SIBILANT_I
    for start, end in product(starts, finals):
        if start == "y" and end.startswith("y"):
            end = end[1:] or end
        found.add(start + end)
    return frozenset(found)


@lru_cache(maxsize=1)
def _reverse() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    starts = [""] + [initial for initial, _ in _INITIALS]
    syllables = {start + final for start in starts for final in _FINALS} | set(_WHOLE)
    for syllable in syllables:
        for spelt in spellings(syllable):
            found.setdefault(spelt, set()).add(syllable)
    return {k: frozenset(v) for k, v in found.items()}


def syllables_of(word: str) -> frozenset[str]:
    """The Jyutping syllables (toneless) a Latin word may be the HK Government spelling of:
    "tsz" and "chi" both give zi and ci. Empty if the word spells no one syllable."""
    return _reverse().get(word.lower(), frozenset())


_COARSE_INITIALS = {"z": "c", "g": "k", "d": "t", "b": "p", "gw": "kw"}
_COARSE_FINALS = {"ei": "i", "ou": "o", "eoi": "ui", "eon": "un", "eot": "ut", "yu": "u"}
_COARSE_FINALS |= {"yun": "un", "yut": "ut"}


def _coarse(syllable: str) -> str:
    initial, final = _split(syllable)
    if final.startswith("aa"):
        final = final[1:]
    return _COARSE_INITIALS.get(initial, initial) + _COARSE_FINALS.get(final, final)


@lru_cache(maxsize=8192)
def sounds_of(word: str) -> frozenset[str]:
    """Coarse sound classes of a Latin word: its syllables with aspiration, vowel length and
    a few vowel spellings merged, so that the usual variant spellings of one syllable ("Tsz",
    "Chi"; "Lee", "Li"; "Ka", "Kar") share one class. For look-ups only: two words that may
    spell one syllable always share a class; sharing one proves nothing by itself."""
    return frozenset(_coarse(s) for s in syllables_of(word))
