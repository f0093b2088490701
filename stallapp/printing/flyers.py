"""Posters and flyers: a bilingual title, a call to sign, a large QR to the online petition.

The QR uses error correction H (30% of it may be damaged or dirty and it still reads) and
is at least a third of the card's width, so a poster's code scans from a metre away.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import fonts, layout, qr, wording

FORMATS = ("a4-poster", "a5", "a6-cards")
CALL = {
    "en": "Scan to sign the petition online",
    "zh-Hant": "掃描二維碼，網上聯署請願",
    "zh-Hans": "扫描二维码，网上联署请愿",
}


def _fitted(text: str, width: float, start: float, max_height: float, bold: bool) -> float:
    size = start
    while size > 6 and layout.block_height(text, width, size, bold) > max_height:
        size -= 0.5
    return size


def draw_card(
    c: Canvas, petition: Petition, x: float, y: float, w: float, h: float, zh: str | None
) -> None:
    """One flyer in the box (x, y, w, h): everything scales with the box."""
    url = petition.online_url or ""
    pad = max(6 * mm, w * 0.06)
    inner = w - 2 * pad
    unit = w / (210 * mm)  # 1.0 on an A4 poster
    top = y + h - pad
    langs = ["en", zh] if zh else ["en"]
    for lang in langs:
        text = petition.title.get(lang)
        size = _fitted(text, inner, 30 * unit, h * 0.12, bold=True)
        top = layout.draw_block(c, text, x + pad, top, inner, size, bold=True) - 3 * mm * unit
    call = "  ·  ".join(CALL[lang] for lang in langs)
    size = _fitted(call, inner, 18 * unit, h * 0.06, bold=False)
    top = layout.draw_block(c, call, x + pad, top - 2 * mm * unit, inner, size) - 4 * mm * unit
    bottom_room = 24 * mm * unit
    qr_size = min(inner * 0.8, top - (y + pad + bottom_room))
    qr_size = max(qr_size, 30 * mm * min(unit, 1.0))
    qr.draw(c, url, x + (w - qr_size) / 2, top - qr_size, qr_size, level="H")
    top -= qr_size + 2 * mm * unit
    url_size = min(14 * unit, 14.0)
    while url_size > 6 and fonts.width(url, url_size) > inner:
        url_size -= 0.5
    fonts.draw_centred(c, x + w / 2, top - url_size, url, url_size)
    if petition.campaign_group:
        group = fonts.fit(petition.campaign_group, 11 * unit, inner)
        fonts.draw_centred(c, x + w / 2, y + pad, group, 11 * unit, bold=True)


def _cards(c: Canvas, petition: Petition, size: tuple[float, float], zh: str | None) -> None:
    w, h = size
    cw, ch = w / 2, h / 2
    for col in range(2):
        for row in range(2):
            draw_card(c, petition, col * cw, row * ch, cw, ch, zh)
    # Cut marks: crosses where the cards meet, ticks on the page edges.
    layout.cut_mark(c, cw, ch)
    c.saveState()
    c.setLineWidth(0.3)
    tick = 5 * mm
    for x, y, dx, dy in ((cw, 0, 0, tick), (cw, h, 0, -tick), (0, ch, tick, 0), (w, ch, -tick, 0)):
        c.line(x, y, x + dx, y + dy)
    c.restoreState()


def render(petition: Petition, fmt: str, paper: str = "a4", chinese: str = "zh-Hant") -> bytes:
    if fmt not in FORMATS:
        raise BadInput("The flyer format must be one of: " + ", ".join(FORMATS) + ".")
    if not petition.online_url:
        raise BadInput(
            "This petition has no online_url, so there is nothing for a QR code to point to. "
            "Add online_url to the petition file first."
        )
    zh = wording.chinese_language(petition, chinese)
    size = layout.A5_SIZE if fmt == "a5" else layout.paper(paper)
    out = io.BytesIO()
    c = layout.new_canvas(out, size, petition.title.get("en"))
    if fmt == "a6-cards":
        _cards(c, petition, size, zh)
    else:
        draw_card(c, petition, 0, 0, size[0], size[1], zh)
    c.showPage()
    c.save()
    return out.getvalue()
