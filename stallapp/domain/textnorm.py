"""Text normalisation shared by the domain rules: one place for NFKC and cleaning.

`has_control` and `fold_for_matching` decide character by character, so what each decides
for a character is remembered: the importer checks every record of a batch again, about
40 characters a record, drawn from a few hundred distinct ones. The answers are those of
`unicodedata.category`, which is fixed for a given Python; the memos only skip asking again.
"""

from __future__ import annotations

import unicodedata

FORMULA_PREFIXES = ("=", "+", "-", "@")
_CONTROL = ("Cc", "Cf", "Cs", "Co", "Cn")
_MEMO_LIMIT = 1 << 16  # distinct characters remembered; past it, they are looked up again


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_PLAIN: set[str] = set()  # characters known not to be control, format, surrogate or unassigned


def has_control(text: str) -> bool:
    """True if the text holds control or format characters (newlines, bidi overrides...)."""
    if _PLAIN.issuperset(text):
        return False
    for ch in text:
        if ch not in _PLAIN:
            if unicodedata.category(ch) in _CONTROL:
                return True
            if len(_PLAIN) < _MEMO_LIMIT:
                _PLAIN.add(ch)
    return False


class _Folding(dict[int, str | None]):
    """str.translate's table for `fold_for_matching`: combining marks, punctuation and
    symbols map to None (dropped), every other character to itself; filled on first sight."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        cat = unicodedata.category(ch)
        kept = None if cat.startswith(("M", "P", "S")) else ch
        if len(self) < _MEMO_LIMIT:
            self[code] = kept
        return kept


_FOLDING = _Folding()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def fold_for_matching(text: str) -> str:
    """Case-folded, accent-free, punctuation-free form used for dedupe keys."""
    decomposed = unicodedata.normalize("NFKD", nfkc(text).casefold())
    # Drops combining accents (M*), punctuation (P*) and symbols (S*).
    return collapse_spaces(decomposed.translate(_FOLDING))
