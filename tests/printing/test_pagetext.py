"""A page's text cells written as one text object read exactly and look as ReportLab's
drawString writes them, and are measured to the same float."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from stallapp.printing import fonts, pagetext

LINES = [
    "Ada Chan",
    "陳大文 Chan Tai Man",
    "Zoë O'Brien (flat 2) \\ back",
    "12 Mill Road, Earlsdon, Coventry",
    "",
    "CV1 1LL",
    "聯署 签名 ½ — €",
    "\u00a0non-breaking",
]

text = st.text(st.sampled_from("Aa zZ0(\\)é陳聯署签€½\u00a0\u2603\U0001f600-"), max_size=30)


@given(text, st.sampled_from([6.5, 7.5, 8.0, 9.5]), st.booleans())
@settings(max_examples=200, deadline=None)
def test_widths_are_reportlabs(value: str, size: float, bold: bool) -> None:
    fonts.register()
    for name, part in fonts.runs(value, bold):
        assert pagetext.run_width(name, part, size) == pdfmetrics.stringWidth(part, name, size)
    assert pagetext.width(value, size, bold) == fonts.width(value, size, bold)
    assert pagetext.fit(value, size, 40.0, bold) == fonts.fit(value, size, 40.0, bold)


@given(text, st.booleans())
def test_runs_keep_their_meaning(value: str, bold: bool) -> None:
    pieces = list(fonts.runs(value, bold))
    assert "".join(part for _, part in pieces) == value
    assert all(part for _, part in pieces)


def _pdf(draw: str, tmp_path: Path) -> Path:
    out = io.BytesIO()
    c = Canvas(out, pageCompression=1)
    fonts.register()
    queued = pagetext.PageText(c)
    for i, line in enumerate(LINES + LINES):  # the second time from the learnt codes
        x, y, size, bold = 40.0 + i, 780.0 - 30 * i, 8.0 + i % 3, i % 2 == 1
        if draw == "queued":
            queued.add(x, y, line, size, bold)
        else:
            fonts.draw(c, x, y, line, size, bold)
    queued.flush()
    c.showPage()
    c.save()
    path = tmp_path / f"{draw}.pdf"
    path.write_bytes(out.getvalue())
    return path


def _image(path: Path) -> Image.Image:
    prefix = path.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-singlefile", "-png", str(path), str(prefix)],
        check=True,
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        return image.convert("L")


def test_queued_text_reads_and_looks_as_drawstring(tmp_path: Path) -> None:
    queued, direct = _pdf("queued", tmp_path), _pdf("direct", tmp_path)

    def words(path: Path) -> str:
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
        ).stdout

    assert words(queued) == words(direct)
    assert "陳大文 Chan Tai Man" in words(queued)
    a, b = _image(queued), _image(direct)
    assert a.point(lambda v: 255 - v).getbbox() is not None  # something was drawn
    # Cells are placed to 0.01 pt (ReportLab writes more digits), so an anti-aliased edge
    # may differ by a shade; a glyph moved by a fifth of a point differs by more (checked).
    _, most = ImageChops.difference(a, b).getextrema()
    assert most < 100


@given(st.lists(st.tuples(text, st.floats(0, 120)), max_size=12), st.sampled_from([6.5, 8.0]))
@settings(max_examples=100, deadline=None)
def test_a_fitted_cell_is_queued_as_add_of_fit_queues_it(
    cells: list[tuple[str, float]], size: float
) -> None:
    """`add_fitted` (one measurement when a Latin text fits) queues exactly what
    `add(fit(...))` queues, for texts that fit, texts cut short and mixed scripts."""
    fonts.register()
    c = Canvas(io.BytesIO())
    once, twice = pagetext.PageText(c), pagetext.PageText(c)
    for i, (value, room) in enumerate(cells):
        once.add_fitted(10.0, 20.0 * i, value, size, room)
        twice.add(10.0, 20.0 * i, pagetext.fit(value, size, room), size)
    assert once._parts == twice._parts
