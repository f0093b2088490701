"""The prayer of a House of Commons petition: which opening it already has, in any allowed form.

The Commons guidance (DOMAIN.md) accepts a modern prayer ("The petitioner(s) therefore
request(s) that the House of Commons ...", "... urge(s) the House of Commons to ...") and a
traditional one ("Wherefore your petitioner(s) pray(s) that your honourable House ...").
An organiser may write the prayer whole, or start it part-way ("that the House ...",
"urge the House of Commons to ...", or just the request). `complete` adds exactly the words
that are missing, so the opening is never printed twice: a signed sheet cannot be corrected.
Chinese prayers work the same way with 請求/促請/要求/懇請 (请求/促请/要求/恳请).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MODERN = "modern"
TRADITIONAL = "traditional"

# English: each pattern matches an opening that is already whole (it names the petitioners).
_EN_WHOLE = re.compile(
    r"^(?:(?:and\s+)?(?:the|your)\s+(?P<who>petitioners?)\s+(?:therefore\s+|hereby\s+|humbly\s+)*"
    r"(?:request|requests|urge|urges|ask|asks|call\s+on|calls\s+on|pray|prays)\b"
    r"|wherefore\s+(?:your\s+|the\s+)?(?P<who2>petitioners?)\s+(?:humbly\s+)?(?:pray|prays)\b)",
    re.IGNORECASE,
)
# English openings that lack only the petitioners ("that the House ...", "urge the House ...").
_EN_VERB = re.compile(
    r"^(?:therefore\s+)?(?:(?:request|requests|ask|asks|pray|prays)\s+that\s+|"
    r"(?:urge|urges|ask|asks|call\s+on|calls\s+on)\s+)"
    r"(?:the\s+house\s+of\s+commons|your\s+honourable\s+house|the\s+house)\b",
    re.IGNORECASE,
)
_EN_THAT_HOUSE = re.compile(r"^that\s+(?:the|your\s+honourable)\s+house\b", re.IGNORECASE)
_EN_THE_HOUSE = re.compile(r"^(?:the\s+house\s+of\s+commons|your\s+honourable\s+house)\b", re.I)

_ZH_VERBS = "請求|促請|要求|懇請|呼籲|请求|促请|恳请|呼吁"
_ZH_WHO = "(?:本)?(?:請願人|请愿人|聯署人|联署人)(?:們|们)?"
_ZH_WHOLE = re.compile(
    rf"^(?:因此|故此|是以)?[，,、]?\s*{_ZH_WHO}\s*(?:謹|谨|現|现)?(?:{_ZH_VERBS})"
)
_ZH_VERB = re.compile(
    rf"^(?:因此|故此|是以)?[，,、]?\s*(?:{_ZH_VERBS})(?:英國|英国)?(?:國會)?(?:下議院|下议院)"
)
_ZH_HOUSE = re.compile(r"^(?:英國|英国)?(?:國會)?(?:下議院|下议院)")

_OPENINGS = {
    "en": "The petitioners therefore request that the House of Commons",
    "zh-Hant": "因此，請願人請求下議院",
    "zh-Hans": "因此，请愿人请求下议院",
}
_WHO = {"en": "The petitioners therefore", "zh-Hant": "因此，請願人", "zh-Hans": "因此，请愿人"}
_WHO_REQUEST = {
    "en": "The petitioners therefore request",
    "zh-Hant": "因此，請願人請求",
    "zh-Hans": "因此，请愿人请求",
}


@dataclass(frozen=True)
class Prayer:
    """A prayer made whole: the text to print, and what its opening tells us."""

    text: str
    style: str  # MODERN | TRADITIONAL
    singular: bool  # "the petitioner requests": one petitioner
    added: str  # the words added in front ("" when the organiser wrote them all)


def _join(lang: str, head: str, rest: str) -> str:
    return f"{head} {rest}" if lang == "en" else head + rest


def complete(text: str, lang: str) -> Prayer:
    """The whole prayer in `lang`, with the opening words exactly once."""
    body = " ".join(text.split()) if lang == "en" else text.strip()
    if lang == "en":
        return _complete_en(body)
    return _complete_zh(body, lang)


def _complete_en(body: str) -> Prayer:
    whole = _EN_WHOLE.match(body)
    if whole:
        who = (whole.group("who") or whole.group("who2") or "").lower()
        style = TRADITIONAL if body.lower().startswith(("wherefore", "your")) else MODERN
        if re.search(r"\byour\s+honourable\s+house\b", body, re.IGNORECASE):
            style = TRADITIONAL
        return Prayer(body, style, who == "petitioner", "")
    style = TRADITIONAL if re.search(r"\byour\s+honourable\s+house\b", body, re.I) else MODERN
    if _EN_VERB.match(body):
        rest = re.sub(r"^therefore\s+", "", body, flags=re.IGNORECASE)
        # A bare verb after "The petitioners therefore": plural agreement.
        rest = re.sub(r"^(request|urge|ask|pray)s\b", r"\1", rest, flags=re.IGNORECASE)
        return Prayer(_join("en", _WHO["en"], rest), style, False, _WHO["en"])
    if _EN_THAT_HOUSE.match(body):
        return Prayer(_join("en", _WHO_REQUEST["en"], body), style, False, _WHO_REQUEST["en"])
    if _EN_THE_HOUSE.match(body):
        head = _WHO_REQUEST["en"] + " that"
        return Prayer(_join("en", head, body), style, False, head)
    return Prayer(_join("en", _OPENINGS["en"], body), MODERN, False, _OPENINGS["en"])


def _complete_zh(body: str, lang: str) -> Prayer:
    if _ZH_WHOLE.match(body):
        return Prayer(body, MODERN, False, "")
    if _ZH_VERB.match(body):
        rest = re.sub(r"^(?:因此|故此|是以)?[，,、]?\s*", "", body)
        return Prayer(_WHO[lang] + rest, MODERN, False, _WHO[lang])
    if _ZH_HOUSE.match(body):
        return Prayer(_WHO_REQUEST[lang] + body, MODERN, False, _WHO_REQUEST[lang])
    return Prayer(_OPENINGS[lang] + body, MODERN, False, _OPENINGS[lang])


def looks_like_unknown_opening(text: str, lang: str) -> bool:
    """The prayer starts by naming the petitioners, but in no form we recognise: printing
    would put our opening in front of theirs. The petition check warns about it."""
    body = " ".join(text.split()) if lang == "en" else text.strip()
    if lang == "en":
        named = re.match(r"^(?:and\s+)?(?:the|your)\s+petitioners?\b|^wherefore\b", body, re.I)
        return bool(named) and not _EN_WHOLE.match(body)
    named = re.match(rf"^(?:因此|故此|是以)?[，,、]?\s*{_ZH_WHO}", body)
    return bool(named) and not _ZH_WHOLE.match(body)


_HOUSE = re.compile(r"house\s+of\s+commons|honourable\s+house|the\s+house\b|下議院|下议院", re.I)


def asks_the_house(text: str, lang: str) -> bool:
    """The whole prayer (after `complete`) is addressed to the House: a prayer the organiser
    wrote whole must name it; one we complete always does."""
    return bool(_HOUSE.search(complete(text, lang).text))
