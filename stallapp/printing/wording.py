"""The fixed wording of printed sheets, in English and Chinese, and the Commons structure.

House of Commons public petitions follow a set form (DOMAIN.md): "To the House of Commons",
"The petition of <petitioners>,", "Declares that <text>", the prayer "The petitioners
therefore request that the House of Commons <request>", "And the petitioners remain, etc."
A petition file may hold the prayer with or without its opening words; both print once.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain.petition import Petition

CHINESE = ("zh-Hant", "zh-Hans")

_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "to": "To the House of Commons",
        "petition_of": "The petition of {who},",
        "declares": "Declares that",
        "request": "The petitioners therefore request that the House of Commons",
        "remain": "And the petitioners remain, etc.",
        "name": "Name",
        "address": "Address and postcode",
        "signature": "Signature",
        "lws": "Live / work / study here?",
        "sheet": "Sheet",
        "notice": "Seen by {who} and by later signers of this sheet. Privacy notice: {where}",
        "request_heading": "The petitioners request",
    },
    "zh-Hant": {
        "to": "致下議院",
        "petition_of": "{who}的請願書：",
        "declares": "聲明：",
        "request": "因此，請願人請求下議院",
        "remain": "請願人謹此陳情。",
        "name": "姓名",
        "address": "地址及郵編",
        "signature": "簽名",
        "lws": "在此居住／工作／讀書？",
        "sheet": "表格",
        "notice": "本表格會交給{who}，其後的簽名者亦會看到。私隱聲明：{where}",
        "request_heading": "請願人請求",
    },
    "zh-Hans": {
        "to": "致下议院",
        "petition_of": "{who}的请愿书：",
        "declares": "声明：",
        "request": "因此，请愿人请求下议院",
        "remain": "请愿人谨此陈情。",
        "name": "姓名",
        "address": "地址及邮编",
        "signature": "签名",
        "lws": "在此居住／工作／读书？",
        "sheet": "表格",
        "notice": "本表格会交给{who}，其后的签名者亦会看到。隐私声明：{where}",
        "request_heading": "请愿人请求",
    },
}
_RECIPIENTS = {
    "commons": {
        "en": "the MP who presents it and the House of Commons",
        "zh-Hant": "提交請願的國會議員及下議院",
        "zh-Hans": "提交请愿的国会议员及下议院",
    },
}
_ALREADY_OPENS = (
    "the petitioners therefore request",
    "因此，請願人請求",
    "因此，请愿人请求",
    "因此請願人請求",
    "因此请愿人请求",
    "請願人請求",
    "请愿人请求",
)


def phrase(lang: str, key: str, **values: str) -> str:
    return _PHRASES[lang][key].format(**values)


def chinese_language(petition: Petition, preferred: str = "zh-Hant") -> str | None:
    """The Chinese script to print beside English: the preferred one if the petition has it."""
    order = (preferred, *[c for c in CHINESE if c != preferred])
    for lang in order:
        if petition.prayer.has(lang) and petition.title.has(lang):
            return lang
    return None


def prayer(petition: Petition, lang: str) -> str:
    """The whole prayer, with the House's opening words exactly once."""
    text = petition.prayer.get(lang).strip()
    if text.casefold().startswith(_ALREADY_OPENS):
        return text
    joiner = " " if lang == "en" else ""
    return phrase(lang, "request") + joiner + text


def declares(petition: Petition, lang: str) -> str:
    text = petition.text.get(lang).strip()
    opening = phrase(lang, "declares")
    if text.casefold().startswith(opening.casefold().rstrip("：")):
        return text
    return opening + (" " if lang == "en" else "") + text


@dataclass(frozen=True)
class CommonsText:
    """The top sheet's full text in one language, part by part."""

    to: str
    petition_of: str
    declares: str
    prayer: str
    remain: str

    def parts(self) -> tuple[str, ...]:
        return (self.to, self.petition_of, self.declares, self.prayer, self.remain)


def commons_text(petition: Petition, lang: str) -> CommonsText:
    return CommonsText(
        to=phrase(lang, "to"),
        petition_of=phrase(lang, "petition_of", who=petition.petitioners.get(lang).strip()),
        declares=declares(petition, lang),
        prayer=prayer(petition, lang),
        remain=phrase(lang, "remain"),
    )


def recipients(petition: Petition, lang: str) -> str:
    known = _RECIPIENTS.get(petition.target)
    if known:
        return known[lang]
    return petition.target_name


def notice(petition: Petition, lang: str) -> str:
    """One line: who will see the sheet, and where to read the privacy notice."""
    where = petition.online_url or petition.controller_contact
    return phrase(lang, "notice", who=recipients(petition, lang), where=where)
