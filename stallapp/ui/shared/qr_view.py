"""The one QR widget: printing.qr's matrix painted with QPainter (no image files)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

QUIET_ZONE = 2  # modules of white around the code (enough for a screen's white surround)


class QrView(QWidget):
    """Shows `text` as a QR code; `size` fixes the widget's side in pixels. `mask` fixes the
    mask pattern (a receipt shown at once skips the search for the best of eight)."""

    def __init__(
        self,
        text: str = "",
        size: int | None = None,
        parent: QWidget | None = None,
        *,
        mask: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._image: QImage | None = None
        self._mask = mask
        # A code worked out ahead of showing it (`prepare`): (text, matrix, image).
        self._ready: tuple[str, list[list[bool]], QImage] | None = None
        if size is None:
            self.setMinimumSize(160, 160)
        else:
            self.setFixedSize(size, size)
        self.set_text(text)

    def prepare(self, text: str) -> None:
        """Work out the code for `text` now, without showing it: a later `set_text(text)`
        only swaps it in. It is kept until then, or until `prepare` is called again."""
        if not text:
            self._ready = None
            return
        matrix = self._matrix_of(text)
        self._ready = (text, matrix, _image(matrix))

    def set_text(self, text: str) -> None:
        ready = self._ready
        if text and ready is not None and ready[0] == text:
            self._ready = None
            _text, self._matrix, self._image = ready
        else:
            self._matrix = self._matrix_of(text) if text else []
            self._image = _image(self._matrix) if self._matrix else None
        self.update()

    def _matrix_of(self, text: str) -> list[list[bool]]:
        # Imported on first use: the unlock screen and an empty view need no QR code.
        from stallapp.printing import qr

        return qr.matrix(text, mask=self._mask)

    def clear(self) -> None:
        self.set_text("")

    def module_count(self) -> int:
        return len(self._matrix)

    def is_dark(self, row: int, col: int) -> bool:
        return self._matrix[row][col]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None:
            return
        # One pixel per module, scaled up by a whole number without smoothing: every module
        # the same size, sharp edges, and one draw call instead of one per dark module.
        n = self._image.width()
        side = min(self.width(), self.height())
        cell = max(1, side // n)
        x0 = (self.width() - cell * n) // 2
        y0 = (self.height() - cell * n) // 2
        painter = QPainter(self)
        painter.drawImage(QRect(x0, y0, cell * n, cell * n), self._image)
        painter.end()


def _image(matrix: list[list[bool]]) -> QImage:
    """The code with its quiet zone as an 8-bit grey image, a pixel per module."""
    n = len(matrix) + 2 * QUIET_ZONE
    light = b"\xff"
    margin = light * (n * QUIET_ZONE)
    side = light * QUIET_ZONE
    rows = [side + bytes(0 if dark else 255 for dark in row) + side for row in matrix]
    data = margin + b"".join(rows) + margin
    # The converted copy owns its pixels (not `data`'s) and is in the format painted fastest.
    image = QImage(data, n, n, n, QImage.Format.Format_Grayscale8)
    return image.convertToFormat(QImage.Format.Format_RGB32)
