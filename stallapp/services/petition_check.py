"""The one petition check: used by the organiser editor, by printing and by `petition add`.

Warnings are codes with the text table and language they concern, so that each screen can
word them in its own language; `describe` gives the English wording for the CLI and logs.
A warning does not stop anything by itself; `stallapp petition add --strict` refuses a
petition that has any.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain import prayer as prayer_rules
from stallapp.domain import routes
from stallapp.domain.petition import LANGUAGES, REQUIRED_TEXTS, Petition
from stallapp.printing import fonts

LANGUAGE_NAMES = {
    "en": "English",
    "zh-Hant": "Traditional Chinese",
    "zh-Hans": "Simplified Chinese",
}

# What a privacy notice must say (DOMAIN.md), and words that show it does, per language.
# Each element is a list of alternatives; an alternative is a tuple of words all present.
NOTICE_ELEMENTS: dict[str, dict[str, list[tuple[str, ...]]]] = {
    "lawful_basis": {
        "en": [("explicit consent", "political")],
        "zh-Hant": [("明確同意", "政治")],
        "zh-Hans": [("明确同意", "政治")],
    },
    "recipients": {
        "en": [("receive",), ("recipient",), ("given to",), ("passed to",), ("handed to",)],
        "zh-Hant": [("接收",), ("交給",), ("交予",)],
        "zh-Hans": [("接收",), ("交给",), ("交予",)],
    },
    "retention": {
        "en": [("keep",), ("kept",), ("retain",), ("deleted",)],
        "zh-Hant": [("保存",), ("保留",), ("刪除",)],
        "zh-Hans": [("保存",), ("保留",), ("删除",)],
    },
    "withdrawal": {
        "en": [("withdraw",)],
        "zh-Hant": [("撤回",)],
        "zh-Hans": [("撤回",)],
    },
    "access": {
        "en": [("copy of",), ("access",)],
        "zh-Hant": [("副本",), ("查閱",)],
        "zh-Hans": [("副本",), ("查阅",)],
    },
    "ico": {
        "en": [("ico.org.uk",), ("information commissioner",)],
        "zh-Hant": [("ico.org.uk",), ("資訊專員",)],
        "zh-Hans": [("ico.org.uk",), ("信息专员",)],
    },
}
NOTICE_NAMES = {
    "lawful_basis": "the lawful basis (explicit consent, because signing shows a political "
    "opinion)",
    "recipients": "who receives the data",
    "retention": "how long it is kept",
    "withdrawal": "how to withdraw",
    "access": "the right to a copy of one's data",
    "ico": "the right to complain to the ICO",
}


@dataclass(frozen=True)
class Warning:
    code: str  # missing_translation | unprintable | prayer_opening_unknown | ...
    table: str = ""
    lang: str = ""
    detail: str = ""  # unprintable: the characters; notice_missing: the element


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
        for lang in LANGUAGES:
            text = petition.prayer.values.get(lang, "")
            if text and prayer_rules.looks_like_unknown_opening(text, lang):
                out.append(Warning("prayer_opening_unknown", "prayer", lang))
            elif text and not prayer_rules.asks_the_house(text, lang):
                out.append(Warning("prayer_not_to_house", "prayer", lang))
    if petition.target == "commons" and routes.KIOSK in petition.routes:
        for lang in LANGUAGES:
            if routes.claims_formal(petition.consent.values.get(lang, "")):
                out.append(Warning("kiosk_claims_formal", "consent", lang))
    out += _notice_warnings(petition)
    if petition.target == "council" and not petition.live_work_study:
        out.append(Warning("council_lws"))
    if petition.target == "council" and not petition.organiser_name:
        out.append(Warning("council_no_organiser"))
    if not petition.online_url:
        out.append(Warning("no_online_url"))
    return out


def _notice_warnings(petition: Petition) -> list[Warning]:
    out = []
    for lang in LANGUAGES:
        text = petition.privacy_notice.values.get(lang, "")
        if not text:
            continue
        folded = text.casefold()
        for element, by_lang in NOTICE_ELEMENTS.items():
            if not any(all(w in folded for w in words) for words in by_lang[lang]):
                out.append(Warning("notice_missing", "privacy_notice", lang, element))
    return out


def describe(w: Warning) -> str:
    if w.code == "missing_translation":
        return f"The {w.table.replace('_', ' ')} has no {LANGUAGE_NAMES[w.lang]} translation."
    if w.code == "unprintable":
        return (
            f"The {w.table.replace('_', ' ')} ({LANGUAGE_NAMES[w.lang]}) has characters the "
            f"printing fonts lack and would print as boxes: {w.detail}"
        )
    if w.code == "prayer_opening_unknown":
        return (
            f"The prayer ({LANGUAGE_NAMES[w.lang]}) names the petitioners in a form stallapp "
            "does not recognise, so its opening could print twice: start it with 'The "
            "petitioners therefore request that the House of Commons', 'The petitioners "
            "therefore urge the House of Commons to', 'Wherefore your petitioners pray', or "
            "write only the request."
        )
    if w.code == "prayer_not_to_house":
        return (
            f"The prayer ({LANGUAGE_NAMES[w.lang]}) names the petitioners but asks no one in "
            "the House: a Commons prayer asks the House of Commons (which may in turn urge the "
            "Government)."
        )
    if w.code == "kiosk_claims_formal":
        return (
            f"The consent statement ({LANGUAGE_NAMES[w.lang]}) says kiosk signatures go into "
            "the petition, but a House of Commons petition accepts only handwritten signatures "
            "on paper: say they go into a list of supporters given to the MP."
        )
    if w.code == "notice_missing":
        return (
            f"The privacy notice ({LANGUAGE_NAMES[w.lang]}) does not say {NOTICE_NAMES[w.detail]}."
        )
    if w.code == "council_lws":
        return "Councils usually require signers to live, work or study in the area."
    if w.code == "council_no_organiser":
        return (
            "A council petition must name its organiser with contact details ([organiser]: "
            "name, address, contact), printed on every sheet."
        )
    if w.code == "no_online_url":
        return "There is no online_url, so no QR poster or flyer can be printed."
    return w.code
