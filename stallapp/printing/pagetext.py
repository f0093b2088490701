"""Many short lines of text written into a page as one text object.

The bundle's signature pages carry about a hundred short cells each (number, name,
address, postcode, date, city). ReportLab's `drawString` builds a text object, formats
every number through its own float formatter and measures the text again for each cell;
here a page's cells are queued and written as one `BT ... ET` block, with the font set
only when it changes and each cell placed by its own text matrix. The fonts, their
subsets and the text's bytes are ReportLab's own (`splitString`), so the text reads back
(pdftotext) exactly as `fonts.draw` writes it.
"""

from __future__ import annotations

import weakref
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from stallapp.printing import fonts


class _Widths(dict[str, float]):
    """Glyph advance widths of one font by character, in 1/1000 of the font size, as
    ReportLab measures them (a character the font lacks takes its default width)."""

    def __init__(self, name: str) -> None:
        face = pdfmetrics.getFont(name).face
        super().__init__((chr(code), w) for code, w in face.charWidths.items())
        self.default = face.defaultWidth

    def __missing__(self, key: str) -> float:
        return float(self.default)


@cache
def _widths(name: str) -> _Widths:
    fonts.register()
    return _Widths(name)


def run_width(name: str, text: str, size: float) -> float:
    """`pdfmetrics.stringWidth(text, name, size)` for an embedded TrueType font, summed
    in the same order (so the same float), without a Python call per character."""
    return 0.001 * size * sum(map(_widths(name).__getitem__, text))


def width(text: str, size: float, bold: bool = False) -> float:
    """`fonts.width`, by the cached widths."""
    return sum(run_width(name, part, size) for name, part in fonts.runs(text, bold))


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """`fonts.fit`, by the cached widths: `text` cut with an ellipsis to fit."""
    return fonts.fit(text, size, max_width, bold, measure=width)


class _Codes(dict[int, str]):
    """The characters of one font already given a code in its first subset in one
    document, each as its escaped byte in a PDF string: learnt from ReportLab's own
    `splitString`, then applied with one `str.translate`. A character not yet seen marks
    the table `missed` (translate leaves it as it is), and the text goes to ReportLab."""

    missed = False

    def __init__(self) -> None:
        super().__init__()
        # The font selection (`/F1+0 8 Tf`) of the first subset by size, once worked out.
        self.selections: dict[float, str] = {}

    def __missing__(self, key: int) -> str:
        self.missed = True
        raise LookupError(key)


# Per document (weakly, so a finished document's tables go with it), per font.
_LEARNT: weakref.WeakKeyDictionary[Any, dict[str, _Codes]] = weakref.WeakKeyDictionary()


class PageText:
    """Text lines of one page, written to the canvas as one text object by `flush`."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._parts: list[str] = []
        self._font = ""

    def add(self, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
        """Queue one line of text at (x, y); returns its width."""
        start = x
        for name, part in fonts.runs(text, bold):
            self._run(x, y, name, part, size)
            x += run_width(name, part, size)
        return x - start

    def add_fitted(self, x: float, y: float, text: str, size: float, room: float) -> None:
        """`add(x, y, fit(text, size, room), size)`: a Latin text that fits (most cells)
        is measured once instead of twice."""
        if text and fonts.latin_only(text) and run_width(fonts.LATIN, text, size) <= room:
            self._run(x, y, fonts.LATIN, text, size)
        else:
            self.add(x, y, fit(text, size, room), size)

    def _run(self, x: float, y: float, name: str, part: str, size: float) -> None:
        """Queue a piece of text set in one font at (x, y)."""
        c = self.canvas
        doc = c._doc
        learnt = _LEARNT.get(doc)
        if learnt is None:
            learnt = _LEARNT.setdefault(doc, {})
        parts = self._parts
        parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        codes = learnt.get(name) or learnt.setdefault(name, _Codes())
        codes.missed = False
        known = part.translate(codes)
        if not codes.missed:  # every character already has its code in subset 0
            selected = codes.selections.get(size)
            if selected is None:
                font = pdfmetrics.getFont(name)
                selected = f"{font.getSubsetInternalName(0, doc)} {size:g} Tf"
                codes.selections[size] = selected
            if selected != self._font:
                parts.append(selected)
                self._font = selected
            parts.append(f"({known}) Tj")
            return
        # A character not seen yet: ReportLab splits the text into subsets (and gives
        # the characters their codes); a text in subset 0 alone teaches its codes.
        font = pdfmetrics.getFont(name)
        chunks = font.splitString(part, doc)
        if len(chunks) == 1 and chunks[0][0] == 0 and len(chunks[0][1]) == len(part):
            for ch, byte in zip(part, chunks[0][1], strict=True):
                codes[ord(ch)] = c._escape(bytes((byte,)))
        for subset, chars in chunks:
            selected = f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf"
            if selected != self._font:
                parts.append(selected)
                self._font = selected
            parts.append(f"({c._escape(chars)}) Tj")

    def flush(self) -> None:
        """Write the queued lines as one text object (nothing when none are queued)."""
        if self._parts:
            self.canvas.addLiteral("BT\n" + "\n".join(self._parts) + "\nET")
        self._parts = []
        self._font = ""
