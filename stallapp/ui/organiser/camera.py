"""The laptop camera as a frame source. QtMultimedia (the camera extra's PySide6-Addons) is
imported here, and this module only when the organiser opens the scanner, so neither the
start-up nor a kiosk install without the extra ever loads it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from stallapp.ui.organiser.frame_sources import SinkFrameSource


class CameraUnavailable(Exception):
    """No camera can be used; `message` says why, translated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def open_camera(parent: QObject | None = None) -> CameraFrameSource:
    """The default camera, ready to start; CameraUnavailable if there is none to use."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # the extra is not installed, or a system library is missing
        raise CameraUnavailable(
            QCoreApplication.translate(
                "CameraFrameSource",
                "Camera support is not installed (the camera extra: "
                "pip install 'stallapp[camera]'). You can open photos of the sheets instead.",
            )
        ) from exc
    if not QMediaDevices.videoInputs():
        raise CameraUnavailable(
            QCoreApplication.translate(
                "CameraFrameSource",
                "No camera was found. Plug one in, or open photos of the sheets instead.",
            )
        )
    return CameraFrameSource(parent)


class CameraFrameSource(SinkFrameSource):
    """The default camera's frames, through the sink of the viewfinder that shows them."""

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.viewfinder: QWidget = QVideoWidget()
        self.viewfinder.setMinimumSize(320, 240)
        self.viewfinder.setAccessibleName(
            QCoreApplication.translate("CameraFrameSource", "Camera picture")
        )
        super().__init__(self.viewfinder.videoSink(), parent)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.viewfinder)
        self.camera.errorOccurred.connect(self._camera_failed)

    def start(self) -> None:
        self.camera.start()

    def stop(self) -> None:
        super().stop()
        self.camera.stop()

    def _camera_failed(self, *_args: object) -> None:
        # Qt's own error text can name the device; the organiser gets a plain sentence.
        self.stop()
        self.failed.emit(
            QCoreApplication.translate(
                "CameraFrameSource",
                "The camera could not be used. Close any other program using it and try "
                "again, or open photos of the sheets instead.",
            )
        )
