"""The fixed wording of printed sheets, in English and Chinese, and the Commons structure.

House of Commons public petitions follow a set form (DOMAIN.md): "To the House of Commons",
"The petition of <petitioners>,", "Declares that <text>", the prayer "The petitioners
therefore request that the House of Commons <request>", "And the petitioners remain, etc."
A traditional form exists too ("To the Honourable the Commons ...", "Wherefore your
petitioners pray ..."); the prayer's own opening (`domain/prayer.py`) decides which form,
and whether one petitioner or several, so the opening prints once and the lines agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from stallapp.domain import prayer as prayer_rules
from stallapp.domain import routes
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
        "notice": "Seen by {who} and by later signers of this sheet.",
        "notice_handout": (
            "Privacy notice: the printed notice handed out with this sheet, version {v}."
        ),
        "notice_online": "Also online: {url}",
        "tracking": "Tracking mark for the organisers; not part of the petition",
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
        "notice": "本表格會交給{who}，其後的簽名者亦會看到。",
        "notice_handout": "私隱聲明：與本表格一併派發的印刷版聲明，版本 {v}。",
        "notice_online": "網上版本：{url}",
        "tracking": "供組織者追蹤之用，並非請願內容",
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
        "notice": "本表格会交给{who}，其后的签名者亦会看到。",
        "notice_handout": "隐私声明：与本表格一起派发的印刷版声明，版本 {v}。",
        "notice_online": "网上版本：{url}",
        "tracking": "供组织者追踪之用，不属于请愿内容",
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
_TRADITIONAL = {
    "to": "To the Honourable the Commons of the United Kingdom of Great Britain and Northern "
    "Ireland in Parliament assembled.",
    "petition_of": "The Humble Petition of {who},",
    "declares": "Sheweth that",
    "remain": "And your petitioners, as in duty bound, will ever pray, &c.",
    "remain_one": "And your petitioner, as in duty bound, will ever pray, &c.",
}
_REMAIN_ONE = "And the petitioner remains, etc."


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
    """The whole Commons prayer, with the House's opening words exactly once."""
    return prayer_rules.complete(petition.prayer.get(lang), lang).text


def request(petition: Petition, lang: str) -> str:
    """What the petition asks, as it heads a sheet or a bundle: the Commons prayer for a
    Commons petition, the organiser's own request to any other body."""
    if petition.target == "commons":
        return prayer(petition, lang)
    return petition.prayer.get(lang).strip()


def _english_form(petition: Petition) -> prayer_rules.Prayer:
    return prayer_rules.complete(petition.prayer.get("en"), "en")


def declares(petition: Petition, lang: str) -> str:
    text = petition.text.get(lang).strip()
    traditional = lang == "en" and _english_form(petition).style == prayer_rules.TRADITIONAL
    opening = _TRADITIONAL["declares"] if traditional else phrase(lang, "declares")
    for known in {opening, phrase(lang, "declares"), _TRADITIONAL["declares"]}:
        bare = known.casefold().rstrip("：")
        if text.casefold().startswith(bare) or (lang == "en" and text.casefold() == bare):
            return text
    if lang == "en" and text.casefold().startswith(("declares", "sheweth")):
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
    form = _english_form(petition)
    who = petition.petitioners.get(lang).strip()
    if lang == "en" and form.style == prayer_rules.TRADITIONAL:
        to = _TRADITIONAL["to"]
        petition_of = _TRADITIONAL["petition_of"].format(who=who)
        remain = _TRADITIONAL["remain_one" if form.singular else "remain"]
    else:
        to = phrase(lang, "to")
        petition_of = phrase(lang, "petition_of", who=who)
        remain = _REMAIN_ONE if lang == "en" and form.singular else phrase(lang, "remain")
    return CommonsText(
        to=to,
        petition_of=petition_of,
        declares=declares(petition, lang),
        prayer=prayer(petition, lang),
        remain=remain,
    )


def recipients(petition: Petition, lang: str) -> str:
    known = _RECIPIENTS.get(petition.target)
    if known:
        return known[lang]
    return petition.target_name


def short_version(version: str) -> str:
    """A notice version as printed: 12 hex digits in groups of four."""
    v = version[:12]
    return f"{v[:4]}-{v[4:8]}-{v[8:12]}"


def notice_lines(petition: Petition, lang: str) -> list[str]:
    """Under a sheet's table: who sees the sheet, and which privacy notice was shown."""
    lines = [
        phrase(lang, "notice", who=recipients(petition, lang)),
        phrase(lang, "notice_handout", v=short_version(petition.notice_version())),
    ]
    if petition.privacy_notice_url:
        lines.append(phrase(lang, "notice_online", url=petition.privacy_notice_url))
    return lines


def route_lines(petition: Petition, lang: str) -> list[str]:
    return routes.route_statements(petition, lang)
