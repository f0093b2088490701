"""QR codes drawn as vector squares on a ReportLab canvas (sharp at any print size)."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

LEVELS = {"M": ERROR_CORRECT_M, "H": ERROR_CORRECT_H}
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def matrix(payload: str, level: str = "M") -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=LEVELS[level], border=0, box_size=1)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def draw(canvas: Canvas, payload: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw the code with its quiet zone inside the square (x, y, size, size), in points."""
    cells = matrix(payload, level)
    n = len(cells)
    module = size / (n + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(cells):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # One rectangle per horizontal run, slightly overlapping rows to avoid hairlines.
            path.rect(
                left + start * module, top - (r + 1) * module, (c - start) * module, module * 1.01
            )
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
