"""The printed privacy notice handout (A5 or A6), shown at the stall beside the paper sheets.

A paper signer never sees a screen, so this handout is the notice they were shown: paper
rows record its version (`Petition.notice_version`), which is printed on every page. One
language per page, in English, Traditional and Simplified Chinese, at a readable size
(9.5 pt on A5, 8 pt on A6; never smaller). A language that does not fit its page runs on.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A5, A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import LANGUAGES, Petition
from stallapp.printing import fonts, layout, wording

FORMATS = ("a5", "a6")
_SIZES = {"a5": (A5, 9.5, 10 * mm), "a6": (A6, 8.0, 7 * mm)}
SMALLEST_PT = 8.0
_WORDS = {
    "en": {
        "heading": "Privacy notice",
        "routes": "Where your signature goes",
        "notice": "Your data and your rights",
        "online": "Online: {url}",
        "version": "Notice version {v}",
    },
    "zh-Hant": {
        "heading": "私隱聲明",
        "routes": "你的簽名會交到哪裏",
        "notice": "你的資料及權利",
        "online": "網上版本：{url}",
        "version": "聲明版本 {v}",
    },
    "zh-Hans": {
        "heading": "隐私声明",
        "routes": "你的签名会交到哪里",
        "notice": "你的资料和权利",
        "online": "网上版本：{url}",
        "version": "声明版本 {v}",
    },
}


def words(lang: str, key: str, **values: str) -> str:
    return _WORDS[lang][key].format(**values)


def blocks(petition: Petition, lang: str) -> list[tuple[str, float, bool]]:
    """What one language's page holds, top to bottom: (text, size factor, bold)."""
    out: list[tuple[str, float, bool]] = [
        (words(lang, "heading"), 1.5, True),
        (petition.title.get(lang), 1.1, True),
        (words(lang, "routes"), 1.0, True),
    ]
    out += [(line, 1.0, False) for line in wording.route_lines(petition, lang)]
    out.append((words(lang, "notice"), 1.0, True))
    for line in petition.privacy_notice.get(lang).splitlines():
        if line.strip():
            out.append((line.strip(), 1.0, False))
    if petition.privacy_notice_url:
        out.append((words(lang, "online", url=petition.privacy_notice_url), 1.0, False))
    return out


class _Pages:
    def __init__(self, c: Canvas, size: tuple[float, float], margin: float, version: str):
        self.c = c
        self.w, self.h = size
        self.margin = margin
        self.inner = self.w - 2 * margin
        self.version = version
        self.lang = "en"
        self.y = 0.0

    def start(self, lang: str) -> None:
        self.lang = lang
        self.y = self.h - self.margin

    def footer(self) -> None:
        text = words(self.lang, "version", v=self.version)
        fonts.draw(self.c, self.margin, self.margin - 3 * mm, text, SMALLEST_PT)
        self.c.showPage()

    def block(self, text: str, size: float, bold: bool) -> None:
        height = layout.block_height(text, self.inner, size, bold)
        if self.y - height < self.margin + 2 * mm:
            self.footer()
            self.y = self.h - self.margin
        self.y = layout.draw_block(self.c, text, self.margin, self.y, self.inner, size, bold)
        self.y -= size * 0.45


def render(petition: Petition, fmt: str) -> bytes:
    """The handout's PDF: one page per language the petition has (more if one runs on)."""
    if fmt not in FORMATS:
        raise BadInput("The notice format must be a5 or a6.")
    size, body_pt, margin = _SIZES[fmt]
    version = wording.short_version(petition.notice_version())
    out = io.BytesIO()
    c = layout.new_canvas(out, size, "Privacy notice")
    pages = _Pages(c, size, margin, version)
    for lang in LANGUAGES:
        if lang != "en" and not (petition.privacy_notice.has(lang) and petition.title.has(lang)):
            continue
        pages.start(lang)
        for text, factor, bold in blocks(petition, lang):
            pages.block(text, body_pt * factor, bold)
        pages.footer()
    c.save()
    return out.getvalue()
