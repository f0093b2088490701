"""Where scanned frames come from: pictures on disk, or a camera's video sink.

A source hands out frames only when asked (`request_frame`), one per request, so the
scanner's pace sets how many frames are looked at: a camera's other frames are dropped
without being converted. Every source ends in the same `frame_arrived(QImage)` signal,
which the scan controller decodes the same way whatever the source.

QtMultimedia is not imported here: `SinkFrameSource` only calls methods on the sink it is
given (ui/organiser/camera.py builds it, at first use).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QImageReader

from stallapp.services.sheet_scan import GrayFrame

if TYPE_CHECKING:  # the camera's types, for the checker only: no QtMultimedia at start-up
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink


class FrameSource(QObject):
    """Gives one frame per `request_frame()`; `ended` when it has no more to give."""

    frame_arrived = Signal(QImage)
    """The next frame, after a request."""
    ended = Signal()
    """No more frames will come (the last picture was given, or the camera stopped)."""
    failed = Signal(str)
    """The source cannot give frames (a translated message)."""

    continuous = False  # a camera keeps giving frames; a list of pictures runs out

    def start(self) -> None:
        """Begin (open the camera); frames still come only on request."""

    def stop(self) -> None:
        """Stop giving frames (close the camera); safe to call twice."""

    def request_frame(self) -> None:
        raise NotImplementedError


class ImageFrameSource(FrameSource):
    """Pictures from files (photos of sheets) or already loaded, one per request."""

    def __init__(self, images: Sequence[QImage | Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = list(images)

    def request_frame(self) -> None:
        QTimer.singleShot(0, self, self._give)  # as a camera does: the frame comes later

    def _give(self) -> None:
        if not self._pending:
            self.ended.emit()
            return
        item = self._pending.pop(0)
        image = item if isinstance(item, QImage) else _load(item)
        if image.isNull():
            self.failed.emit(self.tr("That file is not a picture that can be read."))
            return
        self.frame_arrived.emit(image)

    def stop(self) -> None:
        self._pending.clear()


class SinkFrameSource(FrameSource):
    """Frames of a QVideoSink (the camera's): converted to an image only when asked for."""

    continuous = True

    def __init__(self, sink: QVideoSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink
        self._wanted = False
        self.frames_seen = 0  # every frame the sink showed, taken or dropped
        self.frames_taken = 0
        sink.videoFrameChanged.connect(self._frame)

    def request_frame(self) -> None:
        self._wanted = True

    def stop(self) -> None:
        self._wanted = False

    def _frame(self, frame: QVideoFrame) -> None:
        self.frames_seen += 1
        if not self._wanted or not frame.isValid():
            return  # dropped: nobody is ready for it, so it is not even converted
        image = frame.toImage()
        if image.isNull():
            return
        self._wanted = False
        self.frames_taken += 1
        self.frame_arrived.emit(image)


def _load(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo's rotation flag
    return reader.read()


def to_gray(image: QImage, max_side: int = 1600) -> GrayFrame:
    """The image as 8-bit luminance, no larger than `max_side` (a decode stays quick).
    Safe on a worker thread: QImage is not a widget."""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    if stride != width:  # rows padded to 4 bytes: drop the padding
        data = b"".join(data[r * stride : r * stride + width] for r in range(height))
    return GrayFrame(width, height, data)
