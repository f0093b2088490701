"""Scan returned sheets: each sheet's serial QR read by the laptop camera (or from photos),
its serial shown, the organiser types the count written on it, then the next sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stallapp.services.sheet_scan import ScanResult, Seen, SheetScanner
from stallapp.ui.jobs import JobRunner
from stallapp.ui.organiser.frame_sources import FrameSource, ImageFrameSource
from stallapp.ui.organiser.scan_controller import ScanController

PHOTO_FILTER = "*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp"


class ScanSheetsDialog(QDialog):
    def __init__(
        self, scanner: SheetScanner, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan returned sheets"))
        self.controller = ScanController(scanner, jobs, self)
        self.returned: list[str] = []
        intro = QLabel(
            self.tr(
                "Hold each returned sheet up with its QR code (bottom right corner) towards "
                "the camera. When its serial appears, type the number of signatures written "
                "on it and press Enter; then hold up the next sheet."
            )
        )
        intro.setWordWrap(True)
        self.view = QVBoxLayout()
        self.picture = QLabel()
        self.picture.setMinimumSize(320, 240)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("The picture being read"))
        self.view.addWidget(self.picture, 1)
        self.use_camera = QPushButton(self.tr("Use the camera"))
        self.open_photos = QPushButton(self.tr("Open photos of sheets…"))
        sources = QHBoxLayout()
        sources.addWidget(self.use_camera)
        sources.addWidget(self.open_photos)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Scanner message"))
        self.serial = QLabel()
        self.count = QSpinBox()
        self.count.setRange(0, 0)
        self.count.setAccessibleName(self.tr("Signatures on the sheet"))
        self.city = QLineEdit()
        self.mark = QPushButton(self.tr("Mark returned"))
        self.mark.setDefault(True)
        self.skip = QPushButton(self.tr("Skip this sheet"))
        self.tally = QLabel()
        close = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.serial)
        form.addRow(self.tr("Signatures on the sheet"), self.count)
        form.addRow(self.tr("City"), self.city)
        answer = QHBoxLayout()
        answer.addWidget(self.mark)
        answer.addWidget(self.skip)
        answer.addStretch(1)
        answer.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.view, 1)
        layout.addLayout(sources)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(answer)
        layout.addWidget(self.tally)
        self.use_camera.clicked.connect(self.start_camera)
        self.open_photos.clicked.connect(self._choose_photos)
        self.mark.clicked.connect(self.confirm)
        self.count.lineEdit().returnPressed.connect(self.confirm)
        self.skip.clicked.connect(self._skip)
        close.clicked.connect(self.close)
        self.controller.result_seen.connect(self._show_result)
        self.controller.sheet_returned.connect(self._returned)
        self.controller.return_failed.connect(self.status.setText)
        self.controller.scan_failed.connect(self.status.setText)
        self.controller.source_ended.connect(self._source_ended)
        self._camera_view: QWidget | None = None
        self._waiting(False)

    # -- sources -----------------------------------------------------------------------------

    def start_camera(self) -> bool:
        """Scan from the default camera; says why not if there is none."""
        from stallapp.ui.organiser.camera import CameraUnavailable, open_camera

        try:
            camera = open_camera(self)
        except CameraUnavailable as exc:
            self.status.setText(exc.message)
            return False
        self._set_view(camera.viewfinder)
        self._run(camera)
        self.status.setText(self.tr("Hold a sheet's QR code up to the camera."))
        return True

    def scan_images(self, images: Sequence[QImage | Path]) -> None:
        """Scan pictures (photos of sheets) one after another, through the same steps."""
        source = ImageFrameSource(images, self)
        source.frame_arrived.connect(self._show_picture)
        self._set_view(self.picture)
        self._run(source)
        self.status.setText(self.tr("Reading the pictures…"))

    def _choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of returned sheets"),
            "",
            self.tr("Pictures") + f" ({PHOTO_FILTER})",
        )
        if names:
            self.scan_images([Path(n) for n in names])

    def _run(self, source: FrameSource) -> None:
        source.failed.connect(self.status.setText)
        self.controller.run(source)

    def _set_view(self, widget: QWidget) -> None:
        if self._camera_view is not None and self._camera_view is not widget:
            self.view.removeWidget(self._camera_view)
            self._camera_view.deleteLater()
            self._camera_view = None
        self.picture.setVisible(widget is self.picture)
        if widget is not self.picture:
            self._camera_view = widget
            self.view.addWidget(widget, 1)

    def _show_picture(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)

    # -- what was seen -----------------------------------------------------------------------

    def _show_result(self, result: ScanResult) -> None:
        self.status.setText(self.describe(result))
        if result.seen is Seen.SHEET:
            self.serial.setText(
                self.tr("%1 (%2 rows)").replace("%1", result.serial).replace("%2", str(result.rows))
            )
            self.count.setRange(0, result.rows)
            self.count.setValue(result.typed)
            self._waiting(True)
            self.count.setFocus()
            self.count.selectAll()

    def describe(self, result: ScanResult) -> str:
        """The organiser's message for what a frame showed (one per kind)."""
        serial = result.serial
        if result.seen is Seen.SHEET:
            return self.tr(
                "Sheet %1 found. Type the number of signatures written on it, then press Enter."
            ).replace("%1", serial)
        if result.seen is Seen.ALREADY_RETURNED:
            return (
                self.tr(
                    "Sheet %1 is already marked returned, with %2 signatures. To change its "
                    "count, use Correct an earlier count on the Paper sheets tab."
                )
                .replace("%1", serial)
                .replace("%2", str(result.returned_count))
            )
        if result.seen is Seen.UNKNOWN_SERIAL:
            return self.tr(
                "Sheet %1 was not printed from this vault: check that it is one of this "
                "campaign's sheets."
            ).replace("%1", serial)
        if result.seen is Seen.FOREIGN_CODE:
            return self.tr(
                "That QR code is not a petition sheet code. Hold up the code printed in the "
                "sheet's bottom right corner."
            )
        if result.seen is Seen.TWO_SHEETS:
            return self.tr("More than one sheet is in view: hold up one sheet at a time.")
        if self.controller.source is not None and self.controller.source.continuous:
            return self.tr("Hold a sheet's QR code up to the camera.")
        return self.tr("No sheet QR code was found in that picture.")

    # -- the organiser's answer --------------------------------------------------------------

    def confirm(self) -> None:
        if self.controller.pending is None:
            return
        self.controller.confirm(self.count.value(), city=self.city.text() or None)

    def _skip(self) -> None:
        self.controller.skip()
        self._waiting(False)
        self.status.setText(self.tr("Skipped. Hold up the next sheet."))

    def _returned(self, serial: str) -> None:
        self.returned.append(serial)
        self._waiting(False)
        self.status.setText(
            self.tr("Sheet %1 marked returned. Hold up the next sheet.").replace("%1", serial)
        )
        self._update_tally()

    def _update_tally(self, ended: bool = False) -> None:
        text = self.tr("Sheets marked returned in this scan: %1").replace(
            "%1", str(len(self.returned))
        )
        if ended:
            text = self.tr("All the pictures have been read.") + " " + text
        self.tally.setText(text)

    def _waiting(self, waiting: bool) -> None:
        self.mark.setEnabled(waiting)
        self.skip.setEnabled(waiting)
        self.count.setEnabled(waiting)
        if not waiting:
            self.serial.setText(self.tr("(none yet)"))

    def _source_ended(self) -> None:
        self._update_tally(ended=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()  # the camera closes and a decode under way is waited for
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.controller.stop()
        super().done(result)
