"""Warnings for an organiser editing a petition: missing translations, incomplete structure.

Warnings are codes with the text table and language they concern, so that each screen can
word them in its own language; `describe` gives the English wording for the CLI and logs.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.petition import LANGUAGES, REQUIRED_TEXTS, Petition
from stallapp.printing import fonts

LANGUAGE_NAMES = {
    "en": "English",
    "zh-Hant": "Traditional Chinese",
    "zh-Hans": "Simplified Chinese",
}
_COMMONS_LEAD = "the petitioners therefore request that the house of commons"


@dataclass(frozen=True)
class Warning:
    code: str  # missing_translation | unprintable | prayer_not_to_commons | ...
    table: str = ""
    lang: str = ""
    detail: str = ""  # for unprintable: the characters the printing fonts lack


def check(petition: Petition) -> list[Warning]:
    out = []
    for table in REQUIRED_TEXTS:
        texts = getattr(petition, table)
        for lang in LANGUAGES[1:]:
            if not texts.has(lang):
                out.append(Warning("missing_translation", table, lang))
    for table in REQUIRED_TEXTS:
        texts = getattr(petition, table)
        for lang in LANGUAGES:
            chars = fonts.unprintable(texts.values.get(lang, ""))
            if chars:
                out.append(Warning("unprintable", table, lang, chars))
    if petition.target == "commons":
        prayer = " ".join(petition.prayer.get("en").split()).casefold()
        if prayer.startswith("the petitioners") and not prayer.startswith(_COMMONS_LEAD):
            out.append(Warning("prayer_not_to_commons", "prayer", "en"))
    if petition.target == "council" and not petition.live_work_study:
        out.append(Warning("council_lws"))
    if not petition.online_url:
        out.append(Warning("no_online_url"))
    return out


def describe(w: Warning) -> str:
    if w.code == "missing_translation":
        return f"The {w.table.replace('_', ' ')} has no {LANGUAGE_NAMES[w.lang]} translation."
    if w.code == "unprintable":
        return (
            f"The {w.table.replace('_', ' ')} ({LANGUAGE_NAMES[w.lang]}) has characters the "
            f"printing fonts lack and would print as boxes: {w.detail}"
        )
    if w.code == "prayer_not_to_commons":
        return (
            "A Commons prayer must ask the House of Commons: start it with "
            "'The petitioners therefore request that the House of Commons'."
        )
    if w.code == "council_lws":
        return "Councils usually require signers to live, work or study in the area."
    if w.code == "no_online_url":
        return "There is no online_url, so no QR poster or flyer can be printed."
    return w.code
