"""Writing a submission bundle off the UI thread, reporting progress page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from stallapp.domain.errors import StallappError
from stallapp.printing import bundle
from stallapp.printing.bundle_pdf import BundleInfo
from stallapp.services.bundle_rows import BundleRow


class BundleWorker(QObject):
    """Runs in a QThread; every outcome arrives as a signal, never as an exception."""

    progressed = Signal(int, int)  # signature pages done, of total
    bundle_written = Signal(object)  # the BundleResult
    bundle_failed = Signal(str)  # a readable message without personal data

    def __init__(self, info: BundleInfo, rows: list[BundleRow], folder: Path) -> None:
        super().__init__()
        self.info = info
        self.rows = rows
        self.folder = folder

    @Slot()
    def run(self) -> None:
        try:
            result = bundle.write_bundle(self.info, self.rows, self.folder, self.progressed.emit)
        except StallappError as exc:
            self.bundle_failed.emit(exc.message)
        except OSError as exc:
            self.bundle_failed.emit(
                self.tr("A file could not be written: %1").replace("%1", exc.strerror or "")
            )
        except Exception as exc:  # a bug: report its kind, never its content
            self.bundle_failed.emit(
                self.tr("The bundle failed unexpectedly (%1).").replace("%1", type(exc).__name__)
            )
        else:
            self.bundle_written.emit(result)
