"""The signature pages' repeated furniture, drawn once as PDF Form XObjects.

Every signature page of a bundle carries the same title, prayer, statement, column band
and column titles, and every full page the same row rules. Drawing them once as named
forms and placing each form with one operator per page keeps a bundle of thousands of
pages small and quick to write; the text inside a form still reads back as page text.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from stallapp.printing import fonts, layout

HEAD_FORM = "StallSignatureHead"
GRID_FORM = "StallSignatureGrid"
HEAD_BAND = 7 * mm
RULE_WIDTH = 0.3


@dataclass(frozen=True)
class Furniture:
    """Where the furniture of one signature-page layout goes."""

    page_h: float
    inner: float
    header: list[tuple[Paragraph, float]]
    xs: list[float]
    heads: list[str]
    table_top: float
    row_height: float
    per_page: int

    def define(self, c: Canvas) -> None:
        """Record both forms on the canvas (once per document, before any page uses them)."""
        c.beginForm(HEAD_FORM)
        self.draw_head(c)
        c.endForm()
        c.beginForm(GRID_FORM)
        c.setLineWidth(RULE_WIDTH)
        self.draw_rules(c, self.per_page)
        c.endForm()

    def place(self, c: Canvas, rows: int) -> None:
        """This page's furniture: the head form, and the grid form when the page is full."""
        c.doForm(HEAD_FORM)
        c.setLineWidth(RULE_WIDTH)
        if rows == self.per_page:
            c.doForm(GRID_FORM)
        else:
            self.draw_rules(c, rows)

    def draw_rules(self, c: Canvas, rows: int) -> None:
        """The rule under the column titles and one under each of `rows` rows."""
        left, right = layout.MARGIN, layout.MARGIN + self.inner
        y = self.table_top - HEAD_BAND
        c.line(left, y, right, y)
        for _ in range(rows):
            y -= self.row_height
            c.line(left, y, right, y)

    def draw_head(self, c: Canvas) -> None:
        y = self.page_h - layout.MARGIN
        for para, height in self.header:
            para.drawOn(c, layout.MARGIN, y - height)
            y -= height + 1.5 * mm
        top = self.table_top
        c.setFillGray(0.92)
        c.rect(layout.MARGIN, top - HEAD_BAND, self.inner, HEAD_BAND, stroke=0, fill=1)
        c.setFillGray(0)
        for x, head in zip(self.xs, self.heads, strict=False):
            fonts.draw(c, x + 1.2 * mm, top - 5 * mm, head, 8, bold=True)
