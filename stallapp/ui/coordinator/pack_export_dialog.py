"""Export the campaign pack for the stalls, with the fingerprint they compare in person.

The pack is built, signed and written atomically as a job of the window's runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stallapp.sealing.fingerprint import qr_text
from stallapp.services.pack_export import PackExport
from stallapp.ui.jobs import JobRunner
from stallapp.ui.shared.qr_view import QrView
from stallapp.ui.shared.style import mark_primary, set_role
from stallapp.ui.shared.tool_dialog import ToolDialog

DEFAULT_NAME = "campaign.pack"


class PackExportDialog(ToolDialog):
    pack_saved = Signal(str)
    """The campaign pack was written to this file."""

    def __init__(self, export: PackExport, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(jobs, parent)
        self.export = export
        self.setObjectName("packExportDialog")
        self.setWindowTitle(self.tr("Export the campaign pack"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self.scroll_body())
        layout.setContentsMargins(28, 24, 28, 24)
        heading = QLabel(self.tr("Campaign pack for the stalls"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "The pack carries the petition wording, your key for the sealed batches and "
                "the campaign's recovery key, signed by you. Give the file to each stall; the "
                "volunteer compares the fingerprint below with this screen, in person, before "
                "trusting it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        code = export.fingerprint()
        row = QHBoxLayout()
        self.qr = QrView(qr_text(code), size=140)
        row.addWidget(self.qr)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("packFingerprint")
        self.code_label.setStyleSheet("font-family: monospace; font-size: 16pt; font-weight: bold;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setWordWrap(True)
        row.addWidget(self.code_label, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("packStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save campaign pack…"))
        self.save_button.setObjectName("savePack")
        mark_primary(self.save_button)
        self.save_button.clicked.connect(self._choose)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.set_default_button(self.save_button)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the campaign pack"), DEFAULT_NAME)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        if self.busy:
            return
        export = self.export
        self._set_busy(True)
        self.status.setText(self.tr("Writing the campaign pack…"))
        assert self.jobs is not None
        self.jobs.start(
            self,
            "pack-export",
            lambda _control: export.write(path),
            on_done=lambda code: self._saved(path, code),
            on_failed=self._failed,
            on_finished=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _saved(self, path: Path, code: str) -> None:
        set_role(self.status, "ok")
        self.status.setText(
            self.tr(
                "Campaign pack saved. At each stall, check in person that the volunteer's "
                "screen shows this fingerprint: %1"
            ).replace("%1", code)
        )
        self.set_default_button(self.close_button)
        self.pack_saved.emit(str(path))

    def _failed(self, message: str) -> None:
        set_role(self.status, "error")
        self.status.setText(message)
