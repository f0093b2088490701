"""The bundle's simplified signatures, rendered by poppler, cover the same pixels as the
unsimplified ink drawn from every captured point: the 0.2 mm budget holds on the page."""

from __future__ import annotations

import random
import subprocess
from datetime import date
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.units import mm

from stallapp.domain import ink as inklib
from stallapp.domain.petition import Petition
from stallapp.printing import bundle, bundle_pdf
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.printing.bundle_row import BundleRow
from stallapp.services import rehearsal

DPI = 300  # 0.2 mm is 2.4 pixels
REACH = 7  # a 7-pixel window: 3 pixels either way, the budget and a little anti-aliasing


def _rows() -> list[BundleRow]:
    rng = random.Random(21)
    rows = []
    for i in range(16):
        encode = inklib.encode if i % 4 else inklib.encode_v1  # both stored encodings
        rows.append(
            BundleRow(
                name=f"Signer {i}",
                address_lines=("1 Mill Road",),
                postcode="CV1 1LL",
                date="2026-11-28",
                city="Coventry",
                origin="kiosk",
                ink=encode(rehearsal.ink(rng)),
            )
        )
    return rows


def _page(petition: Petition, tmp_path: Path, tolerance: float | None, name: str) -> Image.Image:
    info = BundleInfo(
        petition, "Recipient", None, date.today().isoformat(), bundle.default_template()
    )
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(bundle_pdf.render(info, _rows(), tolerance=tolerance))
    prefix = tmp_path / name
    # Page 3: the first signature page (after the cover letter and the summary).
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-f", "3", "-l", "3", "-singlefile", "-png",
         str(path), str(prefix)],
        check=True,
    )  # fmt: skip
    with Image.open(prefix.with_suffix(".png")) as image:
        return image.convert("L")


def _stray(drawn: Image.Image, reference: Image.Image) -> int:
    """Dark pixels of `drawn` with no dark pixel of `reference` within REACH // 2."""
    near = reference.filter(ImageFilter.MinFilter(REACH))  # dark areas grown
    dark = drawn.point(lambda v: 255 if v < 100 else 0)
    far = near.point(lambda v: 255 if v > 200 else 0)
    return sum(ImageChops.multiply(dark, far).histogram()[255:])


def test_simplified_signatures_cover_the_captured_strokes(
    sample_petition: Petition, tmp_path: Path
) -> None:
    full = _page(sample_petition, tmp_path, None, "full")
    simple = _page(sample_petition, tmp_path, bundle_pdf.inkvector.TOLERANCE, "simple")
    difference = ImageChops.difference(full, simple).getbbox()
    assert difference is not None  # the two paths differ (the simplified one is shorter)
    inked = sum(full.point(lambda v: 255 if v < 100 else 0).histogram()[255:])
    assert inked > 16 * 100  # every row has a signature of many pixels
    assert _stray(simple, full) == 0
    assert _stray(full, simple) == 0
    # The comparison notices a drawing simplified beyond the budget: it is not vacuous.
    coarse = _page(sample_petition, tmp_path, 1.0 * mm, "coarse")
    assert _stray(full, coarse) > 0
