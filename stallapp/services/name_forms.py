"""A name's forms for matching across scripts: Traditional characters and their readings.

A Chinese name is converted to Traditional characters (Simplified first converted), split
into surname and given name, and read aloud two ways: Cantonese (Jyutping, then spelt as the
Hong Kong Government romanises names: Chan Tai Man) and Mandarin (Hanyu Pinyin: Chen Dawen).
A Latin name is kept as its lower-case letter tokens. Works from a person's name key (the
folded, order-free tokens of domain/signer.py), so word order never matters.

The converters (OpenCC's tables, ToJyutping, pypinyin) are imported at first use, which is
only when a coordinator merges batches; the kiosk never loads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Any

from stallapp.domain.hk_romanisation import spellings as hk_spellings

# Two-character surnames (Traditional), checked before the one-character rule.
COMPOUND_SURNAMES = frozenset(
    [
        "歐陽",
        "司徒",
        "上官",
        "諸葛",
        "司馬",
        "公孫",
        "皇甫",
        "尉遲",
        "夏侯",
        "東方",
        "令狐",
        "慕容",
        "長孫",
        "端木",
        "鍾離",
        "宇文",
        "西門",
    ]
)
# Common one-character surnames in Hong Kong (Traditional), to find the surname in a name
# typed with spaces between its characters.
COMMON_SURNAMES = frozenset(
    "陳黃李張梁林劉吳王何鄭楊謝郭麥蔡徐羅許葉曾鄧馮蘇盧周朱潘袁彭余胡區莫甘江顧孔黎伍"
    "文方馬譚溫廖鍾趙杜岑石施郭韓湯范沈"
)
# Surnames that are the same character in both scripts, which the converter would otherwise
# turn into a different word's character (余 "I" into 餘 "surplus").
_KEEP = frozenset("余于范沈")
_READINGS_PER_CHAR = 2
_MAX_SPELLINGS = 64  # whole given names spelt out per reading; past this, nothing is listed

Syllables = tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Reading:
    """One way to read a Chinese name: per syllable, the accepted Latin spellings."""

    surname: Syllables
    given: Syllables
    surnames: frozenset[str]  # the surname spelt out whole ("auyeung")
    givens: frozenset[str]  # the given name spelt out whole ("taiman"), if not too many


@dataclass(frozen=True)
class NameForms:
    han: str  # the Chinese characters in Traditional form, surname first; "" if none
    han_raw: str  # the same characters as written
    latin: tuple[str, ...]  # letter-only tokens, sorted
    readings: tuple[Reading, ...]
    syllables: frozenset[str] = frozenset()  # every spelling of every syllable, any reading
    lengths: tuple[int, int] = (0, 0)  # shortest and longest spelling of the whole name


def is_han(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


_converter: Any = None


def _to_traditional(text: str) -> str:
    global _converter
    if _converter is None:
        import opencc  # lazy: only a coordinator's merge needs the conversion tables

        _converter = opencc.OpenCC("s2hk")
    # One character at a time: a name is not a phrase, and the phrase tables would keep
    # 杰 in 陈杰中 where a name written in Traditional has 傑.
    out = []
    for ch in text:
        converted = str(_converter.convert(ch))
        out.append(converted if len(converted) == 1 and ch not in _KEEP else ch)
    return "".join(out)


def _order_han(tokens: list[str]) -> str:
    """Han tokens in reading order: the token that starts with a surname goes first."""
    if len(tokens) == 1:
        return tokens[0]

    def rank(token: str) -> int:
        if token[:2] in COMPOUND_SURNAMES:
            return 0
        if len(token) == 1 and token in COMMON_SURNAMES:
            return 1
        return 2 if len(token) > 1 else 3

    return "".join(sorted(tokens, key=rank))


def _jyutping(chars: str) -> list[list[str]]:
    import ToJyutping  # lazy, as above

    found = ToJyutping.get_jyutping_candidates(chars)
    return [list(readings)[:_READINGS_PER_CHAR] for _, readings in found]


def _pinyin(chars: str) -> list[list[str]]:
    from pypinyin import Style, pinyin  # lazy, as above

    per_char = pinyin(chars, style=Style.NORMAL, heteronym=True, errors="ignore")
    out = []
    for options in per_char:
        spelt: list[str] = []
        for option in options[:_READINGS_PER_CHAR]:
            spelt += (
                [option.replace("v", v) for v in ("v", "u", "yu")] if "v" in option else [option]
            )
        out.append(spelt)
    return out


def _whole(syllables: Syllables) -> frozenset[str]:
    count = 1
    for options in syllables:
        count *= max(len(options), 1)
    if count > _MAX_SPELLINGS:
        return frozenset()
    return frozenset("".join(parts) for parts in product(*syllables))


def _reading(syllables: list[frozenset[str]], surname_length: int) -> Reading:
    surname = tuple(syllables[:surname_length])
    given = tuple(syllables[surname_length:])
    return Reading(surname, given, _whole(surname), _whole(given))


def _readings(han: str) -> tuple[Reading, ...]:
    if len(han) < 2:
        return ()
    surname_length = 2 if han[:2] in COMPOUND_SURNAMES and len(han) > 2 else 1
    cantonese = [
        frozenset().union(*(hk_spellings(j) for j in options)) for options in _jyutping(han)
    ]
    mandarin = [frozenset(o for o in options if o) for options in _pinyin(han)]
    readings = []
    for syllables in (cantonese, mandarin):
        if len(syllables) == len(han) and all(syllables):
            readings.append(_reading(syllables, surname_length))
    return tuple(readings)


@lru_cache(maxsize=8192)
def forms(name_key: str) -> NameForms:
    """The forms of a person's name key (folded, sorted tokens)."""
    tokens = name_key.split()
    han_tokens = [t for t in tokens if any(is_han(ch) for ch in t)]
    latin = tuple(sorted(t for t in tokens if t.isascii() and t.isalpha()))
    if not han_tokens:
        return NameForms("", "", latin, ())
    raw = _order_han(["".join(ch for ch in t if is_han(ch)) for t in han_tokens])
    han = _to_traditional(raw)
    readings = _readings(han)
    syllables = frozenset(o for r in readings for options in r.surname + r.given for o in options)
    spans = [
        (
            sum(min(map(len, o)) for o in r.surname + r.given),
            sum(max(map(len, o)) for o in r.surname + r.given),
        )
        for r in readings
    ]
    lengths = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (0, 0)
    return NameForms(han, raw, latin, readings, syllables, lengths)
