"""Posters and flyers: the QR decodes to the online URL; no URL, no flyer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import flyers


@pytest.mark.parametrize(
    ("fmt", "paper", "codes", "size_pt"),
    [
        ("a4-poster", "a4", 1, (595, 842)),
        ("a4-poster", "letter", 1, (612, 792)),
        ("a5", "a4", 1, (420, 595)),
        ("a6-cards", "a4", 4, (595, 842)),
        ("a6-cards", "letter", 4, (612, 792)),
    ],
)
def test_flyer_qr_decodes_to_online_url(
    sample_petition: Petition, pdf, fmt: str, paper: str, codes: int, size_pt: tuple[int, int]
) -> None:
    path = pdf.save(flyers.render(sample_petition, fmt, paper), f"{fmt}-{paper}.pdf")
    assert all(emb == "yes" for _, emb in pdf.fonts(path))
    width, height = pdf.page_size_pt(path)
    assert (round(width), round(height)) == size_pt
    assert pdf.qr_codes(path, dpi=100) == [[sample_petition.online_url] * codes]
    flat = pdf.squash(pdf.pages(path)[0])
    assert flat.count(pdf.squash(sample_petition.online_url or "")) == codes
    assert flat.count(pdf.squash(sample_petition.campaign_group or "")) == codes
    assert flat.count("保護在英港人免受跨國鎮壓") == codes
    assert flat.count("Scantosignthepetitiononline") == codes


def test_flyer_qr_uses_high_error_correction(sample_petition: Petition) -> None:
    from stallapp.printing import qr

    # Level H holds less data than M: the same URL needs a larger (or equal) symbol.
    url = sample_petition.online_url or ""
    assert len(qr.matrix(url, "H")) > len(qr.matrix(url, "M"))


def test_flyer_without_online_url_is_refused(sample_petition: Petition) -> None:
    with pytest.raises(BadInput, match="online_url"):
        flyers.render(replace(sample_petition, online_url=None), "a5")


def test_unknown_flyer_format_is_refused(sample_petition: Petition) -> None:
    with pytest.raises(BadInput, match="format"):
        flyers.render(sample_petition, "billboard")
