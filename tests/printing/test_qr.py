"""The one QR matrix builder, and its terminal drawing, read back by a real decoder."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from stallapp.printing import qr
from stallapp.sealing import fingerprint as fp


def _image_from_text_art(art: str, scale: int = 4) -> Image.Image:
    """Light blocks are white: each character is one module wide and two modules tall."""
    lines = art.rstrip("\n").split("\n")
    width = len(lines[0])
    image = Image.new("L", (width * scale, len(lines) * 2 * scale), 0)
    tops = {"█": (True, True), "▀": (True, False), "▄": (False, True), " ": (False, False)}
    for y, line in enumerate(lines):
        for x, ch in enumerate(line):
            for half, light in enumerate(tops[ch]):
                if light:
                    box = (
                        x * scale,
                        (2 * y + half) * scale,
                        (x + 1) * scale,
                        (2 * y + half + 1) * scale,
                    )
                    image.paste(255, box)
    # A dark terminal's black is the code's light; decode the inverted picture.
    return image.point(lambda v: 255 - v).convert("L")


def test_terminal_qr_reads_back_as_the_fingerprint() -> None:
    code = fp.fingerprint("stallapp-device", b"k" * 32)
    art = qr.text_art(fp.qr_text(code), border=4)
    found = zxingcpp.read_barcodes(_image_from_text_art(art))
    assert [r.text for r in found] == [fp.qr_text(code)]


def test_matrix_is_square_and_grows_with_correction() -> None:
    m = qr.matrix("stallapp-fingerprint:123")
    assert len(m) == len(m[0]) >= 21 and any(any(row) for row in m)
