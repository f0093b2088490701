"""QR codes: the one matrix builder, drawn as vector squares on a ReportLab canvas (sharp at
any print size), as text for a terminal, and (by ui/shared/qr_view.py) on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_M

if TYPE_CHECKING:  # the screen's QR view draws matrices only: no ReportLab at run time
    from reportlab.pdfgen.canvas import Canvas

LEVELS = {"M": ERROR_CORRECT_M, "H": ERROR_CORRECT_H}
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def matrix(payload: str, level: str = "M", mask: int | None = None) -> list[list[bool]]:
    """The code's modules, dark True. `mask` (0-7) fixes the mask pattern instead of trying
    all eight for the best score (the receipt on the thank-you screen: any mask reads)."""
    code = qrcode.QRCode(error_correction=LEVELS[level], border=0, box_size=1, mask_pattern=mask)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


def text_art(payload: str, border: int = 1) -> str:
    """The code drawn with block characters, two rows a line, light modules as blocks (so it
    reads on a dark terminal), with a quiet zone of `border` modules."""
    cells = matrix(payload)
    n = len(cells) + 2 * border
    light = [[True] * n for _ in range(border)]
    light += [[True] * border + [not d for d in row] + [True] * border for row in cells]
    light += [[True] * n for _ in range(border + (n % 2))]
    chars = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
    lines = []
    for r in range(0, len(light) - 1, 2):
        lines.append("".join(chars[(light[r][c], light[r + 1][c])] for c in range(n)))
    return "\n".join(lines) + "\n"


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
