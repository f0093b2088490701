"""The submission bundle's PDF: cover letter, summary page, signature pages.

Signature pages repeat the title and prayer at the top, then rows of name, address,
postcode, the drawn signature as simplified vector strokes, date and city. Every page
says these are electronic signatures, not a House of Commons paper petition.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from stallapp.domain import ink as inklib
from stallapp.domain import routes
from stallapp.domain.errors import StallappError
from stallapp.domain.petition import Petition
from stallapp.printing import fonts, inkpage, inkvector, layout, pagetext, wording
from stallapp.printing.bundle_furniture import Furniture
from stallapp.printing.bundle_row import BundleRow
from stallapp.printing.cover_letter import PLACEHOLDERS, BundleInfo, cover_text

__all__ = ["PLACEHOLDERS", "BundleInfo", "cover_text", "render"]

Progress = Callable[[int, int], None]
InkReader = Callable[[list[int]], dict[int, bytes]]  # ink ids -> their ink
ROW_HEIGHT = 12 * mm
STATEMENT = {
    "en": "Signatures collected by a campaign group (typed from paper sheets, or drawn on a "
    "tablet): this is not a House of Commons paper petition.",
    "zh-Hant": "由團體收集的簽名（由紙本表格輸入，或在平板電腦上簽署）：並非下議院紙本請願。",
    "zh-Hans": "由团体收集的签名（由纸质表格录入，或在平板电脑上签署）：并非下议院纸质请愿。",
}
CONNECTION_LABELS = {"live": "Lives there", "work": "Works there", "study": "Studies there"}
COUNCIL_STATEMENT = {
    "en": "Signatures to the petition to {body}, collected by a campaign group: "
    "typed from paper sheets signed by hand, or drawn on a tablet.",
    "zh-Hant": "致{body}請願的簽名，由團體收集：由親筆簽署的紙本表格輸入，或在平板電腦上簽署。",
    "zh-Hans": "致{body}请愿的签名，由团体收集：由亲笔签署的纸质表格录入，或在平板电脑上签署。",
}


def statement(p: Petition, lang: str) -> str:
    """The line heading the summary and every signature page: what these rows are."""
    if p.target == "commons":
        return STATEMENT[lang]
    return COUNCIL_STATEMENT[lang].format(body=p.target_name)


class _Flow:
    """Text flowing down pages, breaking to a new page when the next block does not fit."""

    def __init__(self, c: Canvas, size: tuple[float, float]) -> None:
        self.c = c
        self.w, self.h = size
        self.inner = self.w - 2 * layout.MARGIN
        self.y = self.h - layout.MARGIN

    def block(self, text: str, size: float = 10, bold: bool = False, gap: float = 3 * mm) -> None:
        height = layout.block_height(text, self.inner, size, bold)
        if self.y - height < layout.MARGIN:
            self.c.showPage()
            self.y = self.h - layout.MARGIN
        self.y = layout.draw_block(self.c, text, layout.MARGIN, self.y, self.inner, size, bold)
        self.y -= gap

    def table(self, heading: str, counts: list[tuple[str, int]]) -> None:
        self.block(heading, 11, bold=True, gap=1.5 * mm)
        for label, n in counts:
            if self.y - 5 * mm < layout.MARGIN:
                self.c.showPage()
                self.y = self.h - layout.MARGIN
            self.y -= 4.5 * mm
            fonts.draw(self.c, layout.MARGIN + 4 * mm, self.y, fonts.fit(label, 9.5, 120 * mm), 9.5)
            text = f"{n:,}"
            fonts.draw(self.c, layout.MARGIN + 150 * mm - fonts.width(text, 9.5), self.y, text, 9.5)
        self.y -= 5 * mm


def _summary(flow: _Flow, info: BundleInfo, rows: list[BundleRow], zh: str | None) -> None:
    p = info.petition
    flow.block("Summary" + (" / 摘要" if zh else ""), 16, bold=True)
    for lang in ["en", zh] if zh else ["en"]:
        flow.block(statement(p, lang), 9.5, bold=True, gap=1.5 * mm)
    flow.block(p.title.get("en"), 11, bold=True, gap=1 * mm)
    if zh:
        flow.block(p.title.get(zh), 11, gap=3 * mm)
    flow.block(f"For: {info.recipient}. Prepared on {info.today}.", 10)
    organiser = p.organiser_lines()
    if organiser:
        flow.block("Petition organiser: " + ", ".join(organiser), 10)
    origins = Counter(r.origin for r in rows)
    flow.table(
        "Totals",
        [
            ("All signatures", len(rows)),
            ("Drawn on a tablet at a stall (kiosk)", origins.get("kiosk", 0)),
            ("Paper entries typed in by volunteers", origins.get("paper", 0)),
        ],
    )
    if origins.get("kiosk"):
        flow.block(
            "Kiosk: " + routes.digital_statement(p, "en", on_screen=False), 9.5, gap=1.5 * mm
        )
    if origins.get("paper"):
        version = wording.short_version(p.notice_version())
        flow.block(
            f"Paper: signed by hand; printed privacy notice version {version} shown at the "
            "stall; no consent box on the sheet.",
            9.5,
        )
    if info.council_epetition is not None:
        count, day = info.council_epetition
        flow.table(
            "The council's own e-petition (shown apart, not added to the totals above)",
            [(f"Signatures on its site on {day}, as its page showed", count)],
        )
    if p.live_work_study:
        links = Counter(r.connection or "Not given" for r in rows)
        flow.table(
            f"Connection to the area ({p.target_name})",
            [
                (CONNECTION_LABELS.get(k, k), links[k])
                for k in (*CONNECTION_LABELS, "Not given")
                if links.get(k)
            ],
        )
    dates = sorted(r.date for r in rows)
    if dates:
        flow.block(f"Collected from {dates[0]} to {dates[-1]}.", 10)
    flow.table("By city", sorted(Counter(r.city or "(not recorded)" for r in rows).items()))
    seats = Counter(r.constituency for r in rows if r.constituency)
    if seats:
        known = sorted(seats.items())
        unknown = len(rows) - sum(seats.values())
        flow.table("By constituency (where known)", [*known, ("Not known", unknown)])
    wards = Counter(r.ward for r in rows if r.ward)
    if wards:
        unknown = len(rows) - sum(wards.values())
        flow.table(
            "By council ward (where known)", [*sorted(wards.items()), ("Not known", unknown)]
        )
    if info.lookup_release:
        flow.block(
            f"Constituencies and wards from the postcode directory {info.lookup_release}.", 9
        )
    flow.table("By date", sorted(Counter(dates).items()))


class _SignaturePages:
    def __init__(
        self, c: Canvas, info: BundleInfo, size: tuple[float, float], zh: str | None
    ) -> None:
        self.c = c
        self.w, self.h = size
        self.inner = self.w - 2 * layout.MARGIN
        p = info.petition
        langs = ["en", zh] if zh else ["en"]
        texts: list[tuple[str, float, bool]] = [(p.title.get(lang), 9.5, True) for lang in langs]
        texts += [(wording.request(p, lang), 7.5, False) for lang in langs]
        texts += [(" / ".join(statement(p, lang) for lang in langs), 7.5, True)]
        # Wrapped once, drawn on every page.
        self.header = []
        for text, font_size, bold in texts:
            para = layout.paragraph(text, font_size, bold)
            _, height = para.wrap(self.inner, 10_000)
            self.header.append((para, float(height)))
        self.header_h = sum(h + 1.5 * mm for _, h in self.header) + 2 * mm
        extra = self.inner - 186 * mm
        self.lws = p.live_work_study
        address = 44 + extra / mm - (14 if self.lws else 0)
        self.heads = ["#", "Name", "Address", "Postcode"]
        widths = [9, 36, address, 18]
        if self.lws:
            self.heads.append("L/W/S")
            widths.append(14)
        self.heads += ["Signature", "Date", "City"]
        widths += [40, 20, 19]
        self.xs = [layout.MARGIN]
        for width in widths:
            self.xs.append(self.xs[-1] + width * mm)
        self.table_top = self.h - layout.MARGIN - self.header_h
        usable = self.table_top - 7 * mm - (layout.MARGIN + 8 * mm)
        self.per_page = max(1, int(usable // ROW_HEIGHT))
        self.furniture = Furniture(
            self.h,
            self.inner,
            self.header,
            self.xs,
            self.heads,
            self.table_top,
            ROW_HEIGHT,
            self.per_page,
        )
        self.furniture.define(c)

    def page(
        self,
        rows: list[BundleRow],
        first: int,
        number: int,
        total: int,
        tol: float | None,
        inks: InkReader | None = None,
    ) -> None:
        c = self.c
        if inks is not None:  # this page's ink, read now: never the whole bundle's at once
            wanted = [r.ink_id for r in rows if r.ink is None and r.ink_id is not None]
            found = inks(wanted) if wanted else {}
            rows = [replace(r, ink=found.get(r.ink_id)) if r.ink_id in found else r for r in rows]
        self.furniture.place(c, len(rows))
        text = pagetext.PageText(c)
        ink = inkpage.PageInk(c)
        y = self.table_top - 7 * mm
        for i, row in enumerate(rows):
            self.row(row, first + i, y - ROW_HEIGHT, tol, text, ink)
            y -= ROW_HEIGHT
        footer = f"Signature page {number} of {total}"
        text.add(self.w / 2 - pagetext.width(footer, 8) / 2, layout.MARGIN, footer, 8)
        text.flush()  # the page's cells, as one text object
        ink.flush()  # then its signatures, as one block

    def row(
        self,
        row: BundleRow,
        number: int,
        y: float,
        tol: float | None,
        page_text: pagetext.PageText,
        ink: inkpage.PageInk,
    ) -> None:
        c, xs = self.c, self.xs

        def cell(i: int, text: str, dy: float = 0.0, size: float = 8.0) -> None:
            room = xs[i + 1] - xs[i] - 2 * mm
            page_text.add_fitted(xs[i] + 1.2 * mm, y + ROW_HEIGHT - 4.5 * mm - dy, text, size, room)

        cell(0, str(number))
        cell(1, row.name)
        lines = row.address_lines
        if lines:
            cell(2, lines[0])
            if len(lines) > 1:
                cell(2, ", ".join(lines[1:]), dy=3.6 * mm)
        cell(3, row.postcode)
        sig = 5 if self.lws else 4
        if self.lws:
            cell(4, row.connection or "-", size=7.5)
        cell(sig + 1, row.date, size=7.5)
        cell(sig + 2, row.city, size=7.5)
        box = (
            xs[sig] + 1 * mm,
            y + 0.8 * mm,
            xs[sig + 1] - xs[sig] - 2 * mm,
            ROW_HEIGHT - 1.6 * mm,
        )
        if row.ink:
            try:
                if tol is None:  # unsimplified strokes (the benchmark's comparison)
                    inkvector.draw(c, inklib.decode(row.ink), *box, tolerance=None)
                else:
                    ink.add_blob(row.ink, *box, tolerance=tol)
            except StallappError:
                cell(sig, "(signature data damaged)", size=7)
        elif row.origin == "paper":
            cell(sig, f"paper sheet {row.sheet_serial or '?'} row {row.sheet_row or '?'}", size=6.5)


def render(
    info: BundleInfo,
    rows: list[BundleRow],
    progress: Progress | None = None,
    tolerance: float | None = inkvector.TOLERANCE,
    inks: InkReader | None = None,
) -> bytes:
    """The whole bundle PDF. `tolerance=None` draws every captured point (the baseline).
    Rows whose ink is None but have an `ink_id` get it from `inks`, a page at a time."""
    size = layout.paper(info.paper)
    zh = wording.chinese_language(info.petition, info.chinese)
    out = io.BytesIO()
    c = layout.new_canvas(out, size, "Submission bundle")
    flow = _Flow(c, size)
    by_origin = Counter(r.origin for r in rows)
    for paragraph in cover_text(info, len(rows), by_origin).split("\n\n"):
        flow.block(paragraph.strip("\n"), 10.5)
    c.showPage()
    flow = _Flow(c, size)
    _summary(flow, info, rows, zh)
    c.showPage()
    pages = _SignaturePages(c, info, size, zh)
    total = max(1, math.ceil(len(rows) / pages.per_page))
    for n in range(total):
        chunk = rows[n * pages.per_page : (n + 1) * pages.per_page]
        pages.page(chunk, n * pages.per_page + 1, n + 1, total, tolerance, inks)
        c.showPage()
        if progress is not None:
            progress(n + 1, total)
    c.save()
    return out.getvalue()
