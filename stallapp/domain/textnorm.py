"""Text normalisation shared by the domain rules: one place for NFKC and cleaning."""

from __future__ import annotations

import unicodedata

FORMULA_PREFIXES = ("=", "+", "-", "@")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def has_control(text: str) -> bool:
    """True if the text holds control or format characters (newlines, bidi overrides...)."""
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text)


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def fold_for_matching(text: str) -> str:
    """Case-folded, accent-free, punctuation-free form used for dedupe keys."""
    decomposed = unicodedata.normalize("NFKD", nfkc(text).casefold())
    kept = []
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            continue  # combining accents
        if cat.startswith("P") or cat.startswith("S"):
            continue  # punctuation, symbols
        kept.append(ch)
    return collapse_spaces("".join(kept))
