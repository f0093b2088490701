"""Paper petition sheets, checked on the PDF itself: fonts, text, serials, QR codes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import sheet_pdf as sheets
from stallapp.printing import wording

PAPER_PT = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


def _plan(petition: Petition, n: int) -> list[sheets.Sheet]:
    kinds = sheets.kinds_for(petition, n)
    return [sheets.Sheet(f"T3ST-{i:03d}", k) for i, k in enumerate(kinds, 1)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_commons_sheets_carry_structure_prayer_serials_and_qr(
    sample_petition: Petition, pdf, paper: str
) -> None:
    plan = _plan(sample_petition, 3)
    rendered = sheets.render(sample_petition, plan, paper)
    path = pdf.save(rendered.pdf, f"sheets-{paper}.pdf")

    fonts = pdf.fonts(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)

    width, height = pdf.page_size_pt(path)
    assert (round(width), round(height)) == tuple(round(v) for v in PAPER_PT[paper])

    pages = pdf.pages(path)
    assert len(pages) == 3
    top = pdf.squash(pages[0])
    for part in wording.commons_text(sample_petition, "en").parts():
        assert pdf.squash(part) in top
    for part in wording.commons_text(sample_petition, "zh-Hant").parts():
        assert pdf.squash(part) in top
    prayer_en = pdf.squash(wording.prayer(sample_petition, "en"))
    prayer_zh = pdf.squash(wording.prayer(sample_petition, "zh-Hant"))
    for page in pages:
        assert prayer_en in pdf.squash(page)
        assert prayer_zh in pdf.squash(page)
        version = wording.short_version(sample_petition.notice_version())
        assert f"Privacynotice:theprintednoticehandedoutwiththissheet,version{version}" in (
            pdf.squash(page)
        )
    # The opening words of the prayer appear once, not twice.
    assert pdf.squash(pages[1]).count("Thepetitionersthereforerequest") == 1

    serials = [s.serial for s in plan]
    found = [next(s for s in serials if s in page) for page in pages]
    assert found == serials

    codes = pdf.qr_codes(path)
    assert codes == [[sheets.qr_payload(sample_petition.content_hash, s)] for s in serials]
    assert rendered.rows[0] >= sheets.TOP_SHEET_ROWS
    assert all(n >= 12 for n in rendered.rows[1:]), rendered.rows


def test_sheets_name_no_stall_or_device(sample_petition: Petition, pdf) -> None:
    path = pdf.save(sheets.render(sample_petition, _plan(sample_petition, 2)).pdf)
    text = " ".join(pdf.pages(path))
    for word in ("Coventry", "Broadgate", "stall", "device"):
        assert word not in text


def test_council_sheets_repeat_full_text_with_live_work_study_column(
    sample_petition: Petition, pdf
) -> None:
    council = replace(
        sample_petition,
        target="council",
        target_name="Coventry City Council",
        live_work_study=True,
        prayer=replace(
            sample_petition.prayer,
            values={
                "en": "We ask the council to end its sister city link.",
                "zh-Hans": "我们请求市议会终止友好城市关系。",
            },
        ),
    )
    plan = _plan(council, 2)
    assert [s.kind for s in plan] == ["full", "full"]
    path = pdf.save(sheets.render(council, plan, "letter", chinese="zh-Hans").pdf)
    for page in pdf.pages(path):
        flat = pdf.squash(page)
        assert pdf.squash(council.text.get("en")) in flat
        assert "Weaskthecounciltoenditssistercitylink." in flat
        assert "我们请求市议会终止友好城市关系。" in flat
        assert "Live/work/studyhere?" in flat
        assert "CoventryCityCouncil" in flat


def test_english_only_petition_prints_without_chinese(sample_petition: Petition, pdf) -> None:
    english = replace(
        sample_petition,
        title=replace(sample_petition.title, values={"en": "A title"}),
        prayer=replace(sample_petition.prayer, values={"en": "end the tie."}),
    )
    assert wording.chinese_language(english) is None
    path = pdf.save(sheets.render(english, _plan(english, 2)).pdf)
    flat = pdf.squash(pdf.pages(path)[1])
    assert "ThepetitionersthereforerequestthattheHouseofCommonsendthetie." in flat
    assert "請願人" not in flat


def test_sheet_counts_out_of_range_are_refused(sample_petition: Petition) -> None:
    with pytest.raises(BadInput):
        sheets.kinds_for(sample_petition, 0)
    with pytest.raises(BadInput):
        sheets.kinds_for(sample_petition, sheets.MAX_SHEETS + 1)
    assert sheets.kinds_for(sample_petition, 2, top_sheet=False) == ["continuation"] * 2


def test_text_too_long_for_a_sheet_is_refused_not_overprinted(sample_petition: Petition) -> None:
    from stallapp.domain.petition import Texts

    long = replace(sample_petition, text=Texts({"en": "Words of the petition. " * 300}))
    with pytest.raises(BadInput, match="too long"):
        sheets.render(long, _plan(long, 1))
    long_prayer = replace(sample_petition, prayer=Texts({"en": "Please act now. " * 500}))
    with pytest.raises(BadInput, match="too long"):
        sheets.render(long_prayer, [sheets.Sheet("LONG-001", "continuation")])
