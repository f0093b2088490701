"""The cover letter says what each kind of signer actually saw."""

from __future__ import annotations

from dataclasses import replace

from stallapp.domain.petition import Petition, Texts
from stallapp.printing import bundle, wording
from stallapp.printing.cover_letter import BundleInfo, cover_text


def info(petition: Petition) -> BundleInfo:
    return BundleInfo(
        petition, "The Member for Testshire", None, "2026-12-01", bundle.default_template()
    )


def test_paper_rows_are_not_said_to_have_ticked_consent(sample_petition: Petition) -> None:
    text = cover_text(info(sample_petition), 7, {"paper": 7})
    version = wording.short_version(sample_petition.notice_version())
    assert f"printed privacy notice (version {version})" in text
    assert "no consent box" in text
    assert "ticked" not in text and "explicit consent" not in text
    assert "handwritten sheets themselves are the formal petition" in text


def test_kiosk_rows_for_the_commons_are_a_supporters_list(sample_petition: Petition) -> None:
    text = cover_text(info(sample_petition), 3, {"kiosk": 3})
    assert "3 people signed on a tablet" in text and "explicit consent" in text
    assert "list of supporters" in text and "not part of a House of Commons petition" in text
    assert "paper sheets signed by hand" not in text


def test_mixed_rows_get_one_true_paragraph_each(sample_petition: Petition) -> None:
    council = replace(
        sample_petition,
        target="council",
        target_name="Sheffield City Council",
        digital_use="formal_petition",
        prayer=Texts({"en": "We ask Sheffield City Council to end its sister-city ties."}),
    )
    text = cover_text(info(council), 5, {"kiosk": 2, "paper": 3})
    assert "To Sheffield City Council:\n\nWe ask Sheffield City Council to end" in text
    assert "2 people signed on a tablet" in text and "3 entries were typed in" in text
    assert "added to the petition to Sheffield City Council" in text
    assert "House of Commons" not in text
