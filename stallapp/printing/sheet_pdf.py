"""Paper petition sheets: the Commons top sheet and continuation sheets, council sheets.

Every sheet carries, below its signature table and under a rule, who will see it and which
printed privacy notice (by version) goes with it, and, captioned as a tracking mark, its
serial and a small QR of (petition hash, serial). Nothing sits in or beside the petition
text, so nothing can be read as an insertion in it (docs/printing.md shows the layout).
Nothing on a sheet names the stall, the device or the day.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain.errors import BadInput
from stallapp.domain.petition import Petition
from stallapp.printing import fonts, layout, qr, wording

KINDS = ("top", "continuation", "full")
QR_PREFIX = "stallapp-sheet"
HASH_CHARS = 16
FOOTER = 30 * mm
QR_SIZE = 20 * mm
NOTICE_PT = 8.0  # the privacy lines: readable, not fine print
TOP_SHEET_ROWS = 4
ROW_HEIGHT = 14 * mm
MAX_SHEETS = 2000
TOO_LONG = (
    "The petition's text is too long to fit on a sheet with room for signatures; please shorten it."
)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    rows: list[int]  # signature rows on each sheet


@dataclass(frozen=True)
class Sheet:
    serial: str
    kind: str  # one of KINDS


def qr_payload(petition_hash: str, serial: str) -> str:
    """What the tracking QR holds: a prefix, the wording's hash (first 16 hex), the serial."""
    return f"{QR_PREFIX}:{petition_hash[:HASH_CHARS]}:{serial}"


def kinds_for(petition: Petition, count: int, top_sheet: bool = True) -> list[str]:
    """The kind of each of `count` sheets: Commons petitions open with one top sheet."""
    if not 1 <= count <= MAX_SHEETS:
        raise BadInput(f"The number of sheets must be between 1 and {MAX_SHEETS}.")
    if petition.target != "commons":
        return ["full"] * count
    if top_sheet:
        return ["top", *["continuation"] * (count - 1)]
    return ["continuation"] * count


ORGANISER_LABEL = {
    "en": "Petition organiser:",
    "zh-Hant": "請願發起人：",
    "zh-Hans": "请愿发起人：",
}


class _SheetPainter:
    def __init__(self, c: Canvas, petition: Petition, size: tuple[float, float], zh: str | None):
        self.c = c
        self.p = petition
        self.w, self.h = size
        self.zh = zh
        self.inner = self.w - 2 * layout.MARGIN
        self.rows_drawn = 0

    def langs(self) -> list[str]:
        return ["en", self.zh] if self.zh else ["en"]

    def label(self, key: str) -> str:
        return " / ".join(wording.phrase(lang, key) for lang in self.langs())

    # -- parts -------------------------------------------------------------------------------

    def footer(self, serial: str) -> None:
        """Below the signature table, under a rule: the privacy lines on the left, the
        tracking mark (QR and serial, captioned as such) on the right. Nothing here sits
        inside or beside the petition text, so it cannot be read as part of it."""
        c, m = self.c, layout.MARGIN
        rule = m + FOOTER - 3 * mm
        c.setLineWidth(0.4)
        c.line(m, rule, self.w - m, rule)
        qr_x = self.w - m - QR_SIZE
        qr.draw(c, qr_payload(self.p.content_hash, serial), qr_x, m + 2 * mm, QR_SIZE)
        caption_w = 38 * mm
        caption_x = qr_x - caption_w - 2 * mm
        y = rule - 2 * mm
        for lang in self.langs():
            y = layout.draw_block(
                c, wording.phrase(lang, "tracking"), caption_x, y, caption_w, NOTICE_PT - 1.5
            )
            y -= 1 * mm
        mark = f"{self.label('sheet')} {serial}"
        fonts.draw(c, caption_x, y - 3 * mm, fonts.fit(mark, 8, caption_w, bold=True), 8, True)
        text_w = caption_x - m - 4 * mm
        y = rule - 2 * mm
        for lang in self.langs():
            text = " ".join(wording.notice_lines(self.p, lang))
            y = layout.draw_block(c, text, m, y, text_w, NOTICE_PT) - 1.2 * mm

    def columns(
        self, per_lang: dict[str, list[str]], top: float, bottom: float, bold_first: bool = False
    ) -> float:
        """English and Chinese side by side between top and bottom; returns the lowest y."""
        langs = self.langs()
        gap = 6 * mm
        col_w = (self.inner - gap * (len(langs) - 1)) / len(langs)
        size = min(layout.fitting_size(per_lang[lang], col_w, top - bottom, 11.0) for lang in langs)
        for lang in langs:
            needed = sum(layout.block_height(t, col_w, size) + 2 * mm for t in per_lang[lang])
            if needed > top - bottom + 2 * mm:
                raise BadInput(TOO_LONG)
        lowest = top
        for i, lang in enumerate(langs):
            x = layout.MARGIN + i * (col_w + gap)
            first, *rest = per_lang[lang]
            y = layout.draw_block(self.c, first, x, top, col_w, size, bold=bold_first)
            y = layout.draw_blocks(self.c, rest, x, y - 2 * mm, col_w, size)
            lowest = min(lowest, y)
        return lowest

    def rows(self, top: float, count: int | None = None) -> None:
        """The numbered signature table from `top` down to the footer."""
        c, m = self.c, layout.MARGIN
        bottom = m + FOOTER
        lws = self.p.live_work_study
        no_w, name_w, sig_w, lws_w = 9 * mm, 46 * mm, 48 * mm, (28 * mm if lws else 0)
        addr_w = self.inner - no_w - name_w - sig_w - lws_w
        xs = [m, m + no_w, m + no_w + name_w, m + no_w + name_w + addr_w]
        if lws:
            xs.append(xs[-1] + lws_w)
        xs.append(m + self.inner)
        headers = ["#", self.label("name"), self.label("address")]
        if lws:
            headers.append(self.label("lws"))
        headers.append(self.label("signature"))
        head_h = 9 * mm
        for i, text in enumerate(headers):
            cell_w = xs[i + 1] - xs[i] - 2 * mm
            head_h = max(head_h, layout.block_height(text, cell_w, 7) + 2.5 * mm)
        fit_rows = int((top - head_h - bottom) // ROW_HEIGHT)
        n = fit_rows if count is None else min(count, fit_rows)
        if n < 1:
            raise BadInput(TOO_LONG)
        table_bottom = top - head_h - n * ROW_HEIGHT
        c.setLineWidth(0.5)
        c.rect(m, table_bottom, self.inner, top - table_bottom)
        c.setFillGray(0.92)
        c.rect(m, top - head_h, self.inner, head_h, stroke=1, fill=1)
        c.setFillGray(0)
        for i, text in enumerate(headers):
            cell_w = xs[i + 1] - xs[i] - 2 * mm
            layout.draw_block(c, text, xs[i] + 1 * mm, top - 1 * mm, cell_w, 7)
        for x in xs[1:-1]:
            c.line(x, table_bottom, x, top)
        c.setLineWidth(0.3)
        for r in range(n):
            y = top - head_h - (r + 1) * ROW_HEIGHT
            c.line(m, y, m + self.inner, y)
            fonts.draw(c, m + 2 * mm, y + ROW_HEIGHT - 5 * mm, str(r + 1), 9)
        self.rows_drawn = n

    def organiser(self, lang: str) -> list[str]:
        """A council's paper petition names its organiser, with contact details and address."""
        lines = self.p.organiser_lines()
        if not lines or self.p.target == "commons":
            return []
        return [ORGANISER_LABEL[lang] + " " + ", ".join(lines)]

    # -- page kinds ---------------------------------------------------------------------------

    def top_sheet(self, serial: str) -> None:
        texts = {lang: list(wording.commons_text(self.p, lang).parts()) for lang in self.langs()}
        top = self.h - layout.MARGIN
        rows_room = 9 * mm + TOP_SHEET_ROWS * ROW_HEIGHT + 6 * mm
        lowest = self.columns(texts, top, layout.MARGIN + FOOTER + rows_room)
        self.rows(lowest - 4 * mm)
        self.footer(serial)

    def continuation(self, serial: str) -> None:
        top = self.h - layout.MARGIN
        for lang in self.langs():
            top = layout.draw_block(
                self.c, wording.prayer(self.p, lang), layout.MARGIN, top, self.inner, 9
            )
            top -= 2.5 * mm
        self.rows(top - 2 * mm)
        self.footer(serial)

    def full(self, serial: str) -> None:
        texts = {
            lang: [
                self.p.title.get(lang),
                wording.phrase(lang, "to") if self.p.target == "commons" else self.p.target_name,
                self.p.text.get(lang),
                wording.request(self.p, lang),
                *self.organiser(lang),
            ]
            for lang in self.langs()
        }
        top = self.h - layout.MARGIN
        rows_room = 9 * mm + 6 * ROW_HEIGHT + 6 * mm
        lowest = self.columns(texts, top, layout.MARGIN + FOOTER + rows_room, bold_first=True)
        self.rows(lowest - 4 * mm)
        self.footer(serial)


def render(
    petition: Petition,
    sheets: list[Sheet],
    paper: str = "a4",
    chinese: str = "zh-Hant",
    progress: Callable[[int, int], None] | None = None,
) -> Rendered:
    """The PDF of the given sheets, one page each, in order. `progress(done, total)` is
    called before each sheet (it may raise to stop)."""
    if not sheets:
        raise BadInput("There are no sheets to print.")
    size = layout.paper(paper)
    zh = wording.chinese_language(petition, chinese)
    out = io.BytesIO()
    c = layout.new_canvas(out, size, petition.title.get("en"))
    rows = []
    for done, sheet in enumerate(sheets):
        if progress is not None:
            progress(done, len(sheets))
        if sheet.kind not in KINDS:
            raise ValueError("unknown sheet kind")
        painter = _SheetPainter(c, petition, size, zh)
        getattr(painter, sheet.kind if sheet.kind != "top" else "top_sheet")(sheet.serial)
        rows.append(painter.rows_drawn)
        c.showPage()
    c.save()
    return Rendered(out.getvalue(), rows)
