"""Tools to look inside real PDFs: poppler's pdffonts/pdftotext/pdftoppm and zxing-cpp."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@dataclass
class PdfTools:
    folder: Path

    def save(self, data: bytes, name: str = "doc.pdf") -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path

    @staticmethod
    def squash(text: str) -> str:
        """Text without any white space, to compare wrapped PDF text with its source."""
        return "".join(text.split())

    def fonts(self, path: Path) -> list[tuple[str, str]]:
        """(font name, embedded yes/no) for every font in the PDF."""
        lines = _run("pdffonts", str(path)).splitlines()[2:]
        out = []
        for line in lines:
            parts = line.split()
            # name type... encoding emb sub uni object-id generation: emb is 5th from the end
            out.append((parts[0], parts[-5]))
        return out

    def pages(self, path: Path) -> list[str]:
        text = _run("pdftotext", "-enc", "UTF-8", str(path), "-")
        pages = text.split("\f")
        return pages[:-1] if pages and not pages[-1].strip() else pages

    def page_size_pt(self, path: Path) -> tuple[float, float]:
        for line in _run("pdfinfo", str(path)).splitlines():
            if line.startswith("Page size:"):
                parts = line.split()
                return float(parts[2]), float(parts[4])
        raise AssertionError("no page size")

    def qr_codes(self, path: Path, dpi: int = 150) -> list[list[str]]:
        """The decoded QR payloads on each page (zxing-cpp on pdftoppm renders)."""
        prefix = self.folder / f"{path.stem}-page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
        out = []
        for png in sorted(self.folder.glob(f"{path.stem}-page*.png")):
            with Image.open(png) as image:
                found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            out.append(sorted(r.text for r in found))
        return out


@pytest.fixture
def pdf(tmp_path: Path) -> PdfTools:
    folder = tmp_path / "pdf"
    folder.mkdir()
    return PdfTools(folder)
