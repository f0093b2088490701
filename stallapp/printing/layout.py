"""Page sizes and the drawing helpers shared by sheets, flyers and bundles."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from stallapp import __version__
from stallapp.domain.errors import BadInput
from stallapp.printing import fonts

PAPERS = {"a4": A4, "letter": LETTER}
A5_SIZE = A5
MARGIN = 12 * mm


def paper(name: str) -> tuple[float, float]:
    try:
        return PAPERS[name.lower()]  # type: ignore[no-any-return]
    except KeyError:
        raise BadInput("The paper size must be a4 or letter.") from None


def new_canvas(target: object, size: tuple[float, float], title: str) -> Canvas:
    """A canvas with compression on and metadata that identifies no stall or person."""
    fonts.register()
    # Binary (Flate only) streams: smaller files, and no pure-Python ASCII85 encoding pass.
    rl_config.useA85 = 0
    c = Canvas(
        target,
        pagesize=size,
        pageCompression=1,
        invariant=1,
        initialFontName=fonts.LATIN,
        initialFontSize=10,
    )
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator(f"stallapp {__version__}")
    c.setProducer("stallapp")
    return c


def style(size: float, bold: bool = False, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        name=f"s{size}{bold}",
        fontName=fonts.LATIN_BOLD if bold else fonts.LATIN,
        fontSize=size,
        leading=leading or size * 1.35,
        alignment=TA_LEFT,
        wordWrap="CJK",
    )


def paragraph(
    text: str, size: float, bold: bool = False, leading: float | None = None
) -> Paragraph:
    return Paragraph(fonts.markup(text, bold), style(size, bold, leading))


def block_height(text: str, width: float, size: float, bold: bool = False) -> float:
    p = paragraph(text, size, bold)
    _, h = p.wrap(width, 10_000)
    return float(h)


def draw_block(
    c: Canvas, text: str, x: float, top: float, width: float, size: float, bold: bool = False
) -> float:
    """Draw wrapped text with its top at `top`; returns the y just below it."""
    p = paragraph(text, size, bold)
    _, h = p.wrap(width, 10_000)
    p.drawOn(c, x, top - h)
    return float(top - h)


def draw_blocks(
    c: Canvas,
    texts: tuple[str, ...] | list[str],
    x: float,
    top: float,
    width: float,
    size: float,
    gap: float = 2 * mm,
) -> float:
    for text in texts:
        top = draw_block(c, text, x, top, width, size) - gap
    return top


def fitting_size(
    texts: list[str], width: float, height: float, start: float, smallest: float = 6.5
) -> float:
    """The largest font size (from `start` down) at which the texts fit in the height."""
    size = start
    while size > smallest:
        total = sum(block_height(t, width, size) + 2 * mm for t in texts)
        if total <= height:
            return size
        size -= 0.5
    return smallest


def cut_mark(c: Canvas, x: float, y: float, length: float = 4 * mm) -> None:
    """A cross of thin lines centred on (x, y)."""
    c.saveState()
    c.setLineWidth(0.3)
    c.line(x - length, y, x + length, y)
    c.line(x, y - length, x, y + length)
    c.restoreState()
