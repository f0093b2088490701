"""Embedded TrueType fonts for every printed PDF, and text split into per-font runs.

ReportLab's base-14 fonts are not embedded, and no single free TrueType font here covers
both Latin and Chinese well, so text is cut into runs: characters the Latin font (DejaVu
Sans) has are set in it, everything else in Droid Sans Fallback (CJK). Both are embedded
as subsets, so `pdffonts` lists every font as embedded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from stallapp.system.resources import resource

LATIN = "StallSans"
LATIN_BOLD = "StallSans-Bold"
CJK = "StallCJK"
_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}


@cache
def register() -> None:
    """Register the fonts with ReportLab (once per process)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)


@cache
def _latin_chars() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(LATIN)
    return frozenset(font.face.charToGlyph)


@cache
def _cjk_chars() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)


def unprintable(text: str) -> str:
    """The characters of `text` that neither embedded font has (they would print as boxes)."""
    latin, cjk = _latin_chars(), _cjk_chars()
    missing = {ch for ch in text if ord(ch) not in latin and ord(ch) not in cjk and ch != "\n"}
    return "".join(sorted(missing))


def latin_only(text: str) -> bool:
    """Whether the Latin font has every character of `text` (so it is one run)."""
    return _latin_chars().issuperset(map(ord, text))


def runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """(font name, text) pieces of `text`, each piece set in one font."""
    latin = _latin_chars()
    latin_font = LATIN_BOLD if bold else LATIN
    if latin.issuperset(map(ord, text)):  # all in the Latin font: one run (or none)
        if text:
            yield latin_font, text
        return
    current: str | None = None
    piece: list[str] = []
    for ch in text:
        # Spaces stay with the run they are in, so Chinese text keeps one font.
        font = current if ch == " " and current else (latin_font if ord(ch) in latin else CJK)
        if font != current and piece:
            yield current or latin_font, "".join(piece)
            piece = []
        current = font
        piece.append(ch)
    if piece:
        yield current or latin_font, "".join(piece)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain `text`: escaped, with a font tag per run, newlines kept."""
    lines = []
    for line in text.split("\n"):
        lines.append(
            "".join(f'<font name="{font}">{escape(part)}</font>' for font, part in runs(line, bold))
        )
    return "<br/>".join(lines)


def width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text, bold)))


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw one line of text at (x, y) on a ReportLab canvas; returns the width drawn."""
    start = x
    for font, part in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, font, size)
    return x - start


def draw_centred(
    canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False
) -> None:
    draw(canvas, x - width(text, size, bold) / 2, y, text, size, bold)


def fit(
    text: str,
    size: float,
    max_width: float,
    bold: bool = False,
    measure: Callable[[str, float, bool], float] | None = None,
) -> str:
    """`text` cut (with an ellipsis) so that it fits in max_width at `size`, measured with
    `measure` (default: `width`)."""
    measure = measure or width
    if measure(text, size, bold) <= max_width:
        return text
    while text and measure(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text + "…"
