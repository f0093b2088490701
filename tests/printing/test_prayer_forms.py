"""Every prayer form the Commons guidance allows, printed in three languages and read back:
the opening appears once, and the request is whole."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain import prayer
from stallapp.domain.petition import Petition, Texts
from stallapp.printing import sheet_pdf as sheets
from stallapp.printing import wording

ASK_EN = "review every city partnership with China"
ASK_ZH_HANT = "檢視所有與中國的城市夥伴關係"
ASK_ZH_HANS = "审视所有与中国的城市合作关系"
WHOLE = "The petitioners therefore request that the House of Commons urge the Government to"
# (as written by the organiser, as it must print)
EN_FORMS = [
    (f"{WHOLE} {ASK_EN}.", f"{WHOLE} {ASK_EN}."),
    (
        f"The petitioner therefore requests that the House of Commons urge the Government to "
        f"{ASK_EN}.",
        None,
    ),
    (f"The petitioners therefore urge the House of Commons to {ASK_EN}.", None),
    (f"The petitioner therefore urges the House of Commons to {ASK_EN}.", None),
    (f"Wherefore your petitioners pray that your honourable House {ASK_EN}.", None),
    (f"Wherefore your petitioner prays that your honourable House {ASK_EN}.", None),
    (
        f"that the House of Commons urge the Government to {ASK_EN}.",
        f"{WHOLE} {ASK_EN}.",
    ),
    (
        f"urge the House of Commons to {ASK_EN}.",
        f"The petitioners therefore urge the House of Commons to {ASK_EN}.",
    ),
    (
        f"urge the Government to {ASK_EN}.",
        f"{WHOLE} {ASK_EN}.",
    ),
]
ZH_FORMS = {
    "zh-Hant": [
        (f"因此，請願人請求下議院促請政府{ASK_ZH_HANT}。", None),
        (f"請願人促請下議院要求政府{ASK_ZH_HANT}。", None),
        (f"促請下議院要求政府{ASK_ZH_HANT}。", f"因此，請願人促請下議院要求政府{ASK_ZH_HANT}。"),
        (f"下議院促請政府{ASK_ZH_HANT}。", f"因此，請願人請求下議院促請政府{ASK_ZH_HANT}。"),
        (f"促請政府{ASK_ZH_HANT}。", f"因此，請願人請求下議院促請政府{ASK_ZH_HANT}。"),
    ],
    "zh-Hans": [
        (f"因此，请愿人请求下议院敦促政府{ASK_ZH_HANS}。", None),
        (f"请愿人促请下议院要求政府{ASK_ZH_HANS}。", None),
        (f"促请下议院要求政府{ASK_ZH_HANS}。", f"因此，请愿人促请下议院要求政府{ASK_ZH_HANS}。"),
        (f"下议院敦促政府{ASK_ZH_HANS}。", f"因此，请愿人请求下议院敦促政府{ASK_ZH_HANS}。"),
        (f"敦促政府{ASK_ZH_HANS}。", f"因此，请愿人请求下议院敦促政府{ASK_ZH_HANS}。"),
    ],
}
OPENINGS_EN = ("petitionerstherefore", "petitionertherefore", "Whereforeyourpetitioner")
OPENINGS_ZH = ("請願人", "请愿人")


@pytest.mark.parametrize(("written", "printed"), EN_FORMS)
def test_english_prayer_is_completed_once(written: str, printed: str | None) -> None:
    assert prayer.complete(written, "en").text == (printed or written)


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_chinese_prayer_is_completed_once(lang: str) -> None:
    for written, printed in ZH_FORMS[lang]:
        assert prayer.complete(written, lang).text == (printed or written)


def _with(petition: Petition, en: str, zh: str, lang: str) -> Petition:
    return replace(petition, prayer=Texts({"en": en, lang: zh}))


CASES = [
    (i, lang)
    for lang in ("zh-Hant", "zh-Hans")
    for i in range(max(len(EN_FORMS), len(ZH_FORMS[lang])))
]


@pytest.mark.parametrize(("i", "lang"), CASES)
def test_every_form_prints_its_opening_once_in_three_languages(
    sample_petition: Petition, pdf, i: int, lang: str
) -> None:
    en_written, en_printed = EN_FORMS[i % len(EN_FORMS)]
    zh_written, zh_printed = ZH_FORMS[lang][i % len(ZH_FORMS[lang])]
    petition = _with(sample_petition, en_written, zh_written, lang)
    plan = [sheets.Sheet("PF-001", "top"), sheets.Sheet("PF-002", "continuation")]
    path = pdf.save(sheets.render(petition, plan, chinese=lang).pdf)
    pages = [pdf.squash(page) for page in pdf.pages(path)]
    en_whole = pdf.squash(en_printed or en_written)
    zh_whole = pdf.squash(zh_printed or zh_written)
    for page in pages:
        assert page.count(en_whole) == 1
        assert page.count(zh_whole) == 1
    continuation = pages[1]
    assert sum(continuation.count(o) for o in OPENINGS_EN) == 1
    assert sum(continuation.count(o) for o in OPENINGS_ZH) == 1
    # The top sheet's closing agrees with the prayer's form and number.
    form = prayer.complete(en_written, "en")
    remain = pdf.squash(wording.commons_text(petition, "en").remain)
    assert remain in pages[0]
    assert ("petitioner" + ("s" if not form.singular else "")) in remain
    if form.style == prayer.TRADITIONAL:
        assert "TotheHonourabletheCommons" in pages[0] and "HumblePetition" in pages[0]


def test_a_council_sheet_prints_the_council_request_without_commons_words(
    sample_petition: Petition, pdf
) -> None:
    council = replace(
        sample_petition,
        target="council",
        target_name="Sheffield City Council",
        prayer=Texts({"en": "We ask Sheffield City Council to end its sister-city ties."}),
    )
    path = pdf.save(sheets.render(council, [sheets.Sheet("C-1", "full")]).pdf)
    text = pdf.squash(pdf.pages(path)[0])
    assert "WeaskSheffieldCityCounciltoenditssister-cityties." in text
    assert "HouseofCommons" not in text.replace("notaHouseofCommons", "")
