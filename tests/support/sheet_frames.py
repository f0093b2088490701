"""Pictures for the sheet scanner's tests: real sheet pages rendered by pdftoppm and made to
look like a camera frame, a blank frame, and frames holding other QR codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageFilter

from stallapp.printing import qr


def page_pngs(pdf_path: Path, dpi: int = 150) -> list[Path]:
    """Each page of a real PDF as a PNG (poppler's pdftoppm), in page order."""
    prefix = pdf_path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf_path), str(prefix)], check=True)
    return sorted(pdf_path.parent.glob(f"{prefix.name}-*.png"))


def camera_like(page: Path, out: Path, angle: float = 6.0) -> Path:
    """A page held up to a camera, its QR corner towards it: the lower right part of the
    page, turned a little, smaller, softly blurred, on a grey room."""
    with Image.open(page) as image:
        sheet = image.convert("L")
    sheet = sheet.crop((sheet.width * 2 // 5, sheet.height * 3 // 5, sheet.width, sheet.height))
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=120)
    sheet = sheet.resize((sheet.width * 4 // 5, sheet.height * 4 // 5), Image.Resampling.BILINEAR)
    sheet = sheet.filter(ImageFilter.GaussianBlur(0.8))
    frame = Image.new("L", (sheet.width + 80, sheet.height + 60), 90)
    frame.paste(sheet, (50, 20))
    frame.save(out)
    return out


def blank_frame(out: Path) -> Path:
    Image.new("L", (640, 480), 200).save(out)
    return out


def qr_frame(out: Path, *payloads: str) -> Path:
    """A frame with a QR code per payload side by side (e.g. a web address, or sheet codes)."""
    module = 6
    codes = [qr.matrix(p) for p in payloads]
    side = max(len(c) for c in codes) + 8
    frame = Image.new("L", (side * module * len(codes) + 40, side * module + 40), 255)
    for i, cells in enumerate(codes):
        left = 20 + i * side * module + 4 * module
        for r, row in enumerate(cells):
            for c, dark in enumerate(row):
                if dark:
                    x, y = left + c * module, 20 + (r + 4) * module
                    frame.paste(0, (x, y, x + module, y + module))
    frame.save(out)
    return out
