"""PDF pages as images (pdfium), for the on-screen preview and for printing from the app."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from stallapp.domain.errors import BadInput


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    rgb: bytes  # width * height * 3 bytes, rows top to bottom


class PdfPages:
    """An opened PDF whose pages can be drawn at any resolution."""

    def __init__(self, data: bytes) -> None:
        try:
            self._doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            raise BadInput("That file is not a readable PDF.") from None

    def __len__(self) -> int:
        return len(self._doc)

    def size_pt(self, index: int) -> tuple[float, float]:
        w, h = self._doc[index].get_size()
        return float(w), float(h)

    def render(self, index: int, dpi: float) -> PageImage:
        page = self._doc[index]
        image = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        return PageImage(image.width, image.height, image.tobytes("raw", "RGB"))

    def close(self) -> None:
        self._doc.close()
