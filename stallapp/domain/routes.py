"""Where each kind of signature goes: the routes a petition takes, said the same way everywhere.

A petition takes wet-ink paper sheets, digital capture at the kiosk, or both. A House of
Commons petition accepts only handwritten signatures on paper (DOMAIN.md), so a kiosk
signature for it goes into a list of supporters given to the signer's MP, never into the
petition itself. The kiosk, the thank-you screen, the privacy notice handout, the bundle and
the cover letter all take their words from here, so they cannot disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stallapp.domain.petition import Petition

PAPER = "paper"
KIOSK = "kiosk"
ROUTES = (PAPER, KIOSK)
SUPPORTERS_LIST = "supporters_list"
FORMAL_PETITION = "formal_petition"
DIGITAL_USES = (SUPPORTERS_LIST, FORMAL_PETITION)

_BODY = {
    "commons": {"en": "the House of Commons", "zh-Hant": "下議院", "zh-Hans": "下议院"},
}

_DIGITAL = {
    SUPPORTERS_LIST: {
        "en": "A signature on {where} goes into a list of supporters given to {mp}; "
        "it is not part of the formal paper petition to {body}.",
        "zh-Hant": "在{where}上的簽名會列入交給{mp}的支持者名單，"
        "並不屬於提交{body}的正式紙本請願。",
        "zh-Hans": "在{where}上的签名会列入交给{mp}的支持者名单，"
        "并不属于提交{body}的正式纸质请愿。",
    },
    FORMAL_PETITION: {
        "en": "A signature on {where} is added to the petition to {body}.",
        "zh-Hant": "在{where}上的簽名會加入致{body}的請願。",
        "zh-Hans": "在{where}上的签名会加入致{body}的请愿。",
    },
}
# Where the kiosk is, as the kiosk itself says it and as paper (the handout, the bundle) does.
_WHERE = {
    True: {"en": "this screen", "zh-Hant": "此螢幕", "zh-Hans": "此屏幕"},
    False: {"en": "the stall's tablet", "zh-Hant": "街站平板電腦", "zh-Hans": "摊位平板电脑"},
}
_MP = {
    "commons": {"en": "your MP", "zh-Hant": "你選區的國會議員", "zh-Hans": "你所在选区的议员"},
}
_PAPER = {
    "commons": {
        "en": "To sign the formal petition to {body}, sign the paper sheet at the stall "
        "with a pen: only handwritten signatures on paper count.",
        "zh-Hant": "如要簽署致{body}的正式請願，請在街站的紙本表格上親筆簽名："
        "只有紙上的親筆簽名才會被接納。",
        "zh-Hans": "如要签署致{body}的正式请愿，请在摊位的纸质表格上亲笔签名："
        "只有纸上的亲笔签名才会被接受。",
    },
    "other": {
        "en": "A signature on a paper sheet at the stall is added to the petition to {body}.",
        "zh-Hant": "在街站紙本表格上的簽名會加入致{body}的請願。",
        "zh-Hans": "在摊位纸质表格上的签名会加入致{body}的请愿。",
    },
}
_SAVED = {
    SUPPORTERS_LIST: {
        "en": "You are on the list of supporters for {mp}. "
        "It is not the paper petition: to sign that, ask for the paper sheet.",
        "zh-Hant": "你已列入交給{mp}的支持者名單。這並非紙本請願；如要簽署，請索取紙本表格。",
        "zh-Hans": "你已列入交给{mp}的支持者名单。这不是纸质请愿；如要签署，请索取纸质表格。",
    },
    FORMAL_PETITION: {
        "en": "Your signature is part of the petition to {body}.",
        "zh-Hant": "你的簽名已加入致{body}的請願。",
        "zh-Hans": "你的签名已加入致{body}的请愿。",
    },
}
# What a consent or notice text must never say for a Commons kiosk signature.
FORMAL_CLAIMS = (
    "present this petition",
    "part of the petition",
    "added to the petition",
    "paper petition",
    "提交本請願",
    "提交本请愿",
    "加入請願",
    "加入请愿",
)


def default_digital_use(target: str) -> str:
    return SUPPORTERS_LIST if target == "commons" else FORMAL_PETITION


def body_name(petition: Petition, lang: str) -> str:
    known = _BODY.get(petition.target)
    return known[lang] if known else petition.target_name


def _mp(petition: Petition, lang: str) -> str:
    known = _MP.get(petition.target)
    if known:
        return known[lang]
    return petition.target_name


def digital_statement(petition: Petition, lang: str, on_screen: bool = True) -> str:
    """Where a kiosk signature goes, in one sentence: as the kiosk says it (`on_screen`),
    or as a printed page does."""
    text = _DIGITAL[petition.digital_use][lang]
    return text.format(
        mp=_mp(petition, lang), body=body_name(petition, lang), where=_WHERE[on_screen][lang]
    )


def paper_statement(petition: Petition, lang: str) -> str:
    """Where a paper-sheet signature goes (for a Commons petition, the only formal route)."""
    kind = "commons" if petition.target == "commons" else "other"
    return _PAPER[kind][lang].format(body=body_name(petition, lang))


def kiosk_purpose(petition: Petition, lang: str) -> str:
    """Shown above the kiosk's consent statement; part of what the consent hash covers."""
    parts = [digital_statement(petition, lang)]
    if petition.target == "commons" and PAPER in petition.routes:
        parts.append(paper_statement(petition, lang))
    return (" " if lang == "en" else "").join(parts)


def kiosk_privacy(petition: Petition, lang: str) -> str:
    """The kiosk's "Your privacy" text: where the signature goes, then the privacy notice.
    `Petition.consent_hash` covers both."""
    return kiosk_purpose(petition, lang) + "\n\n" + petition.privacy_notice.get(lang)


def saved_statement(petition: Petition, lang: str) -> str:
    """The thank-you screen's line about what the signature just saved is for."""
    text = _SAVED[petition.digital_use][lang]
    return text.format(mp=_mp(petition, lang), body=body_name(petition, lang))


def route_statements(petition: Petition, lang: str) -> list[str]:
    """Every route this petition takes, one sentence each (the notice handout, the bundle)."""
    out = []
    if PAPER in petition.routes:
        out.append(paper_statement(petition, lang))
    if KIOSK in petition.routes:
        out.append(digital_statement(petition, lang, on_screen=False))
    return out


def claims_formal(text: str) -> bool:
    folded = " ".join(text.split()).casefold()
    return any(claim in folded for claim in FORMAL_CLAIMS)
